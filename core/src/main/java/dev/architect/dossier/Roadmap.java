package dev.architect.dossier;

import dev.architect.internal.Invariants;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Delivery phases in order; a phase may only depend on phases before it.
 *
 * @param phases the phases, in delivery order
 */
public record Roadmap(List<RoadmapPhase> phases) {

    /**
     * Checks the components; a missing or malformed one raises {@link dev.architect.exceptions.InvalidDossierException} naming the field.
     *
     * @param phases the phases, in delivery order
     */
    public Roadmap {
        phases = Invariants.list("roadmap", "phases", phases);
        Set<String> earlier = new HashSet<>();
        for (RoadmapPhase p : phases) {
            for (String d : p.dependsOn()) {
                Invariants.check(earlier.contains(d), "roadmap phase '" + p.id() + "'",
                        "depends on '" + d + "', which is not an earlier phase");
            }
            Invariants.check(earlier.add(p.id()), "roadmap", "duplicate phase '" + p.id() + "'");
        }
    }

    /**
     * The sum of the phase durations.
     *
     * @return the total length in weeks
     */
    public int totalWeeks() {
        return phases.stream().mapToInt(RoadmapPhase::durationWeeks).sum();
    }
}
