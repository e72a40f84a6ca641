package dev.architect.dossier;

import dev.architect.internal.Invariants;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** Delivery phases in order; a phase may only depend on phases before it. */
public record Roadmap(List<RoadmapPhase> phases) {

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

    public int totalWeeks() {
        return phases.stream().mapToInt(RoadmapPhase::durationWeeks).sum();
    }
}
