package dev.architect.dossier;

/** Whether a consequence of a decision is welcome. */
public enum ConsequenceKind {
    GOOD, BAD, NEUTRAL
}
