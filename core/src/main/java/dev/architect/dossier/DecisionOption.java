package dev.architect.dossier;

import dev.architect.internal.Invariants;
import java.util.List;

/**
 * One option considered in a decision, with what speaks for and against it, what it costs and how hard it is.
 *
 * @param name the option name, unique within the decision
 * @param summary the option in a sentence
 * @param pros what speaks for it
 * @param cons what speaks against it
 * @param cost what it costs, in words; may be null
 * @param complexity how hard it is, relative to the others
 */
public record DecisionOption(String name, String summary, List<String> pros, List<String> cons, String cost,
                             Complexity complexity) {

    /**
     * Checks the components; a missing or malformed one raises {@link dev.architect.exceptions.InvalidDossierException} naming the field.
     *
     * @param name the option name, unique within the decision
     * @param summary the option in a sentence
     * @param pros what speaks for it
     * @param cons what speaks against it
     * @param cost what it costs, in words; may be null
     * @param complexity how hard it is, relative to the others
     */
    public DecisionOption {
        String where = Invariants.quoted("option", Invariants.text("option", "name", name));
        pros = Invariants.nonEmptyList(where, "pros", pros);
        cons = Invariants.nonEmptyList(where, "cons", cons);
        Invariants.text(where, "cost", cost);
        Invariants.required(where, "complexity", complexity);
    }
}
