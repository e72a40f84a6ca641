package dev.architect.dossier;

/** Column types of the data model, mapped to PostgreSQL types by the SQL renderer. */
public enum DataType {
    /** A UUID key or reference. */
    UUID,
    /** Text of any length. */
    TEXT,
    /** A 32-bit integer. */
    INTEGER,
    /** A 64-bit integer. */
    BIGINT,
    /** An exact decimal number, such as money. */
    DECIMAL,
    /** True or false. */
    BOOLEAN,
    /** A calendar date without time. */
    DATE,
    /** A point in time with time zone. */
    TIMESTAMP,
    /** A JSON document (PostgreSQL {@code jsonb}). */
    JSON,
    /** Raw bytes. */
    BYTES
}
