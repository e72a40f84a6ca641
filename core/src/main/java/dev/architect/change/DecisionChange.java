package dev.architect.change;

import java.util.Objects;

/**
 * A decision that is new in the newer dossier, or one that a newer decision superseded.
 *
 * @param kind        {@link Kind#NEW} for a decision on a topic the older dossier did not decide; {@link
 *                    Kind#SUPERSEDED} when the changed request moved its drivers or its choice, so a new decision replaced
 *                    the old one (the choice may be the same, reasoned from new figures); {@link Kind#RETIRED} for a decision whose topic no longer arises
 * @param decisionId  the newer decision (for RETIRED, the old one)
 * @param title       its title
 * @param previousId  the decision it replaced (SUPERSEDED only, else null)
 * @param previousChoice what the replaced decision chose (SUPERSEDED only, else null)
 * @param choice      what the newer decision chooses
 */
public record DecisionChange(Kind kind, String decisionId, String title, String previousId, String previousChoice, String choice) {

    /** How a decision changed. */
    public enum Kind {
        /** A decision with no counterpart in the older dossier. */
        NEW,
        /** A decision on a topic the older dossier decided otherwise; it replaces the previous one. */
        SUPERSEDED,
        /** A decision of the older dossier with no successor. */
        RETIRED
    }

    /**
     * Rejects a missing required component with a {@link NullPointerException}.
     *
     * @param kind        {@link Kind#NEW} for a decision on a topic the older dossier did not decide; {@link Kind#SUPERSEDED} when the changed request moved its drivers or its choice, so a new decision replaced the old one (the choice may be the same, reasoned from new figures); {@link Kind#RETIRED} for a decision whose topic no longer arises
     * @param decisionId  the newer decision (for RETIRED, the old one)
     * @param title       its title
     * @param previousId  the decision it replaced (SUPERSEDED only, else null)
     * @param previousChoice what the replaced decision chose (SUPERSEDED only, else null)
     * @param choice      what the newer decision chooses
     */
    public DecisionChange {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(decisionId, "decisionId");
        Objects.requireNonNull(title, "title");
    }
}
