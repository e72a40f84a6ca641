package dev.architect.dossier;

import dev.architect.internal.Invariants;
import java.util.List;

/** A technology picked for one area of the stack, what else was considered, and why; may cite the decision behind it. */
public record TechChoice(TechCategory category, String choice, List<String> alternatives, String justification,
                         String decisionId) {

    /**
     * Checks the components; a missing or malformed one raises {@link dev.architect.exceptions.InvalidDossierException} naming the field.
     */
    public TechChoice {
        Invariants.required("tech choice", "category", category);
        String where = "tech choice '" + Invariants.text("tech choice", "choice", choice) + "'";
        alternatives = Invariants.list(where, "alternatives", alternatives);
        Invariants.text(where, "justification", justification);
    }
}
