package dev.architect.dossier;

/** A message in a sequence diagram. */
public enum MessageKind {
    SYNC, ASYNC, REPLY
}
