package dev.architect.dossier;

import dev.architect.internal.Invariants;
import java.util.List;

/**
 * A technology picked for one area of the stack, what else was considered, and why; may cite the decision behind it.
 *
 * @param category the area of the stack
 * @param choice the technology picked
 * @param alternatives what else was considered
 * @param justification why it was picked
 * @param decisionId the id of the decision behind it, or null
 */
public record TechChoice(TechCategory category, String choice, List<String> alternatives, String justification,
                         String decisionId) {

    /**
     * Checks the components; a missing or malformed one raises {@link dev.architect.exceptions.InvalidDossierException} naming the field.
     *
     * @param category the area of the stack
     * @param choice the technology picked
     * @param alternatives what else was considered
     * @param justification why it was picked
     * @param decisionId the id of the decision behind it, or null
     */
    public TechChoice {
        Invariants.required("tech choice", "category", category);
        String where = "tech choice '" + Invariants.text("tech choice", "choice", choice) + "'";
        alternatives = Invariants.list(where, "alternatives", alternatives);
        Invariants.text(where, "justification", justification);
    }
}
