package dev.architect.dossier;

/** Whether a consequence of a decision is welcome. */
public enum ConsequenceKind {
    /** A benefit of the decision. */
    GOOD,
    /** A cost or drawback the decision accepts. */
    BAD,
    /** A consequence that is neither clearly good nor bad. */
    NEUTRAL
}
