package dev.architect.benchmarks;

import com.sun.management.OperatingSystemMXBean;
import dev.architect.Architect;
import dev.architect.consultation.Persona;
import dev.architect.consultation.StructuredOutput;
import dev.architect.dossier.Consultation;
import dev.architect.event.ConsultationEvent;
import dev.architect.event.ConsultationListener;
import dev.architect.event.Stage;
import dev.architect.request.ConsultationRequest;
import dev.architect.testing.SampleGrounding;
import dev.architect.testing.SampleStageReplies;
import dev.langchain4j.data.message.AiMessage;
import dev.langchain4j.data.message.ChatMessage;
import dev.langchain4j.data.message.SystemMessage;
import dev.langchain4j.data.message.UserMessage;
import dev.langchain4j.model.chat.ChatModel;
import dev.langchain4j.model.chat.request.ChatRequest;
import dev.langchain4j.model.chat.response.ChatResponse;
import dev.langchain4j.model.output.TokenUsage;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.time.Duration;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * How long a consultation takes against a model with a fixed latency per call, in parallel (the default) and with
 * every stage run one after another. Prints the number of model calls, the critical path, wall time over
 * (critical path x latency), the sequential-over-parallel speed-up, the CPU the SDK spends per consultation (as a
 * share of the simulated model time) and what it sends the model. Not a test: run it on demand, see README.
 *
 * <p>CPU is measured twice: the CPU time of every Java thread (the caller and the stage threads; {@link ThreadMXBean})
 * and the whole process's (which adds JIT compilation and GC), over {@value #CPU_CONSULTATIONS} consultations after
 * warm-up. The simulated model caches its replies per stage, so their cost is not counted as the SDK's. What is sent
 * is counted as the characters of every message of every call (the JSON schema is inside the system prompt, since the
 * simulated model declares no native schema support); tokens are estimated as characters / 4.
 *
 * <p>Usage: {@code ConsultationLatency [latencyMillis] [rounds]} (defaults 200 ms, 5 rounds; the best round counts).
 */
public final class ConsultationLatency {

    /** analyze -> design -> the slowest of the seven fan-out stages. */
    private static final int CRITICAL_PATH_CALLS = 3;
    private static final int CPU_CONSULTATIONS = 20;

    public static void main(String[] args) {
        long latency = args.length > 0 ? Long.parseLong(args[0]) : 200;
        int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 5;
        SimulatedModel model = new SimulatedModel(latency);
        ConsultationRequest request = ConsultationRequest.builder("ShopFast",
                "Online store for a mid-size retailer that must survive Black Friday").build();
        ExecutorService pool = Executors.newCachedThreadPool(r -> {
            Thread t = new Thread(r, "stage");
            t.setDaemon(true);
            return t;
        });

        Measurement parallel = measure(model, request, pool, rounds);
        Measurement sequential = measure(model, request, Runnable::run, rounds); // every stage on the caller's thread

        System.out.printf(Locale.ROOT, "simulated model latency per call : %d ms%n", latency);
        System.out.printf(Locale.ROOT, "model calls per consultation     : %d%n", parallel.calls);
        System.out.printf(Locale.ROOT, "critical path                    : %d calls (analyze -> design -> slowest fan-out stage)%n",
                CRITICAL_PATH_CALLS);
        System.out.printf(Locale.ROOT, "parallel wall time               : %d ms (best of %d)%n", parallel.wallMillis, rounds);
        System.out.printf(Locale.ROOT, "wall / (critical path x latency) : %.2f%n",
                parallel.wallMillis / (double) (CRITICAL_PATH_CALLS * latency));
        System.out.printf(Locale.ROOT, "sequential wall time             : %d ms%n", sequential.wallMillis);
        System.out.printf(Locale.ROOT, "sequential / parallel wall time  : %.2f%n",
                sequential.wallMillis / (double) parallel.wallMillis);

        Cost cost = cost(model, request, pool);
        double modelMillis = parallel.calls * (double) latency;
        System.out.printf(Locale.ROOT, "SDK CPU per consultation         : %.1f ms (Java threads) = %.2f%% of simulated model time (%d x %d ms)%n",
                cost.threadCpuMillis, 100 * cost.threadCpuMillis / modelMillis, parallel.calls, latency);
        System.out.printf(Locale.ROOT, "process CPU per consultation     : %.1f ms (adds JIT and GC) = %.2f%% of simulated model time%n",
                cost.processCpuMillis, 100 * cost.processCpuMillis / modelMillis);
        System.out.printf(Locale.ROOT, "characters sent per consultation : %d (%d per call)%n",
                cost.charactersSent, cost.charactersSent / parallel.calls);
        System.out.printf(Locale.ROOT, "tokens sent per consultation     : about %d (characters / 4)%n", cost.charactersSent / 4);
        pool.shutdownNow();
    }

