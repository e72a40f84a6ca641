package dev.architect.dossier;

/** A value the database writes into a column when an insert leaves it out. */
public enum ColumnDefault {
    /**
     * The database's clock at the insert ({@code now()} in PostgreSQL): a time the server stamps, never one a client
     * sends. Only on a {@link DataType#TIMESTAMP} column.
     */
    NOW
}
