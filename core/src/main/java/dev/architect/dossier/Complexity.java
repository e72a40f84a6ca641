package dev.architect.dossier;

/** How hard an option is to build and run, relative to the others. */
public enum Complexity {
    LOW, MEDIUM, HIGH
}
