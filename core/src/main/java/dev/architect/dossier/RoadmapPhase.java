package dev.architect.dossier;

import dev.architect.internal.Invariants;
import java.util.List;

/**
 * A phase of the roadmap: its goal, length, what it delivers, and the criteria that say it is done.
 *
 * @param id the phase id, unique within the roadmap
 * @param name the phase in a few words
 * @param goal what it achieves
 * @param durationWeeks its length, in weeks
 * @param deliverables what it delivers
 * @param exitCriteria what says it is done
 * @param dependsOn ids of earlier phases it needs
 */
public record RoadmapPhase(String id, String name, String goal, int durationWeeks, List<String> deliverables,
                           List<String> exitCriteria, List<String> dependsOn) {

    /**
     * Checks the components; a missing or malformed one raises {@link dev.architect.exceptions.InvalidDossierException} naming the field.
     *
     * @param id the phase id, unique within the roadmap
     * @param name the phase in a few words
     * @param goal what it achieves
     * @param durationWeeks its length, in weeks
     * @param deliverables what it delivers
     * @param exitCriteria what says it is done
     * @param dependsOn ids of earlier phases it needs
     */
    public RoadmapPhase {
        String where = Invariants.quoted("roadmap phase", Invariants.id("roadmap phase", id));
        Invariants.text(where, "name", name);
        Invariants.text(where, "goal", goal);
        Invariants.range(where, "durationWeeks", durationWeeks, 1, 520);
        deliverables = Invariants.list(where, "deliverables", deliverables);
        exitCriteria = Invariants.nonEmptyList(where, "exitCriteria", exitCriteria);
        dependsOn = Invariants.list(where, "dependsOn", dependsOn);
    }
}
