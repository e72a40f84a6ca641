package dev.architect.dossier;

/** How many rows of the target one row of the source refers to. */
public enum Cardinality {
    MANY_TO_ONE, ONE_TO_ONE
}
