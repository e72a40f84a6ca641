package dev.architect.internal.engine;

import dev.architect.dossier.Assumption;
import dev.architect.dossier.CapacityPlan;
import dev.architect.dossier.CostEstimate;
import dev.architect.request.ConsultationRequest;
import java.util.List;
import java.util.Optional;

/**
 * The figures the SDK computes itself, so a model never has to invent them: capacity and a baseline cost from the
 * request, the assumptions behind them, and the unit price of each kind of resource a model may propose.
 *
 * <p>The offline architect's calculators and price table implement this in production; tests use fixed figures.
 * Implementations are thread-safe and deterministic.
 */
public interface Grounding {

    /** Facts about one request. */
    Facts facts(ConsultationRequest request);

    /** The list price of one unit of a resource kind (e.g. {@code postgres-instance}) where the request runs. */
    Optional<UnitPrice> price(ConsultationRequest request, String resourceKind);

    /**
     * @param capacity      computed capacity figures, each with its basis
     * @param cost          the SDK's own cost estimate, used when the model proposes no line items
     * @param assumptions   what the computation assumed where the request was silent
     * @param resourceKinds the resource kinds {@link #price} knows, for the model to choose from
     */
    record Facts(CapacityPlan capacity, CostEstimate cost, List<Assumption> assumptions, List<String> resourceKinds) {
        public Facts {
            assumptions = List.copyOf(assumptions);
            resourceKinds = List.copyOf(resourceKinds);
        }
    }

    /** A list price: {@code amount} per {@code unit} (e.g. 70.08 per instance-month), as of {@code priceDate}. */
    record UnitPrice(double amount, String unit, String priceDate) {
    }
}
