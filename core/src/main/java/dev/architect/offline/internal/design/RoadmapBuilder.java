package dev.architect.offline.internal.design;

import dev.architect.dossier.RoadmapPhase;
import dev.architect.figures.Workload;
import dev.architect.internal.Numbers;
import dev.architect.offline.internal.design.Topology.Capability;
import java.util.ArrayList;
import java.util.List;

/**
 * Delivery phases: the platform first, then the capabilities in two waves sized by the team, then hardening against
 * the targets; a redesign adds the routing layer up front and the decommissioning at the end.
 */
final class RoadmapBuilder {

    /** Engineer-weeks to build one capability to production quality, the planning figure behind the phase lengths. */
    static final int WEEKS_PER_CAPABILITY = 6;

    private RoadmapBuilder() {
    }

    static List<RoadmapPhase> build(Workload w, Topology t) {
        List<RoadmapPhase> phases = new ArrayList<>();
        phases.add(new RoadmapPhase("phase-1", "Foundation", "A walking skeleton in production", w.teamSize() <= 4 ? 3 : 4,
                List.of("Infrastructure as code for staging and production", "CI/CD pipeline", "Sign-in", "Observability and SLO dashboards"),
                List.of("A trivial change reaches production through the pipeline in under an hour", "Sign-in works end to end"), List.of()));
        String last = "phase-1";
        if (t.legacy) {
            phases.add(new RoadmapPhase("phase-routing", "Routing layer", "All traffic flows through the new entry point", 3,
                    List.of("Routing in front of the existing system", "Change data capture from the existing database"),
                    List.of("100% of traffic passes the routing layer with no added errors", "Replicated data reconciles daily"), List.of(last)));
            last = "phase-routing";
        }
        List<Capability> caps = t.capabilities;
        int firstWave = (caps.size() + 1) / 2;
        last = wave(phases, "phase-2", "First capabilities", caps.subList(0, firstWave), w, last, t.legacy);
        if (caps.size() > firstWave) {
            last = wave(phases, "phase-3", "Remaining capabilities", caps.subList(firstWave, caps.size()), w, last, t.legacy);
        }
        List<String> exit = new ArrayList<>(List.of(
                "Load test at 1.5x the peak (" + Numbers.format(w.peakRps() * 1.5) + " requests/s) meets the " + w.p99Ms() + " ms p99",
                "A failover drill restores service within the " + w.rtoMinutes() + "-minute RTO, losing under " + w.rpoMinutes() + " minutes of data"));
        w.compliance().forEach(r -> exit.add(r.label() + " controls evidenced and reviewed by the assessor"));
        phases.add(new RoadmapPhase("phase-hardening", "Hardening", "Proven against the targets", 4,
                List.of("Load and failover tests", "Security review and penetration test", "Runbooks"), exit, List.of(last)));
        if (t.legacy) {
            phases.add(new RoadmapPhase("phase-decommission", "Decommission", "The existing system is switched off", 3,
                    List.of("Final data reconciliation", "Archive of the old data"),
                    List.of("No request routed to the existing system for 30 days", "Old data archived and access revoked"),
                    List.of("phase-hardening")));
        }
        return phases;
    }

    private static String wave(List<RoadmapPhase> phases, String id, String name, List<Capability> caps, Workload w, String after,
                               boolean migrate) {
        int weeks = Math.max(2, (int) Math.ceil((double) caps.size() * WEEKS_PER_CAPABILITY / w.teamSize()));
        List<String> names = caps.stream().map(Capability::name).toList();
        phases.add(new RoadmapPhase(id, name, (migrate ? "Move " : "Deliver ") + String.join(", ", names), Math.min(weeks, 52),
                names.stream().map(n -> Names.capitalise(n) + (migrate ? " served by the new system" : " in production")).toList(),
                List.of("Each capability passes its contract tests and meets its SLOs in production for two weeks"), List.of(after)));
        return id;
    }
}
