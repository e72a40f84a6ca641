package dev.architect.dossier;

/** How a running system is replaced. */
public enum MigrationStrategy {
    STRANGLER_FIG, BRANCH_BY_ABSTRACTION, PARALLEL_RUN, BIG_BANG
}
