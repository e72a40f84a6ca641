package dev.architect;

import dev.architect.dossier.Consultation;
import dev.architect.internal.engine.Grounding;
import dev.architect.internal.engine.OfflineGrounding;
import dev.architect.offline.OfflineArchitect;
import dev.architect.request.ConsultationRequest;
import java.util.function.Function;

/**
 * Where the model path meets the offline architect: it answers when no chat model is configured, and its
 * calculators and price table ground every model consultation.
 */
final class OfflineSeams {

    private static final OfflineArchitect OFFLINE = OfflineArchitect.create();
    private static final Grounding GROUNDING = OfflineGrounding.standard();

    private OfflineSeams() {
    }

    static Function<ConsultationRequest, Consultation> offlineArchitect() {
        return OFFLINE::consult;
    }

    static Grounding grounding() {
        return GROUNDING;
    }
}
