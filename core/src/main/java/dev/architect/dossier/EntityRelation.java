package dev.architect.dossier;

import dev.architect.internal.Invariants;

/**
 * A foreign key: {@code field} of this entity refers to the primary key of {@code targetEntity}.
 *
 * @param field the field of this entity that holds the key
 * @param targetEntity the name of the entity it refers to
 * @param cardinality how many target rows one source row refers to
 */
public record EntityRelation(String field, String targetEntity, Cardinality cardinality) {

    /**
     * Checks the components; a missing or malformed one raises {@link dev.architect.exceptions.InvalidDossierException} naming the field.
     *
     * @param field the field of this entity that holds the key
     * @param targetEntity the name of the entity it refers to
     * @param cardinality how many target rows one source row refers to
     */
    public EntityRelation {
        Invariants.text("relation", "field", field);
        Invariants.text("relation from '" + field + "'", "targetEntity", targetEntity);
        Invariants.required("relation from '" + field + "'", "cardinality", cardinality);
    }
}
