package dev.architect.dossier;

import dev.architect.internal.Invariants;
import java.util.List;

/**
 * A cheaper variant of the design for a budget it does not fit: its month-1 and month-36 totals, what changes, what
 * it gives up, whether it then fits the budget (both months), whether it keeps every hard requirement of the request, and
 * whether the design adopted it (its line items are then the estimate's own).
 *
 * @param title the option in a few words
 * @param monthlyTotal its month-1 total
 * @param month36Total its month-36 total
 * @param changes what changes in the design, at least one
 * @param givesUp what it gives up
 * @param fitsBudget whether both totals are within the budget
 * @param keepsHardRequirements whether it keeps every hard requirement of the request
 * @param adopted whether the design adopted this option
 */
public record CostOption(String title, double monthlyTotal, double month36Total, List<String> changes, String givesUp,
                         boolean fitsBudget, boolean keepsHardRequirements, boolean adopted) {

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
     * @param adopted whether the design adopted this option
     */
    public CostOption {
        String where = "cost option";
        Invariants.text(where, "title", title);
        Invariants.nonNegative(where, "monthlyTotal", monthlyTotal);
        Invariants.nonNegative(where, "month36Total", month36Total);
        changes = Invariants.nonEmptyList(where, "changes", changes);
        Invariants.text(where, "givesUp", givesUp);
        Invariants.check(!adopted || keepsHardRequirements, where, "an adopted option must keep every hard requirement");
    }

    /**
     * An option the design did not adopt.
     *
     * @param title the option in a few words
     * @param monthlyTotal its month-1 total
     * @param month36Total its month-36 total
     * @param changes what changes in the design, at least one
     * @param givesUp what it gives up
     * @param fitsBudget whether both totals are within the budget
     * @param keepsHardRequirements whether it keeps every hard requirement of the request
     */
    public CostOption(String title, double monthlyTotal, double month36Total, List<String> changes, String givesUp,
                      boolean fitsBudget, boolean keepsHardRequirements) {
        this(title, monthlyTotal, month36Total, changes, givesUp, fitsBudget, keepsHardRequirements, false);
    }

    /**
     * This option marked as adopted by the design.
     *
     * @return a copy with {@code adopted} true
     */
    public CostOption asAdopted() {
        return new CostOption(title, monthlyTotal, month36Total, changes, givesUp, fitsBudget, keepsHardRequirements, true);
    }
}
