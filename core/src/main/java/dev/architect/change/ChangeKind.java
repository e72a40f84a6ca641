package dev.architect.change;

/** What happened to an element between two dossiers. */
public enum ChangeKind {
    ADDED, REMOVED, CHANGED
}
