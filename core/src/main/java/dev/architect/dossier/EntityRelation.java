package dev.architect.dossier;

import dev.architect.internal.Invariants;

/** A foreign key: {@code field} of this entity refers to the primary key of {@code targetEntity}. */
public record EntityRelation(String field, String targetEntity, Cardinality cardinality) {

    /**
     * Checks the components; a missing or malformed one raises {@link dev.architect.exceptions.InvalidDossierException} naming the field.
     */
    public EntityRelation {
        Invariants.text("relation", "field", field);
        Invariants.text("relation from '" + field + "'", "targetEntity", targetEntity);
        Invariants.required("relation from '" + field + "'", "cardinality", cardinality);
    }
}
