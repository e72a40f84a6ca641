package dev.architect.dossier;

/** How hard an option is to build and run, relative to the others. */
public enum Complexity {
    /** Simpler than the alternatives. */
    LOW,
    /** About as hard as the alternatives. */
    MEDIUM,
    /** Harder to build or run than the alternatives. */
    HIGH
}
