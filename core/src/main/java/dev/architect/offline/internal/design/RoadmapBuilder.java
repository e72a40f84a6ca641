package dev.architect.offline.internal.design;

import dev.architect.dossier.OpenQuestion;
import dev.architect.dossier.RoadmapPhase;
import dev.architect.figures.Workload;
import dev.architect.internal.Numbers;
import dev.architect.offline.internal.catalog.Words;
import dev.architect.offline.internal.design.Topology.Capability;
import dev.architect.offline.internal.design.Topology.External;
import dev.architect.offline.internal.design.Topology.Placement;
import dev.architect.request.ComplianceRegime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Delivery phases sized by scope: the platform first, then a phase per recognised archetype (its effort from the
 * archetype catalogue plus the integrations it talks to), the remaining capabilities in waves, the other integrations,
 * then hardening against the targets (longer for an assessed regime); a redesign adds the routing layer up front and
 * the decommissioning at the end. Lengths are effort divided by the people who can work on it at once, so they grow
 * with the work and shrink with the team. A goal with a deadline ("partner API in 6 months") moves the phase it names
 * to the front and becomes an exit criterion, with a warning when the plan cannot meet it. A team large enough to
 * staff more than one phase at a time runs phases in parallel streams after the foundation.
 */
final class RoadmapBuilder {

    /** Engineer-weeks to build one capability to production quality, the planning figure behind the phase lengths. */
    static final int WEEKS_PER_CAPABILITY = 6;
    /** Engineer-weeks to integrate one external system (contract, sandbox, error handling, monitoring). */
    static final int WEEKS_PER_INTEGRATION = 3;
    /** Beyond this many engineers one phase goes no faster: coordination eats the extra hands. */
    static final int MAX_PARALLEL = 8;
    /** Extra hardening weeks for a regime that an external assessor audits. */
    static final int ASSESSMENT_WEEKS = 3;

    private static final Pattern DEADLINE = Pattern.compile("\\b(?:in|within|by|under)\\s+(\\d{1,2})\\s+(weeks?|months?)\\b");

    private RoadmapBuilder() {
    }

    /** A goal with a deadline, in weeks from the start. */
    record Deadline(String goal, int weeks) {
    }

    static Optional<Deadline> deadline(String goal) {
        Matcher m = DEADLINE.matcher(goal.toLowerCase(Locale.ROOT));
        if (!m.find()) {
            return Optional.empty();
        }
        int n = Integer.parseInt(m.group(1));
        return Optional.of(new Deadline(goal, m.group(2).startsWith("month") ? (int) Math.ceil(n * 52 / 12.0) : n));
    }

    /**
     * More load means more work for the same mechanism (sharding, load tests, tuning): half as much again for every
     * tenfold above 1,000 requests/s.
     */
    static double scaleFactor(double peakRps) {
        return 1 + 0.5 * Math.log10(Math.max(1, peakRps / 1000));
    }

    private static int weeks(double personWeeks, int teamSize) {
        return Math.max(2, Math.min(52, (int) Math.ceil(personWeeks / Math.min(teamSize, MAX_PARALLEL))));
    }

    /** An archetype's phase before it is placed: its effort, deliverables and the integrations it takes in. */
    private record Planned(String id, String name, String goal, double personWeeks, List<String> deliverables,
                           List<String> exit, Optional<Deadline> deadline) {
    }

    /** Headroom a load test proves over the peak when the request states no spike above it. */
    static final double LOAD_TEST_HEADROOM = 1.5;

    /**
     * How far over the peak the load test goes: a spike stated over the peak itself ("a spike of 3x normal peak") is
     * not in the peak yet, so the test covers it; otherwise the usual headroom.
     */
    static double loadTestFactor(Topology t) {
        return t.stated.spikeOverPeak().map(s -> Math.max(LOAD_TEST_HEADROOM, s.value())).orElse(LOAD_TEST_HEADROOM);
    }

    /** The load test's target, with the spike the request states so the test visibly covers it: "1.5x the peak of 60,000 requests/s". */
    static String loadTest(Workload w, Topology t) {
        double factor = loadTestFactor(t);
        return "Load test at " + Numbers.format(factor) + "x the peak of " + Numbers.format(w.peakRps()) + " requests/s ("
                + Numbers.format(Numbers.round(w.peakRps() * factor, 2)) + " requests/s" + spikeNote(t) + ")";
    }

    /** The spike the request states, beside a load-test target, so the test visibly covers it. */
    static String spikeNote(Topology t) {
        return t.stated.spikeOverPeak().map(spike -> "; the stated " + Numbers.format(spike.value()) + "x spike over the peak, "
                + spike.evidence())
                .or(() -> t.stated.spikeFactor().map(spike -> "; the peak carries the stated " + Numbers.format(spike.value()) + "x spike, "
                        + spike.evidence())).orElse("");
    }

