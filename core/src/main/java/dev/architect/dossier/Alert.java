package dev.architect.dossier;

import dev.architect.internal.Invariants;

/**
 * An alert: the condition that fires it, how loud it is, what the responder does, and the SLO it guards (if any).
 *
 * @param name the alert name
 * @param condition what fires it, e.g. a burn rate or error ratio over a window
 * @param severity how loud it is
 * @param action what the responder does first
 * @param sloId the id of the {@link ServiceLevelObjective} it guards, or null
 */
public record Alert(String name, String condition, AlertSeverity severity, String action, String sloId) {

    /**
     * Checks the components; a missing or malformed one raises {@link dev.architect.exceptions.InvalidDossierException} naming the field.
     *
     * @param name the alert name
     * @param condition what fires it, e.g. a burn rate or error ratio over a window
     * @param severity how loud it is
     * @param action what the responder does first
     * @param sloId the id of the {@link ServiceLevelObjective} it guards, or null
     */
    public Alert {
        String where = "alert '" + Invariants.text("alert", "name", name) + "'";
        Invariants.text(where, "condition", condition);
        Invariants.required(where, "severity", severity);
        Invariants.text(where, "action", action);
    }
}
