package dev.architect.dossier;

import dev.architect.internal.Invariants;

/**
 * Something the design takes as given because the request did not say. {@code topic} names what it stands in for
 * (often a request field such as {@code load.peakRequestsPerSecond}); {@code value} is the figure used, if any.
 *
 * @param id the assumption id, unique within the requirements
 * @param topic what it stands in for, often a request field path
 * @param statement the assumption, in words
 * @param value the figure used, or null
 */
public record Assumption(String id, String topic, String statement, String value) {

    /**
     * Checks the components; a missing or malformed one raises {@link dev.architect.exceptions.InvalidDossierException} naming the field.
     *
     * @param id the assumption id, unique within the requirements
     * @param topic what it stands in for, often a request field path
     * @param statement the assumption, in words
     * @param value the figure used, or null
     */
    public Assumption {
        String where = Invariants.quoted("assumption", Invariants.id("assumption", id));
        Invariants.text(where, "topic", topic);
        Invariants.text(where, "statement", statement);
    }
}
