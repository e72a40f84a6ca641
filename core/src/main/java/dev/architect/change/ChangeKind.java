package dev.architect.change;

/** What happened to an element between two dossiers. */
public enum ChangeKind {
    /** Present only in the newer dossier. */
    ADDED,
    /** Present only in the older dossier. */
    REMOVED,
    /** Present in both, with different content. */
    CHANGED
}
