package dev.architect.dossier;

/** Lifecycle of an architecture decision record. */
public enum DecisionStatus {
    /** Suggested but not yet agreed. */
    PROPOSED,
    /** Agreed and in force. */
    ACCEPTED,
    /** Considered and turned down. */
    REJECTED,
    /** No longer recommended, but not replaced. */
    DEPRECATED,
    /** Replaced by a later decision. */
    SUPERSEDED
}
