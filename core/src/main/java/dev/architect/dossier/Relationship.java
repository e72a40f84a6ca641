package dev.architect.dossier;

import dev.architect.internal.Invariants;

/**
 * A C4 relationship: who uses whom, for what, over which technology, and whether the caller waits.
 *
 * @param sourceId the id of the element that uses the other
 * @param destinationId the id of the element used
 * @param description what for, e.g. reads orders from
 * @param technology over which technology, e.g. {@code HTTPS/JSON}; may be null
 * @param interaction whether the caller waits
 */
public record Relationship(String sourceId, String destinationId, String description, String technology,
                           Interaction interaction) {

    /**
     * Checks the components; a missing or malformed one raises {@link dev.architect.exceptions.InvalidDossierException} naming the field.
     *
     * @param sourceId the id of the element that uses the other
     * @param destinationId the id of the element used
     * @param description what for, e.g. reads orders from
     * @param technology over which technology, e.g. {@code HTTPS/JSON}; may be null
     * @param interaction whether the caller waits
     */
    public Relationship {
        String where = "relationship " + sourceId + " -> " + destinationId;
        Invariants.text(where, "sourceId", sourceId);
        Invariants.text(where, "destinationId", destinationId);
        Invariants.check(!sourceId.equals(destinationId), where, "an element cannot have a relationship with itself");
        Invariants.text(where, "description", description);
        Invariants.required(where, "interaction", interaction);
    }
}
