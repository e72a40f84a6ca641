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
 * loads the grounding in its background warm-up, not in {@code build()}.
 */
final class OfflineSeams {

    private static final Grounding GROUNDING = new LazyGrounding(OfflineGrounding::standard);

    private OfflineSeams() {
    }

    static Function<ConsultationRequest, Consultation> offlineArchitect() {
        return request -> Offline.ARCHITECT.consult(request);
    }

    static Grounding grounding() {
        return GROUNDING;
    }

    /** Initialised by the JVM on the first offline consultation only. */
    private static final class Offline {
        static final OfflineArchitect ARCHITECT = OfflineArchitect.create();
    }
}
