package dev.architect.internal.engine;

import dev.architect.dossier.StageMetrics;
import dev.architect.event.ConsultationEvent;
import dev.architect.event.Stage;
import dev.architect.exceptions.TokenBudgetExceededException;
import dev.langchain4j.model.chat.request.ChatRequest;
import dev.langchain4j.model.chat.response.ChatResponse;
import dev.langchain4j.model.output.TokenUsage;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The state of one consultation while it runs: tokens and calls so far, per-stage metrics, warnings, and the stop
 * switch. {@link #stop} (a timeout, the budget, a failed stage, a cancel) records the first reason, tells whoever
 * waits on the result, and interrupts every thread that is inside a model call or a backoff wait for this
 * consultation, and only those.
 */
final class ConsultationRun {

    private static final Logger LOG = LoggerFactory.getLogger(ConsultationRun.class);

    final String id;
    final EngineSettings settings;
    final long startNanos = System.nanoTime();
    private final AtomicLong inputTokens = new AtomicLong();
    private final AtomicLong outputTokens = new AtomicLong();
    private final AtomicInteger modelCalls = new AtomicInteger();
    private final Map<Stage, StageMetrics> metrics = new ConcurrentHashMap<>();
    private final Collection<String> warnings = new ConcurrentLinkedQueue<>();
    private final Object lock = new Object();
    private final Set<Thread> working = new HashSet<>();
    private final List<Consumer<RuntimeException>> onStop = new ArrayList<>();
    private RuntimeException stopped;
    private volatile String modelName;
    private final java.util.concurrent.CompletableFuture<Void> firstCall = new java.util.concurrent.CompletableFuture<>();

    ConsultationRun(String id, EngineSettings settings) {
        this.id = id;
        this.settings = settings;
    }

    /** Carries over what an earlier part of the same consultation (a session's analysis) already spent. */
    void carryOver(Collection<StageMetrics> earlier) {
        for (StageMetrics m : earlier) {
            metrics.put(Stage.valueOf(m.stage().toUpperCase(Locale.ROOT)), m);
            inputTokens.addAndGet(m.inputTokens());
            outputTokens.addAndGet(m.outputTokens());
            modelCalls.addAndGet(m.attempts());
        }
    }

    /** Completes when this run hands its first request to the model, before the model answers. */
    java.util.concurrent.CompletableFuture<Void> firstCall() {
        return firstCall;
    }

    ChatResponse call(ChatRequest request) {
        firstCall.complete(null);
        ChatResponse response = whileWorking(() -> settings.model().chat(request));
        modelCalls.incrementAndGet();
        if (modelName == null && response.modelName() != null) {
            modelName = response.modelName();
        }
        TokenUsage usage = response.tokenUsage();
        if (usage != null) {
            long used = inputTokens.addAndGet(count(usage.inputTokenCount()))
                    + outputTokens.addAndGet(count(usage.outputTokenCount()));
            if (settings.tokenBudget() > 0 && used > settings.tokenBudget()) {
                TokenBudgetExceededException exceeded = new TokenBudgetExceededException(settings.tokenBudget(), used);
                stop(exceeded);
                throw exceeded;
            }
        }
        return response;
    }

    void sleep(Duration wait) {
        whileWorking(() -> {
            settings.sleeper().sleep(wait);
            return null;
        });
    }

    /** Runs blocking work on behalf of this consultation, so that {@link #stop} can interrupt it. */
    private <T> T whileWorking(Work<T> work) {
        Thread me = Thread.currentThread();
        synchronized (lock) {
            throwIfStopped();
            working.add(me);
        }
        try {
            return work.run();
        } catch (InterruptedException e) {
            throwIfStopped();
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted outside a stop", e);
        } catch (RuntimeException e) {
            throwIfStopped(); // the model's failure is only a symptom of the stop (e.g. an interrupted socket)
            throw e;
        } finally {
            synchronized (lock) {
                working.remove(me);
                if (stopped != null) {
                    Thread.interrupted(); // the interrupt was meant for this call; the thread goes back to its pool
                }
            }
        }
    }

    /** Stops the consultation for {@code reason}; the first reason wins. */
    void stop(RuntimeException reason) {
        List<Consumer<RuntimeException>> listeners;
        synchronized (lock) {
            if (stopped != null) {
                return;
            }
            stopped = reason;
            working.forEach(Thread::interrupt);
            listeners = List.copyOf(onStop);
        }
        listeners.forEach(l -> l.accept(reason));
    }

    void onStop(Consumer<RuntimeException> listener) {
        RuntimeException reason;
        synchronized (lock) {
            reason = stopped;
            if (reason == null) {
                onStop.add(listener);
                return;
            }
        }
        listener.accept(reason);
    }

    void throwIfStopped() {
        RuntimeException reason;
        synchronized (lock) {
            reason = stopped;
        }
        if (reason != null) {
            throw reason;
        }
    }

    void completed(StageMetrics stageMetrics) {
        metrics.put(Stage.valueOf(stageMetrics.stage().toUpperCase(Locale.ROOT)), stageMetrics);
    }

    void warn(Stage stage, String message) {
        warnings.add(message);
        emit(new ConsultationEvent.Warning(id, stage, message));
    }

    void emit(ConsultationEvent event) {
        try {
            settings.listener().onEvent(event);
        } catch (RuntimeException e) {
            LOG.debug("consultation listener failed on {}", event, e);
        }
    }

    /** Metrics of the stages that completed, in workflow order. */
    List<StageMetrics> stageMetrics() {
        return metrics.entrySet().stream().sorted(Map.Entry.comparingByKey()).map(Map.Entry::getValue).toList();
    }

    List<String> warnings() {
        return List.copyOf(warnings);
    }

    long inputTokens() {
        return inputTokens.get();
    }

    long outputTokens() {
        return outputTokens.get();
    }

    int modelCalls() {
        return modelCalls.get();
    }

    String modelName() {
        return modelName;
    }

    Duration elapsed() {
        return Duration.ofNanos(System.nanoTime() - startNanos);
    }

    private static long count(Integer tokens) {
        return tokens == null ? 0 : tokens;
    }

    @FunctionalInterface
    private interface Work<T> {
        T run() throws InterruptedException;
    }
}
