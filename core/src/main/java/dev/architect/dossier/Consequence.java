package dev.architect.dossier;

import dev.architect.internal.Invariants;

/** Something that follows from a decision, good or bad. */
public record Consequence(ConsequenceKind kind, String text) {

    public Consequence {
        Invariants.required("consequence", "kind", kind);
        Invariants.text("consequence", "text", text);
    }

    public static Consequence good(String text) {
        return new Consequence(ConsequenceKind.GOOD, text);
    }

    public static Consequence bad(String text) {
        return new Consequence(ConsequenceKind.BAD, text);
    }
}
