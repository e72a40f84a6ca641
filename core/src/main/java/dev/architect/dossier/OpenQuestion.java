package dev.architect.dossier;

import dev.architect.internal.Invariants;
import java.util.List;

/**
 * A question the stakeholders still have to answer, with the options on the table and the one recommended.
 *
 * @param id the question id, unique within the requirements
 * @param question the question
 * @param whyItMatters what the answer changes in the design
 * @param options the possible answers
 * @param recommended the answer recommended, one of {@code options}; may be null
 */
public record OpenQuestion(String id, String question, String whyItMatters, List<String> options, String recommended) {

    /**
     * Checks the components; a missing or malformed one raises {@link dev.architect.exceptions.InvalidDossierException} naming the field.
     *
     * @param id the question id, unique within the requirements
     * @param question the question
     * @param whyItMatters what the answer changes in the design
     * @param options the possible answers
     * @param recommended the answer recommended, one of {@code options}; may be null
     */
    public OpenQuestion {
        String where = Invariants.quoted("open question", Invariants.id("open question", id));
        Invariants.text(where, "question", question);
        options = Invariants.list(where, "options", options);
        Invariants.check(recommended == null || options.contains(recommended), where,
                "recommended option '" + recommended + "' is not among its options " + options);
    }
}
