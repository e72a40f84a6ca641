package dev.architect.dossier;

import dev.architect.internal.Invariants;

/**
 * A column of an entity.
 *
 * @param name the column name, lower snake case
 * @param type the column type
 * @param nullable whether the column may be null
 * @param unique whether no two rows share a value
 * @param description what the value means; may be null
 */
public record EntityField(String name, DataType type, boolean nullable, boolean unique, String description) {

    /**
     * Checks the components; a missing or malformed one raises {@link dev.architect.exceptions.InvalidDossierException} naming the field.
     *
     * @param name the column name, lower snake case
     * @param type the column type
     * @param nullable whether the column may be null
     * @param unique whether no two rows share a value
     * @param description what the value means; may be null
     */
    public EntityField {
        Invariants.name("field", "name", name, Invariants.SQL_NAME);
        Invariants.required("field '" + name + "'", "type", type);
    }

    /**
     * A required field with no further attributes.
     *
     * @param name the field (column) name
     * @param type its column type
     * @return the field
     */
    public static EntityField of(String name, DataType type) {
        return new EntityField(name, type, false, false, null);
    }
}
