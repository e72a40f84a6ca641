package dev.architect;

import dev.architect.dossier.Consultation;
import dev.architect.internal.engine.Grounding;
import dev.architect.internal.engine.LazyGrounding;
import dev.architect.internal.engine.OfflineGrounding;
import dev.architect.offline.OfflineArchitect;
import dev.architect.request.ConsultationRequest;
import java.util.function.Function;

/**
 * Where the model path meets the offline architect: it answers when no chat model is configured, and its
 * calculators and price table ground every model consultation. Each is loaded on first use (its catalogue and price
 * files take hundreds of milliseconds in a fresh JVM): an architect on a model never loads the offline answerer, and
 * reads the grounding on a warm-up thread of its own, which {@code build()} waits for beside the first call's.
 */
final class OfflineSeams {

    private static final Grounding GROUNDING = new LazyGrounding(OfflineGrounding::standard);
    /** The offline answerer, created on the first offline consultation or warm-up only. */
    private static final java.util.concurrent.FutureTask<OfflineArchitect> OFFLINE = new java.util.concurrent.FutureTask<>(OfflineArchitect::create);
    private static final java.util.concurrent.atomic.AtomicBoolean WARM_UP_STARTED = new java.util.concurrent.atomic.AtomicBoolean();

    private OfflineSeams() {
    }

    /** The offline answerer, reading the date of each consultation from {@code clock}. */
    static Function<ConsultationRequest, Consultation> offlineArchitect(java.time.Clock clock) {
        return request -> offline().withClock(clock).consult(request);
    }

    /**
     * Starts reading the offline architect's data files on a daemon thread, once per JVM, so that an architect built
     * without a model has them, or has them half read, when its first consultation comes.
     */
    static void startReadingOffline() {
        if (OFFLINE.isDone() || !WARM_UP_STARTED.compareAndSet(false, true)) {
            return;
        }
        Thread reader = new Thread(OFFLINE, "architect-offline-warmup");
        reader.setDaemon(true);
        reader.start();
    }

    private static OfflineArchitect offline() {
        OFFLINE.run(); // reads the files here unless another thread already does or did
        try {
            // A broken file fails every consultation of this JVM alike (a class initialiser would report it only once).
            return dev.architect.internal.Futures.result(OFFLINE);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while the offline architect's data files were read", e);
        }
    }

    static Grounding grounding() {
        return GROUNDING;
    }

}
