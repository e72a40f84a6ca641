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
        /** A new entity, so a new table. */
        TABLE_ADDED,
        /** An entity that is gone, so a dropped table. */
        TABLE_REMOVED,
        /** An entity now owned by another container. */
        TABLE_MOVED,
        /** A new field. */
        COLUMN_ADDED,
        /** A field that is gone. */
        COLUMN_REMOVED,
        /** A field whose type changed; {@code detail} holds the old and new type. */
        COLUMN_TYPE_CHANGED,
        /** A field that became NOT NULL. */
        COLUMN_NOW_REQUIRED,
        /** A field that may now be null. */
        COLUMN_NOW_OPTIONAL,
        /** A field that became unique. */
        COLUMN_NOW_UNIQUE,
        /** A new relation; {@code detail} names the target entity. */
        FOREIGN_KEY_ADDED,
        /** A relation that is gone. */
        FOREIGN_KEY_REMOVED
    }

    /**
     * Rejects a missing required component with a {@link NullPointerException}.
     *
     * @param kind   what changed
     * @param entity the entity (table)
     * @param field  the field (column) or relation field; null for a whole-table change
     * @param detail old and new type, target entity, or the owning container; may be null
     */
    public DataChange {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(entity, "entity");
    }
}
