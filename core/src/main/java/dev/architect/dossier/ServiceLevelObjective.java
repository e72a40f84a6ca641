package dev.architect.dossier;

import dev.architect.internal.Invariants;

/**
 * A service-level objective: an indicator, the share of good events promised, over a window, for one container.
 *
 * @param id the SLO id, unique within the operations plan
 * @param name the SLO in a few words
 * @param indicator the measured indicator, e.g. share of requests served under 300 ms
 * @param objectivePercent the share of good events promised, in percent
 * @param window the window it is measured over, e.g. 30 days
 * @param containerId the id of the container it applies to, or null
 */
public record ServiceLevelObjective(String id, String name, String indicator, double objectivePercent, String window,
                                    String containerId) {

    /**
     * Checks the components; a missing or malformed one raises {@link dev.architect.exceptions.InvalidDossierException} naming the field.
     *
     * @param id the SLO id, unique within the operations plan
     * @param name the SLO in a few words
     * @param indicator the measured indicator, e.g. share of requests served under 300 ms
     * @param objectivePercent the share of good events promised, in percent
     * @param window the window it is measured over, e.g. 30 days
     * @param containerId the id of the container it applies to, or null
     */
    public ServiceLevelObjective {
        String where = Invariants.quoted("slo", Invariants.id("slo", id));
        Invariants.text(where, "name", name);
        Invariants.text(where, "indicator", indicator);
        Invariants.check(objectivePercent > 0 && objectivePercent <= 100, where,
                "objectivePercent must be in (0, 100] but was " + objectivePercent);
        Invariants.text(where, "window", window);
    }
}
