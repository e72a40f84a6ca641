package dev.architect.dossier;

/** Whether the caller waits for the answer. */
public enum Interaction {
    SYNC, ASYNC
}
