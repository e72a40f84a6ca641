package dev.architect.dossier;

import dev.architect.internal.Invariants;

/**
 * The monthly cost in one month of operation (month 1 is the first), with the data grown to that month.
 *
 * @param month the month of operation, 1 for the first
 * @param monthlyTotal the monthly total in that month
 */
public record RunRatePoint(int month, double monthlyTotal) {

    /**
     * Checks the components; a missing or malformed one raises {@link dev.architect.exceptions.InvalidDossierException} naming the field.
     *
     * @param month the month of operation, 1 for the first
     * @param monthlyTotal the monthly total in that month
     */
    public RunRatePoint {
        Invariants.range("cost run rate", "month", month, 1, 1200);
        Invariants.nonNegative("cost run rate month " + month, "monthlyTotal", monthlyTotal);
    }
}
