package dev.architect.dossier;

import dev.architect.internal.Invariants;

/** A C4 relationship: who uses whom, for what, over which technology, and whether the caller waits. */
public record Relationship(String sourceId, String destinationId, String description, String technology,
                           Interaction interaction) {

    public Relationship {
        String where = "relationship " + sourceId + " -> " + destinationId;
        Invariants.text(where, "sourceId", sourceId);
        Invariants.text(where, "destinationId", destinationId);
        Invariants.check(!sourceId.equals(destinationId), where, "an element cannot have a relationship with itself");
        Invariants.text(where, "description", description);
        Invariants.required(where, "interaction", interaction);
    }
}
