package dev.architect.dossier;

/** How many rows of the target one row of the source refers to. */
public enum Cardinality {
    /** Many source rows refer to one target row (an ordinary foreign key). */
    MANY_TO_ONE,
    /** Each source row refers to its own target row (a unique foreign key). */
    ONE_TO_ONE
}
