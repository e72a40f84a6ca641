package dev.architect.change;

import java.util.Objects;

/**
 * One change to the data model, in the terms a migration is written in.
 *
 * @param kind   what changed
 * @param entity the entity (table)
 * @param field  the field (column) or relation field; null for a whole-table change
 * @param detail old and new type, target entity, or the owning container; may be null
 */
public record DataChange(Kind kind, String entity, String field, String detail) {

    /** The kinds of data-model change a migration handles. */
    public enum Kind {
        TABLE_ADDED, TABLE_REMOVED, TABLE_MOVED, COLUMN_ADDED, COLUMN_REMOVED, COLUMN_TYPE_CHANGED,
        COLUMN_NOW_REQUIRED, COLUMN_NOW_OPTIONAL, COLUMN_NOW_UNIQUE, FOREIGN_KEY_ADDED, FOREIGN_KEY_REMOVED
    }

    public DataChange {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(entity, "entity");
    }
}
