package dev.architect.dossier;

import dev.architect.internal.Invariants;
import java.util.List;

/**
 * A cheaper variant of the design for a budget it does not fit: its month-1 and month-36 totals, what changes, what
 * it gives up, whether it then fits the budget (both months) and whether it keeps every hard requirement of the request.
 */
public record CostOption(String title, double monthlyTotal, double month36Total, List<String> changes, String givesUp,
                         boolean fitsBudget, boolean keepsHardRequirements) {

    /**
     * Checks the components; a missing or malformed one raises {@link dev.architect.exceptions.InvalidDossierException} naming the field.
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
