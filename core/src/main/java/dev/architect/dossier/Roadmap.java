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
     * The elapsed length: each phase starts when the phases it depends on have ended (one that names none starts after
     * the phase before it), so phases run in parallel count once. For a plan of phases one after another it is the
     * sum of their durations.
     *
     * @return the total length in weeks
     */
    public int totalWeeks() {
        java.util.Map<String, Integer> ends = new java.util.HashMap<>();
        int previousEnd = 0;
        int total = 0;
        for (RoadmapPhase p : phases) {
            int start = p.dependsOn().isEmpty() ? previousEnd : p.dependsOn().stream().mapToInt(d -> ends.getOrDefault(d, 0)).max().orElse(0);
            int end = start + p.durationWeeks();
            ends.put(p.id(), end);
            previousEnd = end;
            total = Math.max(total, end);
        }
        return total;
    }
}
