package dev.architect.dossier;

/** Lifecycle of an architecture decision record. */
public enum DecisionStatus {
    PROPOSED, ACCEPTED, REJECTED, DEPRECATED, SUPERSEDED
}
