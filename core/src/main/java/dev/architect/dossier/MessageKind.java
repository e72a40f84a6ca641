package dev.architect.dossier;

/** A message in a sequence diagram. */
public enum MessageKind {
    /** A call whose sender waits for the reply. */
    SYNC,
    /** A message whose sender does not wait. */
    ASYNC,
    /** The answer to an earlier SYNC call. */
    REPLY
}
