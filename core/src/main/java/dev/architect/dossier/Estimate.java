package dev.architect.dossier;

import dev.architect.internal.Invariants;

/**
 * A computed figure and the basis it rests on: its formula and the assumptions fed into it.
 *
 * @param id the figure id, e.g. {@code peak-rps}
 * @param name what the figure is, for a reader
 * @param value the figure, in {@code unit}
 * @param unit the unit, e.g. {@code requests/s} or {@code GB}
 * @param basis the formula and the inputs it was computed from
 */
public record Estimate(String id, String name, double value, String unit, String basis) {

    /**
     * Checks the components; a missing or malformed one raises {@link dev.architect.exceptions.InvalidDossierException} naming the field.
     *
     * @param id the figure id, e.g. {@code peak-rps}
     * @param name what the figure is, for a reader
     * @param value the figure, in {@code unit}
     * @param unit the unit, e.g. {@code requests/s} or {@code GB}
     * @param basis the formula and the inputs it was computed from
     */
    public Estimate {
        String where = Invariants.quoted("estimate", Invariants.id("estimate", id));
        Invariants.text(where, "name", name);
        Invariants.nonNegative(where, "value", value);
        Invariants.text(where, "unit", unit);
        Invariants.text(where, "basis", basis);
    }
}
