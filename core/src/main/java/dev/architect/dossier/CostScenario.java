package dev.architect.dossier;

import dev.architect.internal.Invariants;

/**
 * The month-1 cost of the same design under another load: {@code basis} states the multipliers of load and data
 * growth it was priced with.
 *
 * @param name the scenario
 * @param monthlyTotal the month-1 total under that load
 * @param basis the multipliers of load and data growth used
 */
public record CostScenario(ScenarioName name, double monthlyTotal, String basis) {

    /**
     * Checks the components; a missing or malformed one raises {@link dev.architect.exceptions.InvalidDossierException} naming the field.
     *
     * @param name the scenario
     * @param monthlyTotal the month-1 total under that load
     * @param basis the multipliers of load and data growth used
     */
    public CostScenario {
        Invariants.required("cost scenario", "name", name);
        String where = "cost scenario " + name.name().toLowerCase(java.util.Locale.ROOT);
        Invariants.nonNegative(where, "monthlyTotal", monthlyTotal);
        Invariants.text(where, "basis", basis);
    }
}
