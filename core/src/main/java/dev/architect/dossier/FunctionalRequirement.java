package dev.architect.dossier;

import dev.architect.internal.Invariants;

/** Something the system must do for someone. */
public record FunctionalRequirement(String id, String title, String description, Priority priority) {

    /**
     * Checks the components; a missing or malformed one raises {@link dev.architect.exceptions.InvalidDossierException} naming the field.
     */
    public FunctionalRequirement {
        String where = Invariants.quoted("functional requirement", Invariants.id("functional requirement", id));
        Invariants.text(where, "title", title);
        Invariants.required(where, "priority", priority);
    }
}
