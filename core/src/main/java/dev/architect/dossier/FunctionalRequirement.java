package dev.architect.dossier;

import dev.architect.internal.Invariants;

/**
 * Something the system must do for someone.
 *
 * @param id the requirement id, unique within the requirements
 * @param title the requirement in a few words
 * @param description what the system must do, for whom
 * @param priority its MoSCoW priority
 */
public record FunctionalRequirement(String id, String title, String description, Priority priority) {

    /**
     * Checks the components; a missing or malformed one raises {@link dev.architect.exceptions.InvalidDossierException} naming the field.
     *
     * @param id the requirement id, unique within the requirements
     * @param title the requirement in a few words
     * @param description what the system must do, for whom
     * @param priority its MoSCoW priority
     */
    public FunctionalRequirement {
        String where = Invariants.quoted("functional requirement", Invariants.id("functional requirement", id));
        Invariants.text(where, "title", title);
        Invariants.required(where, "priority", priority);
    }
}
