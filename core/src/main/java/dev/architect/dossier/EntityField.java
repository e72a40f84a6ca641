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
 * @param columnDefault what the database writes when an insert leaves the column out; null for nothing
 */
public record EntityField(String name, DataType type, boolean nullable, boolean unique, String description, ColumnDefault columnDefault) {

    /**
     * Checks the components; a missing or malformed one raises {@link dev.architect.exceptions.InvalidDossierException} naming the field.
     *
     * @param name the column name, lower snake case
     * @param type the column type
     * @param nullable whether the column may be null
     * @param unique whether no two rows share a value
     * @param description what the value means; may be null
     * @param columnDefault what the database writes when an insert leaves the column out; null for nothing
     */
    public EntityField {
        Invariants.name("field", "name", name, Invariants.SQL_NAME);
        Invariants.required("field '" + name + "'", "type", type);
        Invariants.check(columnDefault != ColumnDefault.NOW || type == DataType.TIMESTAMP, "field '" + name + "'",
                "a default of the database's clock (NOW) needs a TIMESTAMP column, not " + type);
    }

    /**
     * A field without a default.
     *
     * @param name the column name, lower snake case
     * @param type the column type
     * @param nullable whether the column may be null
     * @param unique whether no two rows share a value
     * @param description what the value means; may be null
     */
    public EntityField(String name, DataType type, boolean nullable, boolean unique, String description) {
        this(name, type, nullable, unique, description, null);
    }

    /**
     * A required field with no further attributes.
     *
     * @param name the field (column) name
     * @param type its column type
     * @return the field
     */
    public static EntityField of(String name, DataType type) {
        return new EntityField(name, type, false, false, null, null);
    }
}
