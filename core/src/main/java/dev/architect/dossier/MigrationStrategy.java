package dev.architect.dossier;

/** How a running system is replaced. */
public enum MigrationStrategy {
    /** Route traffic piece by piece to new components until the old system is gone. */
    STRANGLER_FIG,
    /** Put an abstraction in front of a part, then swap its implementation behind it. */
    BRANCH_BY_ABSTRACTION,
    /** Run old and new side by side and compare results before switching. */
    PARALLEL_RUN,
    /** Switch everything over at once. */
    BIG_BANG
}
