package dev.architect.dossier;

import dev.architect.internal.Invariants;

/** A computed figure and the basis it rests on: its formula and the assumptions fed into it. */
public record Estimate(String id, String name, double value, String unit, String basis) {

    /**
     * Checks the components; a missing or malformed one raises {@link dev.architect.exceptions.InvalidDossierException} naming the field.
     */
    public Estimate {
        String where = Invariants.quoted("estimate", Invariants.id("estimate", id));
        Invariants.text(where, "name", name);
        Invariants.nonNegative(where, "value", value);
        Invariants.text(where, "unit", unit);
        Invariants.text(where, "basis", basis);
    }
}
