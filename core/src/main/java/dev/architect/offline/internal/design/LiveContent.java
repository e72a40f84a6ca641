package dev.architect.offline.internal.design;

/**
 * The kinds of live content a realtime connection follows, each pushed at its own rate (push-fanout.yaml
 * {@code liveContent}): a value that changes continuously is coalesced to about one push a second, an appended entry
 * arrives every half minute or so, a conversation's messages come as people type, and a job's status changes a few times
 * in its whole life.
 */
enum LiveContent {
    /** Values that change continuously: prices, odds, quotes, positions, cursors, gauges, readings. */
    CHANGING_VALUES,
    /** Entries appended as things happen: a live blog's entries, a feed's posts, a comment stream, scoring events. */
    APPENDED_ENTRIES,
    /** The messages of a conversation. */
    CONVERSATION_MESSAGES,
    /** The status of a job, an order or a request. */
    STATUS_CHANGES;

    /** The kind in the dossier's words: "appended entries". */
    String label() {
        return name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ');
    }
}
