package dev.architect.dossier;

import dev.architect.internal.Invariants;

/**
 * Something that follows from a decision, good or bad.
 *
 * @param kind whether it is welcome
 * @param text what follows from the decision
 */
public record Consequence(ConsequenceKind kind, String text) {

    /**
     * Checks the components; a missing or malformed one raises {@link dev.architect.exceptions.InvalidDossierException} naming the field.
     *
     * @param kind whether it is welcome
     * @param text what follows from the decision
     */
    public Consequence {
        Invariants.required("consequence", "kind", kind);
        Invariants.text("consequence", "text", text);
    }

    /**
     * A benefit of a decision.
     *
     * @param text what follows from the decision
     * @return a GOOD consequence
     */
    public static Consequence good(String text) {
        return new Consequence(ConsequenceKind.GOOD, text);
    }

    /**
     * A drawback of a decision.
     *
     * @param text what follows from the decision
     * @return a BAD consequence
     */
    public static Consequence bad(String text) {
        return new Consequence(ConsequenceKind.BAD, text);
    }
}