    /** The phases, and the question a launch date raises for the product owner (what moved after it, or what gives). */
    record Plan(List<RoadmapPhase> phases, Optional<OpenQuestion> launchQuestion) {
    }

    static Plan build(Workload w, Topology t, List<String> goals) {
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

        List<Deadline> deadlines = goals.stream().map(RoadmapBuilder::deadline).flatMap(Optional::stream).toList();
        List<External> taken = new ArrayList<>();
        List<Planned> planned = new ArrayList<>();
        for (Placement p : t.placements) {
            var phase = p.archetype().phase();
            List<External> own = t.externals.stream().filter(e -> p.externals().containsValue(e.id())).toList();
            taken.addAll(own);
            List<String> deliverables = new ArrayList<>(phase.deliverables());
            own.forEach(e -> deliverables.add("Integration with " + e.name()));
            Optional<Deadline> due = deadlines.stream()
                    .filter(d -> Words.of(d.goal()).containsAny(p.archetype().phrases())).findFirst();
            planned.add(new Planned("phase-" + p.archetype().id(), phase.name(), p.archetype().requirement(),
                    phase.personWeeks() * scaleFactor(w.peakRps()) + own.size() * WEEKS_PER_INTEGRATION, deliverables,
                    phase.exitCriteria(), due));
        }
        // What a deadline names comes first, earliest deadline first; the rest keep catalogue order.
        List<Planned> ordered = new ArrayList<>(planned.stream().filter(x -> x.deadline().isPresent())
                .sorted(java.util.Comparator.comparingInt(x -> x.deadline().get().weeks())).toList());
        planned.stream().filter(x -> x.deadline().isEmpty()).forEach(ordered::add);

        Streams streams = new Streams(w.teamSize(), last, phases.stream().mapToInt(RoadmapPhase::durationWeeks).sum());
        for (Planned x : ordered) {
            int length = weeks(x.personWeeks(), w.teamSize());
            int stream = streams.earliest();
            last = streams.last[stream];
            int end = streams.end[stream] + length;
            streams.append(stream, x.id(), length);
            List<String> exit = new ArrayList<>(x.exit());
            x.deadline().ifPresent(d -> exit.add("Live by week " + d.weeks() + " as the goal '" + d.goal() + "' requires"
                    + (end > d.weeks() ? " (this plan reaches week " + end + ": add people or cut scope)" : "")));
            if (exit.isEmpty()) {
                exit.add("Passes its contract tests and meets its SLOs in production for two weeks");
            }
            phases.add(new RoadmapPhase(x.id(), x.name(), x.goal(), length, x.deliverables(), exit, List.of(last)));
        }

        // Capabilities a deadline names go in the first wave, then those a goal or a compliance regime asks for: the
        // last wave is what a first release held to a launch date can do without (fitLaunch).
        List<Capability> caps = new ArrayList<>(t.capabilities.stream().filter(c -> !c.designedByArchetype())
                .filter(c -> due(c, deadlines).isPresent()).toList());
        t.capabilities.stream().filter(c -> !c.designedByArchetype() && !caps.contains(c) && essential(c, w, goals)).forEach(caps::add);
        t.capabilities.stream().filter(c -> !c.designedByArchetype() && !caps.contains(c)).forEach(caps::add);
        int firstWave = (caps.size() + 1) / 2;
        if (!caps.isEmpty()) {
            String wave1 = t.placements.isEmpty() ? "First capabilities" : "Other capabilities";
            int stream = streams.earliest();
            streams.append(stream, "phase-2", wave(phases, "phase-2", wave1, caps.subList(0, firstWave), w, streams.last[stream], t.legacy,
                    deadlines, streams.end[stream]));
            if (caps.size() > firstWave) {
                stream = streams.earliest();
                streams.append(stream, "phase-3", wave(phases, "phase-3", "Remaining capabilities", caps.subList(firstWave, caps.size()), w,
                        streams.last[stream], t.legacy, deadlines, streams.end[stream]));
            }
        }
        List<External> rest = t.externals.stream().filter(e -> !taken.contains(e)).toList();
        if (!rest.isEmpty()) {
            int stream = streams.earliest();
            int length = weeks(rest.size() * (double) WEEKS_PER_INTEGRATION, w.teamSize());
            phases.add(new RoadmapPhase("phase-integrations", "Integrations", "Connect " + String.join(", ", rest.stream().map(External::name).toList()),
                    length, rest.stream().map(e -> "Integration with " + e.name() + " (" + e.purpose() + ")").toList(),
                    List.of("Each integration passes contract tests against the partner's sandbox and alerts on its failures"), List.of(streams.last[stream])));
            streams.append(stream, "phase-integrations", length);
        }
        List<String> exit = new ArrayList<>(List.of(
                loadTest(w, t) + " meets the " + w.p99Ms() + " ms p99",
                "A failover drill restores service within the " + w.rtoMinutes() + "-minute RTO, losing under " + w.rpoMinutes() + " minutes of data"));
        w.compliance().forEach(r -> exit.add(r.label() + " controls evidenced and reviewed by the assessor"));
        long assessed = w.compliance().stream().filter(r -> r == ComplianceRegime.PCI_DSS || r == ComplianceRegime.HIPAA
                || r == ComplianceRegime.SOC2 || r == ComplianceRegime.SOX).count();
        phases.add(new RoadmapPhase("phase-hardening", "Hardening", "Proven against the targets", 4 + (int) assessed * ASSESSMENT_WEEKS,
                List.of("Load and failover tests", "Security review and penetration test", "Runbooks"), exit, streams.lastOfEach()));
        List<Capability> lastWave = caps.subList(firstWave, caps.size());
        Optional<OpenQuestion> launchQuestion = deadlines.stream().filter(d -> launchDeadline(d, t))
                .min(java.util.Comparator.comparingInt(Deadline::weeks))
                .flatMap(launch -> fitLaunch(phases, launch, lastWave, lastWave.stream().noneMatch(c -> essential(c, w, goals))));
        if (t.legacy) {
            phases.add(new RoadmapPhase("phase-decommission", "Decommission", "The existing system is switched off", 3,
                    List.of("Final data reconciliation", "Archive of the old data"),
                    List.of("No request routed to the existing system for 30 days", "Old data archived and access revoked"),
                    List.of("phase-hardening")));
        }
        return new Plan(phases, launchQuestion);
    }

