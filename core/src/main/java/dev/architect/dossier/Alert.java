package dev.architect.dossier;

import dev.architect.internal.Invariants;

/** An alert: the condition that fires it, how loud it is, what the responder does, and the SLO it guards (if any). */
public record Alert(String name, String condition, AlertSeverity severity, String action, String sloId) {

    /**
     * Checks the components; a missing or malformed one raises {@link dev.architect.exceptions.InvalidDossierException} naming the field.
     */
    public Alert {
        String where = "alert '" + Invariants.text("alert", "name", name) + "'";
        Invariants.text(where, "condition", condition);
        Invariants.required(where, "severity", severity);
        Invariants.text(where, "action", action);
    }
}
