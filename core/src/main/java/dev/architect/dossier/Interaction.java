package dev.architect.dossier;

/** Whether the caller waits for the answer. */
public enum Interaction {
    /** The caller waits for the answer. */
    SYNC,
    /** The caller sends and carries on. */
    ASYNC
}