    /** A capability a goal names or a compliance regime requires: a first release keeps it. */
    private static boolean essential(Capability c, Workload w, List<String> goals) {
        return goals.stream().anyMatch(g -> Words.of(g).contains(c.name()))
                || RequirementsBuilder.regulatedIds(w).contains(RequirementsBuilder.requirementId(c));
    }

    /** A deadline for the whole first release ("launch in 3 months"): it names no capability and no archetype. */
    private static boolean launchDeadline(Deadline d, Topology t) {
        Words goal = Words.of(d.goal());
        return t.capabilities.stream().noneMatch(c -> goal.contains(c.name()))
                && t.placements.stream().noneMatch(p -> goal.containsAny(p.archetype().phrases()));
    }

    /**
     * Holds the first release to a launch deadline: when the plan's hardening ends after it, the last wave of
     * capabilities moves after the launch if no goal or regime asks for any of them (the request's last-named
     * capabilities, the scope a first release can drop with least loss), and the hardening phase says whether the
     * launch date holds, and by how much it slips if it still does not.
     */
    private static Optional<OpenQuestion> fitLaunch(List<RoadmapPhase> phases, Deadline launch, List<Capability> lastWave, boolean movable) {
        RoadmapPhase hardening = find(phases, "phase-hardening");
        RoadmapPhase rest = find(phases, "phase-3");
        boolean moved = rest != null && movable && end(phases, "phase-hardening") > launch.weeks();
        if (moved) {
            phases.remove(rest);
            // What followed the deferred wave now follows what it followed.
            for (int i = 0; i < phases.size(); i++) {
                RoadmapPhase p = phases.get(i);
                if (p.dependsOn().contains(rest.id())) {
                    List<String> deps = new ArrayList<>(p.dependsOn());
                    deps.remove(rest.id());
                    rest.dependsOn().stream().filter(d -> !deps.contains(d)).forEach(deps::add);
                    phases.set(i, new RoadmapPhase(p.id(), p.name(), p.goal(), p.durationWeeks(), p.deliverables(), p.exitCriteria(), deps));
                }
            }
            hardening = find(phases, "phase-hardening");
            phases.add(phases.indexOf(hardening) + 1, new RoadmapPhase(rest.id(), "After launch: " + rest.name().toLowerCase(Locale.ROOT),
                    rest.goal() + ", after the first release", rest.durationWeeks(), rest.deliverables(), rest.exitCriteria(),
                    List.of(hardening.id())));
        }
        int due = launch.weeks();
        int end = end(phases, "phase-hardening");
        List<String> exit = new ArrayList<>(hardening.exitCriteria());
        exit.add("The first release is live by week " + due + " as the goal '" + launch.goal() + "' requires"
                + (end > due ? " (this plan reaches week " + end + ", " + (end - due)
                + " weeks late: add people, or cut the scope of the first release further)" : ""));
        phases.set(phases.indexOf(hardening), new RoadmapPhase(hardening.id(), hardening.name(), hardening.goal(),
                hardening.durationWeeks(), hardening.deliverables(), exit, hardening.dependsOn()));
        // The request listed what moved, and a late plan is the product owner's call too, not a footnote.
        if (moved) {
            String names = Names.list(lastWave.stream().map(Capability::name).toList());
            return Optional.of(new OpenQuestion("oq-launch-scope", "May " + names + " follow the first release?",
                    "The goal '" + launch.goal() + "' puts the first release at week " + due + ". The plan moves " + names
                            + " after it and reaches week " + end + (end > due ? ", still " + (end - due) + " weeks late" : ", in time")
                            + ". Every capability the request lists is a MUST: keeping " + (lastWave.size() == 1 ? "it" : "them")
                            + " in the first release means more people or a later date",
                    List.of("Yes, after the first release", "No, add people to the team", "No, move the launch date"), "Yes, after the first release"));
        }
        return end <= due ? Optional.empty() : Optional.of(new OpenQuestion("oq-launch-scope",
                "The plan reaches week " + end + " and the goal '" + launch.goal() + "' week " + due + ": what gives?",
                "Every phase before the launch carries a capability or mechanism the request asks for; " + (end - due)
                        + " weeks must come from a smaller first release, more people or a later date",
                List.of("Cut the first release's scope", "Add people to the team", "Move the launch date"), "Move the launch date"));
    }

