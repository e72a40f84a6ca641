package dev.architect.dossier;

import dev.architect.internal.Invariants;

/** A column of an entity. */
public record EntityField(String name, DataType type, boolean nullable, boolean unique, String description) {

    public EntityField {
        Invariants.name("field", "name", name, Invariants.SQL_NAME);
        Invariants.required("field '" + name + "'", "type", type);
    }

    public static EntityField of(String name, DataType type) {
        return new EntityField(name, type, false, false, null);
    }
}
