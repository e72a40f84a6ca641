package dev.architect.benchmarks;

import dev.architect.ConsultationEvent;
import dev.architect.ConsultationListener;
import dev.architect.Persona;
import dev.architect.StructuredOutput;
import dev.architect.dossier.Consultation;
import dev.architect.internal.engine.ConsultationEngine;
import dev.architect.internal.engine.EngineSettings;
import dev.architect.internal.engine.Sleeper;
import dev.architect.request.ConsultationRequest;
import dev.architect.testing.SampleGrounding;
import dev.architect.testing.SampleStageReplies;
import dev.langchain4j.data.message.AiMessage;
import dev.langchain4j.model.chat.ChatModel;
import dev.langchain4j.model.chat.request.ChatRequest;
import dev.langchain4j.model.chat.response.ChatResponse;
import dev.langchain4j.model.output.TokenUsage;
import java.time.Duration;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executor;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * How long a consultation takes against a model with a fixed latency per call, in parallel (the default) and with
 * every stage run one after another. Prints the number of model calls, the critical path, wall time over
 * (critical path x latency) and the sequential-over-parallel speed-up. Not a test: run it on demand, see README.
 *
 * <p>Usage: {@code ConsultationLatency [latencyMillis] [rounds]} (defaults 200 ms, 5 rounds; the best round counts).
 */
public final class ConsultationLatency {

    /** analyze -> design -> the slowest of the seven fan-out stages. */
    private static final int CRITICAL_PATH_CALLS = 3;

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
        pool.shutdownNow();
    }

    private record Measurement(long wallMillis, int calls) {
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
            ConsultationEngine engine = new ConsultationEngine(new EngineSettings(model, Persona.defaultPersona(),
                    countCalls, executor, new SampleGrounding(), StructuredOutput.AUTO, 2, 3, Duration.ofMillis(500),
                    Duration.ofSeconds(30), 0, Duration.ofMinutes(5), Sleeper.REAL));
            long start = System.nanoTime();
            Consultation dossier = ConsultationEngine.await(engine.consult(request));
            best = Math.min(best, (System.nanoTime() - start) / 1_000_000);
            calls = started.get();
            if (dossier.decisions().isEmpty()) {
                throw new IllegalStateException("the simulated consultation produced no decisions");
            }
        }
        return new Measurement(best, calls);
    }

    /** Answers each stage with a valid reply after a fixed delay, like a remote model of constant latency. */
    private static final class SimulatedModel implements ChatModel {
        private final long latencyMillis;

        SimulatedModel(long latencyMillis) {
            this.latencyMillis = latencyMillis;
        }

        @Override
        public ChatResponse chat(ChatRequest request) {
            try {
                Thread.sleep(latencyMillis);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted", e);
            }
            return ChatResponse.builder().aiMessage(AiMessage.from(SampleStageReplies.reply(request)))
                    .modelName("simulated").tokenUsage(new TokenUsage(1000, 400)).build();
        }
    }
}
