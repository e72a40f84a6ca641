package dev.architect.dossier;

import dev.architect.internal.Invariants;

/**
 * One of the largest shares of the month-1 cost: a resource kind, its monthly amount and its share in percent.
 *
 * @param name the resource kind
 * @param monthly its month-1 cost, in the estimate currency
 * @param sharePercent its share of the month-1 total, 0 to 100
 */
public record CostDriver(String name, double monthly, double sharePercent) {

    /**
     * Checks the components; a missing or malformed one raises {@link dev.architect.exceptions.InvalidDossierException} naming the field.
     *
     * @param name the resource kind
     * @param monthly its month-1 cost, in the estimate currency
     * @param sharePercent its share of the month-1 total, 0 to 100
     */
    public CostDriver {
        Invariants.text("cost driver", "name", name);
        Invariants.nonNegative("cost driver", "monthly", monthly);
        Invariants.check(sharePercent >= 0 && sharePercent <= 100.0001, "cost driver", "sharePercent must be 0-100 but was " + sharePercent);
    }
}
