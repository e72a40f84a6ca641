package dev.architect.dossier;

import dev.architect.internal.Invariants;
import java.util.List;

/**
 * A cheaper variant of the design for a budget it does not fit: its month-1 and month-36 totals, what changes, what
 * it gives up, whether it then fits the budget (both months) and whether it keeps every hard requirement of the request.
 *
 * @param title the option in a few words
 * @param monthlyTotal its month-1 total
 * @param month36Total its month-36 total
 * @param changes what changes in the design, at least one
 * @param givesUp what it gives up
 * @param fitsBudget whether both totals are within the budget
 * @param keepsHardRequirements whether it keeps every hard requirement of the request
 */
public record CostOption(String title, double monthlyTotal, double month36Total, List<String> changes, String givesUp,
                         boolean fitsBudget, boolean keepsHardRequirements) {

    /**
     * Checks the components; a missing or malformed one raises {@link dev.architect.exceptions.InvalidDossierException} naming the field.
     *
     * @param title the option in a few words
     * @param monthlyTotal its month-1 total
     * @param month36Total its month-36 total
     * @param changes what changes in the design, at least one
     * @param givesUp what it gives up
     * @param fitsBudget whether both totals are within the budget
     * @param keepsHardRequirements whether it keeps every hard requirement of the request
     */
    public CostOption {
        String where = "cost option";
        Invariants.text(where, "title", title);
        Invariants.nonNegative(where, "monthlyTotal", monthlyTotal);
        Invariants.nonNegative(where, "month36Total", month36Total);
        changes = Invariants.nonEmptyList(where, "changes", changes);
        Invariants.text(where, "givesUp", givesUp);
    }
}
