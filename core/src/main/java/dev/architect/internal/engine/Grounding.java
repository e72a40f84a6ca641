package dev.architect.internal.engine;

import dev.architect.dossier.Assumption;
import dev.architect.dossier.CapacityPlan;
import dev.architect.dossier.CostEstimate;
import dev.architect.request.ConsultationRequest;
import java.util.List;
import java.util.Map;
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
     * Loads what {@link #facts} needs (price table, design files), so the first consultation does not wait for it
     * between its first and second model calls. The default has nothing to load.
     */
    default void load() {
    }

    /**
     * Runs, once, what {@link #facts} runs on a request of its own, so that in a fresh JVM the first consultation's
     * figures are computed by loaded, initialised and compiled code; once {@link #facts} is asked, what is left of it
     * gives way (a consultation never waits for the rest of a pass on another request). The default has nothing to warm.
     */
    default void warm() {
    }

    /**
     * Whether the dossier may carry a migration plan: the request describes its existing system (then it must), or
     * (where the grounding reads the request's words) says it moves off one ("migrate from the mainframe").
     */
    default boolean migrationAllowed(ConsultationRequest request) {
        return request.isRedesign();
    }

    /**
     * @param capacity      computed capacity figures, each with its basis
     * @param cost          the SDK's own cost estimate, used when the model proposes no line items
     * @param assumptions   what the computation assumed where the request was silent
     * @param resourceKinds the resource kinds {@link #price} knows, for the model to choose from
     * @param sized         the resource kinds whose quantity the SDK computes, with that quantity; a model's quantity
     *                      for one of them is replaced by the SDK's
     */
    record Facts(CapacityPlan capacity, CostEstimate cost, List<Assumption> assumptions, List<String> resourceKinds,
                 Map<String, Sized> sized) {
        public Facts {
            assumptions = List.copyOf(assumptions);
            resourceKinds = List.copyOf(resourceKinds);
            sized = Map.copyOf(sized);
        }

        /** Facts of a grounding that sizes no resource kind itself. */
        public Facts(CapacityPlan capacity, CostEstimate cost, List<Assumption> assumptions, List<String> resourceKinds) {
            this(capacity, cost, assumptions, resourceKinds, Map.of());
        }
    }

    /**
     * The SDK's quantity of one resource kind for the whole design, from the capacity estimate {@code estimateId}.
     * {@code servingOnly}: only the items of request-serving containers share it (instances); otherwise every item of
     * the kind does.
     */
    record Sized(double quantity, String estimateId, boolean servingOnly) {
    }

    /** A list price: {@code amount} per {@code unit} (e.g. 70.08 per instance-month), as of {@code priceDate}. */
    record UnitPrice(double amount, String unit, String priceDate) {
    }
}
