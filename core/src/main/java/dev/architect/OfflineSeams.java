package dev.architect;

import dev.architect.dossier.Consultation;
import dev.architect.internal.engine.Grounding;
import dev.architect.request.ConsultationRequest;
import java.util.function.Function;

/**
 * MERGE SEAM: where the model path meets the offline architect, built in parallel. Two hooks, both to be wired to
 * {@code dev.architect.offline} when it lands:
 * <ul>
 *   <li>{@link #offlineArchitect()}: answers a consultation when no chat model is configured
 *       ({@code OfflineArchitect.create()::consult});</li>
 *   <li>{@link #grounding()}: the capacity and cost calculators and the price table that ground every model
 *       consultation (an adapter over {@code OfflineArchitect} and {@code PriceTable.price(Cloud, kind)}).</li>
 * </ul>
 * Until then both fail clearly.
 */
final class OfflineSeams {

    private OfflineSeams() {
    }

    static Function<ConsultationRequest, Consultation> offlineArchitect() {
        return request -> {
            throw new IllegalStateException("offline architect not available");
        };
    }

    static Grounding grounding() {
        return new Grounding() {
            @Override
            public Facts facts(ConsultationRequest request) {
                throw new IllegalStateException("offline architect not available: no grounding for model consultations");
            }

            @Override
            public java.util.Optional<UnitPrice> price(ConsultationRequest request, String resourceKind) {
                throw new IllegalStateException("offline architect not available: no price table");
            }
        };
    }
}
