package dev.architect.dossier;

import dev.architect.internal.Invariants;
import java.util.List;
import java.util.Optional;

/**
 * Capacity figures (throughput, instances, storage, egress), each with the basis it was computed from.
 *
 * @param estimates the figures, unique by id
 */
public record CapacityPlan(List<Estimate> estimates) {

    /**
     * Checks the components; a missing or malformed one raises {@link dev.architect.exceptions.InvalidDossierException} naming the field.
     *
     * @param estimates the figures, unique by id
     */
    public CapacityPlan {
        estimates = Invariants.list("capacity", "estimates", estimates);
        Invariants.unique("capacity", "estimate", estimates.stream().map(Estimate::id).toList());
    }

    /**
     * The estimate with an id.
     *
     * @param id the estimate id
     * @return the estimate, or empty when none has that id
     */
    public Optional<Estimate> estimate(String id) {
        return estimates.stream().filter(e -> e.id().equals(id)).findFirst();
    }
}
