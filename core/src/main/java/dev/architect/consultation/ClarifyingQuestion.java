package dev.architect.consultation;

import dev.architect.dossier.OpenQuestion;
import dev.architect.internal.Invariants;
import java.util.List;

/**
 * A question the architect asks before designing, because the answer changes the design: two to four options,
 * the one it recommends, and why the answer matters. Unanswered, the recommended option becomes a stated
 * assumption of the dossier.
 */
public record ClarifyingQuestion(String id, String question, String whyItMatters, List<String> options,
                                 String recommended) {

    /** The most questions a session asks. */
    public static final int MAX_QUESTIONS = 5;

    /**
     * Checks the question: text present, two to four distinct options, the recommended one among them.
     *
     * @param id           stable id to answer it by
     * @param question     the question
     * @param whyItMatters what in the design depends on the answer
     * @param options      two to four answers
     * @param recommended  the option the architect would pick
     */
    public ClarifyingQuestion {
        String where = Invariants.quoted("clarifying question", Invariants.id("clarifying question", id));
        Invariants.text(where, "question", question);
        Invariants.text(where, "whyItMatters", whyItMatters);
        options = Invariants.list(where, "options", options);
        Invariants.check(options.size() >= 2 && options.size() <= 4, where,
                "needs 2-4 options but has " + options.size());
        Invariants.unique(where, "option", options);
        Invariants.text(where, "recommended", recommended);
        Invariants.check(options.contains(recommended), where,
                "recommended option '" + recommended + "' is not among its options " + options);
    }

    /**
     * The question as the analysis stage wrote it; fails if it breaks the rules above.
     *
     * @param q the open question of the analysis
     * @return the clarifying question
     */
    public static ClarifyingQuestion of(OpenQuestion q) {
        return new ClarifyingQuestion(q.id(), q.question(), q.whyItMatters(), q.options(), q.recommended());
    }
}