    private static RoadmapPhase find(List<RoadmapPhase> phases, String id) {
        return phases.stream().filter(p -> p.id().equals(id)).findFirst().orElse(null);
    }

    /** The week a phase ends: its length after the latest end of the phases it depends on. */
    private static int end(List<RoadmapPhase> phases, String id) {
        RoadmapPhase p = find(phases, id);
        return p.durationWeeks() + p.dependsOn().stream().mapToInt(d -> end(phases, d)).max().orElse(0);
    }

    /**
     * Parallel delivery streams: one per {@link #MAX_PARALLEL} engineers (at most three), since a phase goes no faster
     * beyond that many hands but a second group can build another phase at the same time. Each phase joins the stream
     * that is free first and follows that stream's last phase.
     */
    private static final class Streams {
        final String[] last;
        final int[] end;

        Streams(int teamSize, String after, int startWeek) {
            int n = Math.max(1, Math.min(3, teamSize / MAX_PARALLEL));
            last = new String[n];
            end = new int[n];
            java.util.Arrays.fill(last, after);
            java.util.Arrays.fill(end, startWeek);
        }

        int earliest() {
            int best = 0;
            for (int i = 1; i < end.length; i++) {
                if (end[i] < end[best]) {
                    best = i;
                }
            }
            return best;
        }

        void append(int stream, String id, int weeks) {
            last[stream] = id;
            end[stream] += weeks;
        }

        List<String> lastOfEach() {
            return java.util.Arrays.stream(last).distinct().toList();
        }
    }

    private static Optional<Deadline> due(Capability c, List<Deadline> deadlines) {
        return deadlines.stream().filter(d -> Words.of(d.goal()).contains(c.name())).findFirst();
    }

    /** Adds a wave of capabilities and returns its length in weeks. */
    private static int wave(List<RoadmapPhase> phases, String id, String name, List<Capability> caps, Workload w, String after,
                            boolean migrate, List<Deadline> deadlines, int startWeek) {
        int weeks = Math.min(52, weeks((double) caps.size() * WEEKS_PER_CAPABILITY, w.teamSize()));
        List<String> names = caps.stream().map(Capability::name).toList();
        List<String> exit = new ArrayList<>(List.of("Each capability passes its contract tests and meets its SLOs in production for two weeks"));
        int end = startWeek + weeks;
        caps.stream().map(c -> due(c, deadlines)).flatMap(Optional::stream).distinct().forEach(d -> exit.add("Live by week "
                + d.weeks() + " as the goal '" + d.goal() + "' requires"
                + (end > d.weeks() ? " (this plan reaches week " + end + ": add people or cut scope)" : "")));
        phases.add(new RoadmapPhase(id, name, (migrate ? "Move " : "Deliver ") + String.join(", ", names), weeks,
                names.stream().map(n -> Names.capitalise(n) + (migrate ? " served by the new system" : " in production")).toList(),
                exit, List.of(after)));
        return weeks;
    }
}
