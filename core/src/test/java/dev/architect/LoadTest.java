package dev.architect;

import static org.assertj.core.api.Assertions.assertThat;

import dev.architect.dossier.Consultation;
import dev.architect.request.ConsultationRequest;
import dev.architect.request.RequestReader;
import dev.architect.testing.SampleStageReplies;
import dev.langchain4j.data.message.AiMessage;
import dev.langchain4j.exception.TimeoutException;
import dev.langchain4j.model.chat.ChatModel;
import dev.langchain4j.model.chat.request.ChatRequest;
import dev.langchain4j.model.chat.response.ChatResponse;
import dev.langchain4j.model.output.TokenUsage;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BiConsumer;
import java.util.function.IntFunction;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Several threads share one {@link Architect} for a bounded time, offline and against a model with a little latency:
 * no error, every dossier belongs to its own request, and used heap after GC does not grow with the number of
 * consultations. The normal build runs two seconds of each; longer: {@code mvn -B -q -pl core test -Dtest=LoadTest
 * -Dload.seconds=60 -Dload.threads=8}; figures in {@code core/target/surefire-reports/dev.architect.LoadTest-output.txt}.
 */
class LoadTest {

    private static final long SECONDS = Long.getLong("load.seconds", 2);
    private static final int THREADS = Integer.getInteger("load.threads", 4);
    /** Generous: a leak of one dossier per consultation would pass it within seconds. */
    private static final long HEAP_GROWTH_BOUND_MB = 64;

    @Test
    void offlineConsultationsFromManyThreadsStayApartWithoutErrorsOrHeapGrowth() throws Exception {
        List<ConsultationRequest> samples = sampleRequests();
        Architect architect = Architect.builder().build();

        run("offline", architect, n -> renamed(samples.get(n % samples.size()), "Load" + n), (request, dossier) -> {
            assertThat(dossier.system()).isEqualTo(request.system());
            assertThat(dossier.summary()).contains(request.system());
        });
    }

    @Test
    void modelConsultationsFromManyThreadsStayApartWithoutErrorsOrHeapGrowth() throws Exception {
        Architect architect = Architect.builder().chatModel(new SlowModel(Duration.ofMillis(2))).build();

        run("model (2 ms a call)", architect, n -> Requests.shopFast("Load" + n, "Online store number " + n), (request, dossier) -> {
            String name = request.system();
            assertThat(dossier.system()).isEqualTo(name);
            assertThat(dossier.summary()).startsWith("Design for " + name + ":");
            assertThat(dossier.requirements().constraints()).contains("Built for " + name);
            assertThat(dossier.risks().get(0).title()).startsWith(name + ":");
        });
    }

    private static void run(String label, Architect architect, IntFunction<ConsultationRequest> requests,
                            BiConsumer<ConsultationRequest, Consultation> check) throws Exception {
        for (int i = 0; i < 20; i++) { // warm up: class loading and JIT before the first heap figure
            ConsultationRequest request = requests.apply(1_000_000 + i);
            check.accept(request, architect.consult(request));
        }
        long heapBefore = usedHeapAfterGc();
        AtomicInteger numbers = new AtomicInteger();
        AtomicInteger done = new AtomicInteger();
        Queue<Throwable> errors = new ConcurrentLinkedQueue<>();
        long deadline = System.nanoTime() + Duration.ofSeconds(SECONDS).toNanos();
        List<Thread> threads = new ArrayList<>();
        for (int t = 0; t < THREADS; t++) {
            threads.add(new Thread(() -> {
                while (System.nanoTime() < deadline && errors.isEmpty()) {
                    ConsultationRequest request = requests.apply(numbers.getAndIncrement());
                    try {
                        check.accept(request, architect.consult(request));
                        done.incrementAndGet();
                    } catch (Throwable e) {
                        errors.add(e);
                    }
                }
            }, "load-" + t));
        }
        threads.forEach(Thread::start);
        for (Thread t : threads) {
            t.join();
        }
        long heapAfter = usedHeapAfterGc();
        System.out.printf(Locale.ROOT, "load %s: %d threads, %d s, %d consultations (%.1f/s), used heap after GC %d MB -> %d MB%n",
                label, THREADS, SECONDS, done.get(), done.get() / (double) SECONDS, heapBefore >> 20, heapAfter >> 20);

        assertThat(errors).as("errors under load").isEmpty();
        assertThat(done.get()).isGreaterThanOrEqualTo(THREADS);
        assertThat((heapAfter - heapBefore) >> 20).as("heap growth in MB").isLessThan(HEAP_GROWTH_BOUND_MB);
    }

    /** Valid replies after a fixed delay, and no memory of its own: heap growth here would be the SDK's. */
    private static final class SlowModel implements ChatModel {
        private final Duration latency;

        SlowModel(Duration latency) {
            this.latency = latency;
        }

        @Override
        public ChatResponse chat(ChatRequest request) {
            try {
                Thread.sleep(latency.toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new TimeoutException("interrupted");
            }
            return ChatResponse.builder().aiMessage(AiMessage.from(SampleStageReplies.reply(request))).modelName("slow-1")
                    .tokenUsage(new TokenUsage(1000, 400)).build();
        }
    }

    private static long usedHeapAfterGc() throws InterruptedException {
        MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
        for (int i = 0; i < 3; i++) {
            System.gc();
            Thread.sleep(50);
        }
        return memory.getHeapMemoryUsage().getUsed();
    }

    private static List<ConsultationRequest> sampleRequests() throws Exception {
        try (Stream<Path> files = Files.list(Path.of("..", "examples", "requests"))) {
            List<ConsultationRequest> all = new ArrayList<>();
            for (Path f : files.filter(p -> p.toString().endsWith(".yaml")).sorted().toList()) {
                all.add(RequestReader.read(f));
            }
            return all;
        }
    }

    /** The same request under another system name, so every consultation can be told apart. */
    private static ConsultationRequest renamed(ConsultationRequest r, String system) {
        return new ConsultationRequest(system, r.description(), r.goals(), r.actors(), r.capabilities(), r.integrations(),
                r.load(), r.data(), r.latency(), r.availability(), r.compliance(), r.budget(), r.team(), r.deployment(),
                r.constraints(), r.existingSystem());
    }
}