    private record Measurement(long wallMillis, int calls) {
    }

    private record Cost(double threadCpuMillis, double processCpuMillis, long charactersSent) {
    }

    /** CPU and characters sent per consultation, averaged over {@value #CPU_CONSULTATIONS} after as many to warm up. */
    private static Cost cost(SimulatedModel model, ConsultationRequest request, Executor executor) {
        Architect engine = engine(model, executor, ConsultationListener.NONE);
        for (int i = 0; i < CPU_CONSULTATIONS; i++) {
            engine.consult(request);
        }
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        OperatingSystemMXBean os = (OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
        Map<Long, Long> threadsBefore = threadCpu(threads);
        long processBefore = os.getProcessCpuTime();
        long charactersBefore = model.charactersReceived.get();
        for (int i = 0; i < CPU_CONSULTATIONS; i++) {
            engine.consult(request);
        }
        long process = os.getProcessCpuTime() - processBefore;
        long thread = threadCpu(threads).entrySet().stream()
                .mapToLong(e -> e.getValue() - threadsBefore.getOrDefault(e.getKey(), 0L)).sum();
        return new Cost(thread / 1e6 / CPU_CONSULTATIONS, process / 1e6 / CPU_CONSULTATIONS,
                (model.charactersReceived.get() - charactersBefore) / CPU_CONSULTATIONS);
    }

    private static Map<Long, Long> threadCpu(ThreadMXBean threads) {
        Map<Long, Long> cpu = new HashMap<>();
        for (long id : threads.getAllThreadIds()) {
            long nanos = threads.getThreadCpuTime(id);
            if (nanos >= 0) {
                cpu.put(id, nanos);
            }
        }
        return cpu;
    }

    /** The architect as users build it, so the figures include the SDK's own grounding work. */
    private static Architect engine(ChatModel model, Executor executor, ConsultationListener listener) {
        return Architect.builder().chatModel(model).executor(executor).listener(listener).build();
    }

    private static Measurement measure(ChatModel model, ConsultationRequest request, Executor executor, int rounds) {
        long best = Long.MAX_VALUE;
        int calls = 0;
        for (int i = 0; i < rounds; i++) {
            AtomicInteger started = new AtomicInteger();
            ConsultationListener countCalls = event -> {
                if (event instanceof ConsultationEvent.ConsultationCompleted done) {
                    started.set(done.modelCalls());
                }
            };
            Architect engine = engine(model, executor, countCalls);
            long start = System.nanoTime();
            Consultation dossier = engine.consult(request);
            best = Math.min(best, (System.nanoTime() - start) / 1_000_000);
            calls = started.get();
            if (dossier.decisions().isEmpty()) {
                throw new IllegalStateException("the simulated consultation produced no decisions");
            }
        }
        return new Measurement(best, calls);
    }

    /**
     * Answers each stage with a valid reply after a fixed delay, like a remote model of constant latency. Replies are
     * cached per stage (the request never changes), and every character it receives is counted.
     */
    private static final class SimulatedModel implements ChatModel {
        private final long latencyMillis;
        private final Map<Stage, String> replies = new ConcurrentHashMap<>();
        final AtomicLong charactersReceived = new AtomicLong();

        SimulatedModel(long latencyMillis) {
            this.latencyMillis = latencyMillis;
        }

        @Override
        public ChatResponse chat(ChatRequest request) {
            long sent = request.messages().stream().mapToLong(SimulatedModel::characters).sum();
            charactersReceived.addAndGet(sent);
            try {
                Thread.sleep(latencyMillis);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted", e);
            }
            String reply = replies.computeIfAbsent(SampleStageReplies.stageOf(request), stage -> SampleStageReplies.reply(request));
            return ChatResponse.builder().aiMessage(AiMessage.from(reply)).modelName("simulated")
                    .tokenUsage(new TokenUsage((int) (sent / 4), reply.length() / 4)).build();
        }

        private static long characters(ChatMessage message) {
            if (message instanceof SystemMessage system) {
                return system.text().length();
            }
            if (message instanceof UserMessage user) {
                return user.singleText().length();
            }
            return message instanceof AiMessage ai && ai.text() != null ? ai.text().length() : 0;
        }
    }
}
