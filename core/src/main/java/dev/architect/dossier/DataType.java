package dev.architect.dossier;

/** Column types of the data model, mapped to PostgreSQL types by the SQL renderer. */
public enum DataType {
    UUID, TEXT, INTEGER, BIGINT, DECIMAL, BOOLEAN, DATE, TIMESTAMP, JSON, BYTES
}
