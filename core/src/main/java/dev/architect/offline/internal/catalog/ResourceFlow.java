package dev.architect.offline.internal.catalog;

/**
 * What kind of work a capability's resource is, which decides how the design builders turn it into API operations,
 * tables and flows. Bound when the catalogue is read, so a misspelt flow fails at load naming the entry.
 */
public enum ResourceFlow {
    /** Records created, listed, read and updated. */
    CRUD,
    /** Idempotent payments and refunds through a provider. */
    PAYMENT,
    /** High-volume readings accepted in batches. */
    INGEST,
    /** Queries over an index. */
    SEARCH,
    /** Messages sent asynchronously, with their delivery recorded. */
    NOTIFY,
    /**
     * A capability nothing in the catalogue or the archetypes describes: its data and operations are an open question,
     * not invented records. Never written in the catalogue; the designer assigns it.
     */
    OPEN
}
