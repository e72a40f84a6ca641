package dev.architect.offline.internal.design;

import dev.architect.dossier.OpenQuestion;
import dev.architect.dossier.Risk;
import dev.architect.dossier.RiskStatus;
import dev.architect.dossier.RoadmapPhase;
import dev.architect.figures.Workload;
import dev.architect.internal.Numbers;
import dev.architect.offline.internal.catalog.Words;
import dev.architect.offline.internal.design.Topology.Capability;
import dev.architect.offline.internal.design.Topology.External;
import dev.architect.offline.internal.design.Topology.Placement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Delivery phases sized by scope: the platform first, then a phase per recognised archetype (its effort from the
 * archetype catalogue plus the integrations it talks to), the remaining capabilities in waves, the other integrations,
 * then hardening against the targets (with each regime's evidence work and its assessor's or validator's own weeks,
 * from delivery.yaml); a redesign adds the routing layer up front and the decommissioning at the end. Every length,
 * the fixed phases' too, is effort divided by the people who can work on it at once, so it grows with the work and
 * shrinks with the team. A goal with a deadline ("partner API in 6 months") moves the phase it names
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
    /** The efforts of the fixed phases and what each regime adds to hardening (delivery.yaml). */
    private static final DeliveryFigures FIGURES = DeliveryFigures.standard();

    private static final Pattern DEADLINE = Pattern.compile("\\b(?:in|within|by|under)\\s+(\\d{1,2})\\s+(weeks?|months?)\\b");

    private RoadmapBuilder() {
    }

    /**
     * A deadline, in weeks from the start: a goal's "in 6 months", or a calendar date a goal, constraint or the
     * description states ("live by 2027-04-15"), counted from the date of the consultation.
     *
     * @param goal the text that states it, as written: the goal, the constraint or the description's sentence
     * @param weeks whole weeks from the start by which it must be live
     * @param source where it is stated
     * @param dated the calendar date and the day the weeks are counted from, when a date sets it
     */
    record Deadline(String goal, int weeks, StatedDates.Source source, Optional<Dated> dated) {

        /** A goal's deadline stated as a duration ("in 6 months"). */
        Deadline(String goal, int weeks) {
            this(goal, weeks, StatedDates.Source.GOAL, Optional.empty());
        }

        /** A calendar date and the consultation's date the weeks to it are counted from. */
        record Dated(java.time.LocalDate date, java.time.LocalDate today) {
        }

        /** Where it is stated, quoted: "the goal 'live by 2027-04-15'". */
        String cited() {
            return source.cite(goal);
        }

        /** The week it falls in, with its date when a date sets it: "week 19 (2027-04-15)". */
        String week() {
            return "week " + weeks + dated.map(d -> " (" + d.date() + ")").orElse("");
        }

        /** How the weeks were counted, for a date: " Weeks count from 2026-12-02, the date of this consultation." */
        String basis() {
            return dated.map(d -> ". Weeks count from " + d.today() + ", the date of this consultation").orElse("");
        }
    }

    /**
     * Every deadline a request sets: the goals' durations ("in 6 months") and the dates its goals, constraints and
     * description state (a goal with both keeps its date), read against the consultation's date.
     */
    static List<Deadline> deadlines(List<String> goals, StatedDates.Read dates) {
        List<Deadline> all = new ArrayList<>(dates.deadlines());
        goals.stream().map(RoadmapBuilder::deadline).flatMap(Optional::stream)
                .filter(d -> all.stream().noneMatch(x -> x.goal().equals(d.goal().strip())))
                .forEach(all::add);
        return all;
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
     * The least share of the catalogue's effort a small system takes: the mechanism is built all the same, only its
     * scaling work (about a quarter: partitioning, capacity tests, tuning rounds) shrinks away.
     */
    static final double MIN_SCALE = 0.75;

    /**
     * More load means more work for the same mechanism (sharding, load tests, tuning): half as much again for every
     * tenfold above 1,000 requests/s, and as much less for every tenfold below it, down to {@link #MIN_SCALE}: a
     * booking system for 30 requests/s needs no partitioning, capacity tests or tuning rounds of a national one.
     */
    static double scaleFactor(double peakRps) {
        return Math.max(MIN_SCALE, 1 + 0.5 * Math.log10(Math.max(1, peakRps) / 1000));
    }

    private static int weeks(double personWeeks, int teamSize) {
        return weeks(personWeeks, teamSize, MAX_PARALLEL);
    }

    /**
     * Calendar weeks for an effort: person-weeks over the people who can work on it at once (the team, at most
     * {@code maxParallel}), at least 2 and at most a year. The same work takes a team of 2 longer than a team of 10.
     */
    static int weeks(double personWeeks, int teamSize, int maxParallel) {
        int people = Math.max(1, Math.min(teamSize, maxParallel));
        return Math.max(2, Math.min(52, (int) Math.ceil(personWeeks / people - 1e-9)));
    }

    /**
     * Hardening's calendar weeks: the load, failover and security work (scaled by load) and each regime's evidence work,
     * shared by the team, then the assessors' own weeks (run at the same time for several regimes; the longest counts),
     * which no team size shortens: a validated or audited system never hardens faster than its assessment.
     */
    static int hardeningWeeks(Workload w, Topology t) {
        List<DeliveryFigures.RegimeWork> regimes = regimeWork(w, t).stream().map(DeliveryFigures.Chosen::work).toList();
        double effort = FIGURES.hardening().personWeeks() * scaleFactor(w.peakRps())
                + regimes.stream().mapToDouble(DeliveryFigures.RegimeWork::personWeeks).sum();
        int assessors = regimes.stream().mapToInt(DeliveryFigures.RegimeWork::assessorWeeks).max().orElse(0);
        return weeks(effort, w.teamSize(), FIGURES.hardening().maxParallel()) + assessors;
    }

    /**
     * The work each of the request's regimes adds to this design: the row for the compliance option the design chose
     * (hosted payment fields need a self-assessment, an own card vault a Report on Compliance), unless a volume the
     * request states sets it whatever the design.
     */
    static List<DeliveryFigures.Chosen> regimeWork(Workload w, Topology t) {
        return FIGURES.work(w.compliance(), t.complianceShapes, t.stated.volumes(), t.said);
    }

    /** An archetype's phase before it is placed: its effort, deliverables and the integrations it takes in. */
    private record Planned(String id, String name, String goal, double personWeeks, int maxParallel, List<String> deliverables,
                           List<String> exit, Optional<Deadline> deadline) {
    }

    /**
     * The data migration's effort: its archetype's base, then the mapping and reconciliation of each capability moved and
     * the load runs of each terabyte (delivery.yaml); the system's load does not make a migration bigger. For 5
     * capabilities and 800 GB: 10 + 5 x 2 + 0.8 x 2 = 21.6 person-weeks.
     */
    static double dataMigrationPersonWeeks(double basePersonWeeks, int capabilities, double initialGb) {
        var m = FIGURES.dataMigration();
        return basePersonWeeks + capabilities * m.perCapabilityPersonWeeks() + initialGb / 1000 * m.perTerabytePersonWeeks();
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

    /**
     * The phases, the question a launch date raises for the product owner (what moved after it, or what gives) and the
     * risk that names the same, so a capability moved past the launch is never moved silently.
     */
    record Plan(List<RoadmapPhase> phases, Optional<OpenQuestion> launchQuestion, Optional<Risk> launchRisk, Optional<String> lateWarning) {

        Plan(List<RoadmapPhase> phases) {
            this(phases, Optional.empty(), Optional.empty(), Optional.empty());
        }

        /** The plan with checks the hardening must also pass before the release (the targets the request states). */
        Plan withChecks(List<String> checks) {
            List<RoadmapPhase> out = new ArrayList<>(phases);
            RoadmapPhase h = find(out, "phase-hardening");
            if (h == null || checks.isEmpty()) {
                return this;
            }
            List<String> exit = new ArrayList<>(h.exitCriteria());
            exit.addAll(checks);
            out.set(out.indexOf(h), new RoadmapPhase(h.id(), h.name(), h.goal(), h.durationWeeks(), h.deliverables(), exit, h.dependsOn()));
            return new Plan(out, launchQuestion, launchRisk, lateWarning);
        }
    }

    /**
     * Lays out the plan; with a launch date it cuts the first release step by step until the launch holds: nothing moved,
     * then the last wave of capabilities (when no goal or regime asks for it), then every capability no goal or regime
     * asks for (unless that is every capability the request lists). The first step that holds the date wins, else the
     * deepest cut, and the plan says how late it still is.
     */
    static Plan build(Workload w, Topology t, List<String> goals, List<Deadline> deadlines) {
        Optional<Deadline> launch = deadlines.stream().filter(d -> launchDeadline(d, t)).min(java.util.Comparator.comparingInt(Deadline::weeks));
        List<Capability> caps = waveOrder(w, t, goals, deadlines);
        List<Capability> lastWave = caps.subList((caps.size() + 1) / 2, caps.size());
        List<List<Capability>> cuts = new ArrayList<>(List.of(List.of()));
        if (!lastWave.isEmpty() && lastWave.stream().noneMatch(c -> essential(c, w, goals))) {
            cuts.add(List.copyOf(lastWave));
        }
        List<Capability> optional = caps.stream().filter(c -> !essential(c, w, goals) && due(c, deadlines).isEmpty()).toList();
        // A first release without one capability the request lists is no release: such a cut is never offered, and the
        // date that would need it is named as missed instead.
        if (!optional.isEmpty() && optional.size() < t.capabilities.size() && !cuts.get(cuts.size() - 1).equals(optional)) {
            cuts.add(optional);
        }
        List<RoadmapPhase> phases = layout(w, t, deadlines, caps, List.of());
        List<Capability> moved = List.of();
        if (launch.isPresent()) {
            for (List<Capability> cut : cuts) {
                phases = layout(w, t, deadlines, caps, cut);
                moved = cut;
                if (end(phases, "phase-hardening") <= launch.get().weeks()) {
                    break;
                }
            }
        }
        if (launch.isEmpty()) {
            return new Plan(phases);
        }
        return fitLaunch(phases, launch.get(), moved, w);
    }

    /**
     * Capabilities no archetype designs, in the order they are built: those a deadline names first, then those a goal or
     * a compliance regime asks for, then the rest in the request's order: the last are what a first release held to a
     * launch date can do without.
     */
    private static List<Capability> waveOrder(Workload w, Topology t, List<String> goals, List<Deadline> deadlines) {
        List<Capability> caps = new ArrayList<>(t.capabilities.stream().filter(c -> !c.designedByArchetype())
                .filter(c -> due(c, deadlines).isPresent()).toList());
        t.capabilities.stream().filter(c -> !c.designedByArchetype() && !caps.contains(c) && essential(c, w, goals)).forEach(caps::add);
        t.capabilities.stream().filter(c -> !c.designedByArchetype() && !caps.contains(c)).forEach(caps::add);
        return caps;
    }

    /** The phases with the capabilities in {@code deferred} after the first release. */
    private static List<RoadmapPhase> layout(Workload w, Topology t, List<Deadline> deadlines, List<Capability> caps, List<Capability> deferred) {
        List<RoadmapPhase> phases = new ArrayList<>();
        phases.add(new RoadmapPhase("phase-1", "Foundation", "A walking skeleton in production",
                weeks(FIGURES.foundation().personWeeks(), w.teamSize(), FIGURES.foundation().maxParallel()),
                List.of("Infrastructure as code for staging and production", "CI/CD pipeline", "Sign-in", "Observability and SLO dashboards"),
                List.of("A trivial change reaches production through the pipeline in under an hour", "Sign-in works end to end"), List.of()));
        String last = "phase-1";
        if (t.legacy) {
            phases.add(new RoadmapPhase("phase-routing", "Routing layer", "All traffic flows through the new entry point",
                    weeks(FIGURES.routing().personWeeks(), w.teamSize(), FIGURES.routing().maxParallel()),
                    List.of("Routing in front of the existing system, every capability still served by it", "Read access to the existing database's change log for the data migration"),
                    List.of("100% of traffic passes the routing layer with no added errors"), List.of(last)));
            last = "phase-routing";
        }

        List<External> taken = new ArrayList<>();
        List<Planned> planned = new ArrayList<>();
        for (Placement p : t.placements) {
            var phase = p.archetype().phase();
            List<External> own = t.externals.stream().filter(e -> p.externals().containsValue(e.id())).toList();
            taken.addAll(own);
            List<String> deliverables = new ArrayList<>(phase.deliverables().stream().map(t::withChosen).toList());
            own.forEach(e -> deliverables.add("Integration with " + e.name()));
            // A date for leaving the old system ("off the mainframe in 18 months") is the switch-off's, not the data load's.
            Optional<Deadline> due = replacement(p) ? Optional.empty() : deadlines.stream()
                    .filter(d -> Words.of(d.goal()).containsAny(p.archetype().phrases())).findFirst();
            double effort = replacement(p)
                    ? dataMigrationPersonWeeks(phase.personWeeks(), t.capabilities.size(), w.initialGb())
                    : phase.personWeeks() * scaleFactor(w.peakRps());
            planned.add(new Planned("phase-" + p.archetype().id(), phase.name(), p.archetype().requirement(),
                    effort + own.size() * WEEKS_PER_INTEGRATION, replacement(p) ? FIGURES.dataMigration().maxParallel() : MAX_PARALLEL,
                    deliverables, phase.exitCriteria(), due));
        }
        // What a deadline names comes first, earliest deadline first; the rest keep catalogue order.
        List<Planned> ordered = new ArrayList<>(planned.stream().filter(x -> x.deadline().isPresent())
                .sorted(java.util.Comparator.comparingInt(x -> x.deadline().get().weeks())).toList());
        // The data migration comes before the capabilities that move onto the data it loads.
        planned.stream().filter(x -> x.deadline().isEmpty() && x.id().equals(REPLACEMENT_PHASE)).forEach(ordered::add);
        planned.stream().filter(x -> x.deadline().isEmpty() && !ordered.contains(x)).forEach(ordered::add);

        Streams streams = new Streams(w.teamSize(), last, phases.stream().mapToInt(RoadmapPhase::durationWeeks).sum());
        for (Planned x : ordered) {
            int length = weeks(x.personWeeks(), w.teamSize(), x.maxParallel());
            int stream = streams.earliest();
            last = streams.last[stream];
            int end = streams.end[stream] + length;
            streams.append(stream, x.id(), length);
            List<String> exit = new ArrayList<>(x.exit());
            x.deadline().ifPresent(d -> exit.add(dueBy("this phase", Milestone.LIVE, d, end)));
            if (exit.isEmpty()) {
                exit.add("Passes its contract tests and meets its SLOs in production for two weeks");
            }
            phases.add(new RoadmapPhase(x.id(), x.name(), x.goal(), length, x.deliverables(), exit, List.of(last)));
        }

        // With nothing deferred the capabilities come in two waves; a first release cut to its launch builds what it keeps
        // in one wave and the rest after the launch.
        List<Capability> kept = caps.stream().filter(c -> !deferred.contains(c)).toList();
        int firstWave = deferred.isEmpty() ? (kept.size() + 1) / 2 : kept.size();
        if (!kept.isEmpty()) {
            String wave1 = t.placements.isEmpty() ? "First capabilities" : "Other capabilities";
            int stream = streams.earliest();
            streams.append(stream, "phase-2", wave(phases, "phase-2", wave1, kept.subList(0, firstWave), w, streams.last[stream], t.legacy,
                    deadlines, streams.end[stream]));
            if (kept.size() > firstWave) {
                stream = streams.earliest();
                streams.append(stream, "phase-3", wave(phases, "phase-3", "Remaining capabilities", kept.subList(firstWave, kept.size()), w,
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
                t.regionMode == dev.architect.offline.internal.rules.RegionMode.HOME_REGIONS
                        // no region holds a copy of another's data: a zone failover in each region, and a region's restore
                        ? "A zone failover drill in each region restores service within the " + w.rtoMinutes() + "-minute RTO, losing under "
                                + w.rpoMinutes() + " minutes of data; a lost region's restore from its own jurisdiction's backups is rehearsed and timed"
                        : "A failover drill restores service within the " + w.rtoMinutes() + "-minute RTO, losing under " + w.rpoMinutes() + " minutes of data"));
        // What "done" means differs by assurance: a validated system is signed off, a privacy assessment is written.
        List<DeliveryFigures.Chosen> regimeWork = regimeWork(w, t);
        w.compliance().forEach(r -> exit.add(r.label() + switch (regimeWork.stream().filter(x -> x.work().regime() == r).findFirst()
                .map(x -> x.work().assurance()).orElse(DeliveryFigures.Assurance.AUDIT)) {
            case VALIDATION -> " validation executed against its traceability matrix and signed off by quality assurance";
            case PRIVACY -> " assessment written and its actions closed";
            case SELF_ASSESSMENT -> " self-assessment questionnaire answered and its attestation of compliance signed";
            case AUDIT -> " controls evidenced and reviewed by the assessor";
        }));
        List<String> hardening = new ArrayList<>(List.of("Load and failover tests", "Security review and penetration test", "Runbooks"));
        regimeWork.forEach(r -> hardening.add(Names.capitalise(r.work().regime().label() + ": " + r.work().work()
                + r.because().map(b -> ", since " + b).orElse(""))));
        phases.add(new RoadmapPhase("phase-hardening", "Hardening", "Proven against the targets", hardeningWeeks(w, t),
                hardening, exit, streams.lastOfEach()));
        if (!deferred.isEmpty()) {
            String id = kept.isEmpty() ? "phase-2" : "phase-3";
            int weeks = weeks(deferred.size() * WEEKS_PER_CAPABILITY * scaleFactor(w.peakRps()), w.teamSize());
            List<String> names = deferred.stream().map(Capability::name).toList();
            phases.add(new RoadmapPhase(id, "After launch: remaining capabilities", (t.legacy ? "Move " : "Deliver ") + String.join(", ", names)
                    + ", after the first release", weeks,
                    names.stream().map(n -> Names.capitalise(n) + (t.legacy ? " served by the new system" : " in production")).toList(),
                    List.of("Each capability passes its contract tests and meets its SLOs in production for two weeks"), List.of("phase-hardening")));
        }
        if (t.legacy) {
            migrationPhases(phases, w, t, deadlines, deferred.isEmpty() ? "phase-hardening" : phases.get(phases.size() - 1).id());
        }
        return phases;
    }

    /** The id of the data migration phase the replacement archetype brings. */
    private static final String REPLACEMENT_PHASE = "phase-" + dev.architect.offline.internal.archetype.Archetypes.standard().replacement();

    private static boolean replacement(Placement p) {
        return ("phase-" + p.archetype().id()).equals(REPLACEMENT_PHASE);
    }

    /** Whether money moves through the system: then the parallel run covers more business cycles (month-end closes). */
    static boolean moneyMoves(Workload w, Topology t) {
        return t.capabilities.stream().anyMatch(c -> c.is(dev.architect.offline.internal.catalog.ResourceFlow.PAYMENT))
                || t.placements.stream().anyMatch(p -> p.archetype().direction() != null)
                || w.compliance().contains(dev.architect.request.ComplianceRegime.PCI_DSS) || w.compliance().contains(dev.architect.request.ComplianceRegime.SOX);
    }

    /**
     * Leaving the running system after hardening: a parallel run of whole business cycles, the cutover in the stated (or
     * assumed) window with its go/no-go and rollback, then the switch-off once the rollback window has closed. A date the
     * request sets for leaving the old system is the switch-off's exit criterion.
     */
    private static void migrationPhases(List<RoadmapPhase> phases, Workload w, Topology t, List<Deadline> deadlines, String after) {
        boolean money = moneyMoves(w, t);
        int parallelWeeks = FIGURES.parallelRun().weeks(money);
        int cycles = parallelWeeks / FIGURES.parallelRun().cycleWeeks();
        String caps = Names.list(t.capabilities.stream().map(Capability::name).toList());
        phases.add(new RoadmapPhase("phase-parallel-run", "Parallel run", "Both systems process the same business for " + parallelWeeks
                + " weeks and reconcile within the agreed tolerance, the existing system still the system of record", parallelWeeks,
                List.of("The new system processes every business day's " + caps + " beside the existing one, its side effects (emails, payments, partner calls) suppressed",
                        "A reconciliation report per business day: record counts, control totals and sampled records compared, differences worked to a cause",
                        "A tolerance for each report agreed with the business owner before the run starts",
                        cycles + (cycles == 1 ? " whole business cycle" : " whole business cycles") + " of " + FIGURES.parallelRun().cycleWeeks() + " weeks"
                                + (money ? ", so " + cycles + " month-end closes reconcile, since money moves through " + t.systemName : "")),
                List.of("The last " + FIGURES.parallelRun().cycleWeeks() + " weeks of reports within tolerance with no open difference",
                        "The business owner signs the parallel run off"), List.of(after)));
        var cut = FIGURES.cutover();
        String window = t.statedWindow.map(x -> "the window the request states (\"" + x + "\")").orElse(cut.assumedWindow());
        int cutoverWeeks = weeks(cut.personWeeks(), w.teamSize(), cut.maxParallel()) + cut.hypercareWeeks();
        phases.add(new RoadmapPhase("phase-cutover", "Cutover", "The new system becomes the system of record in one rehearsed window, with a way back",
                cutoverWeeks,
                List.of("Two timed dress rehearsals of the cutover on a production copy",
                        "Cutover in " + window + ": writes to the existing system frozen, the final delta loaded and reconciled, then traffic switched",
                        "A go/no-go checklist decided item by item by its owners at a set time inside the window",
                        "Rollback plan: the new system's writes replicated back to the existing system under their old keys for "
                                + cut.rollbackWindowDays() + " days, so going back loses nothing written after the cutover",
                        cut.hypercareWeeks() + " weeks of hypercare with the old system ready to reopen"),
                List.of("Every go/no-go item GO and all traffic on the new system inside the window",
                        "The final reconciliation within tolerance and signed off"), List.of("phase-parallel-run")));
        List<String> exit = new ArrayList<>(List.of("No request routed to the existing system and no rollback for " + cut.rollbackWindowDays() + " days",
                "Old data archived under its retention and access to the old system revoked"));
        RoadmapPhase cutover = phases.get(phases.size() - 1);
        // The old system stays until the rollback window has closed, however quickly it could be switched off.
        int decommissionWeeks = Math.max((int) Math.ceil(cut.rollbackWindowDays() / 7.0),
                weeks(FIGURES.decommission().personWeeks(), w.teamSize(), FIGURES.decommission().maxParallel()));
        phases.add(new RoadmapPhase("phase-decommission", "Decommission", "The existing system is switched off", decommissionWeeks,
                List.of("Reverse replication stopped once the " + cut.rollbackWindowDays() + "-day rollback window closes", "Final data reconciliation",
                        "Archive of the old data", "The old system's licences, hosting and support contracts ended"),
                exit, List.of(cutover.id())));
        int end = end(phases, "phase-decommission");
        phases.stream().filter(p -> p.id().equals(REPLACEMENT_PHASE)).findFirst().ifPresent(data -> deadlines.stream()
                .filter(d -> t.placements.stream().filter(RoadmapBuilder::replacement).anyMatch(p -> Words.of(d.goal()).containsAny(p.archetype().phrases())))
                .findFirst().ifPresent(d -> {
                    RoadmapPhase last = phases.remove(phases.size() - 1);
                    List<String> withDate = new ArrayList<>(last.exitCriteria());
                    withDate.add(dueBy("the switch-off", Milestone.DONE, d, end));
                    phases.add(new RoadmapPhase(last.id(), last.name(), last.goal(), last.durationWeeks(), last.deliverables(), withDate, last.dependsOn()));
                }));
    }

    /** What a date asks of its subject: a phase or release goes live, a switch-off is done. */
    enum Milestone {
        LIVE("is live by"),
        DONE("is done by");

        private final String verb;

        Milestone(String verb) {
            this.verb = verb;
        }
    }

    /**
     * An exit criterion for a date a goal sets: "This phase is live by week 13, as the goal '...' requires" (or "the
     * switch-off is done by ...") when the plan holds it, else one sentence that says what the goal asks and how late
     * the plan is (never "is live by" beside "late").
     *
     * @param subject what the date is for: "this phase", "the first release", "the switch-off"
     * @param milestone what the date asks of it
     */
    private static String dueBy(String subject, Milestone milestone, Deadline d, int end) {
        if (end <= d.weeks()) {
            return Names.capitalise(subject) + " " + milestone.verb + " " + d.week() + ", as " + d.cited() + " requires";
        }
        int late = end - d.weeks();
        return Names.capitalise(d.cited()) + " asks for " + subject + " by " + d.week() + "; this plan reaches week " + end + ", "
                + late + (late == 1 ? " week" : " weeks") + " late: add people, or cut scope";
    }

    /**
     * A capability a goal names or a compliance regime requires, or the one the request names first (what the system
     * exists for): a first release keeps it, so a launch cut never moves it after the launch.
     */
    private static boolean essential(Capability c, Workload w, List<String> goals) {
        return w.capabilities().indexOf(c.name()) == 0
                || goals.stream().anyMatch(g -> Words.of(g).contains(c.name()))
                || RequirementsBuilder.regulatedIds(w).contains(RequirementsBuilder.requirementId(c));
    }

    /** A deadline for the whole first release ("launch in 3 months"): it names no capability and no archetype. */
    private static boolean launchDeadline(Deadline d, Topology t) {
        Words goal = Words.of(d.goal());
        return t.capabilities.stream().noneMatch(c -> goal.contains(c.name()))
                && t.placements.stream().noneMatch(p -> goal.containsAny(p.archetype().phrases()));
    }

    /**
     * States the launch date in the hardening phase, whether it holds and by how much it slips if not; what moved after
     * the first release (every listed capability is a MUST) and a late plan are the product owner's call: an open
     * question asks it and a risk names it, so nothing moves silently.
     */
    private static Plan fitLaunch(List<RoadmapPhase> phases, Deadline launch, List<Capability> moved, Workload w) {
        RoadmapPhase hardening = find(phases, "phase-hardening");
        int due = launch.weeks();
        int end = end(phases, "phase-hardening");
        int late = end - due;
        List<String> exit = new ArrayList<>(hardening.exitCriteria());
        exit.add(dueBy("the first release", Milestone.LIVE, launch, end));
        phases.set(phases.indexOf(hardening), new RoadmapPhase(hardening.id(), hardening.name(), hardening.goal(),
                hardening.durationWeeks(), hardening.deliverables(), exit, hardening.dependsOn()));
        String lateText = late > 0 ? ", still " + late + (late == 1 ? " week" : " weeks") + " late" : ", in time";
        // A plan longer than the time to the launch is said where a reader of the metadata looks first, too.
        Optional<String> warning = late <= 0 ? Optional.empty() : Optional.of("The roadmap reaches week " + end + ", " + late
                + (late == 1 ? " week" : " weeks") + " after " + launch.week() + ", which " + launch.cited() + " sets" + launch.basis());
        if (!moved.isEmpty()) {
            String names = Names.list(moved.stream().map(Capability::name).toList());
            String pronoun = moved.size() == 1 ? "it" : "them";
            OpenQuestion question = new OpenQuestion("oq-launch-scope", "May " + names + " follow the first release?",
                    Names.capitalise(launch.cited()) + " puts the first release at " + launch.week() + launch.basis() + ". The plan moves " + names
                            + " after it and reaches week " + end + lateText + ". Every capability the request lists is a MUST: keeping "
                            + pronoun + " in the first release means more people or a later date",
                    List.of("Yes, after the first release", "No, add people to the team", "No, move the launch date"), "Yes, after the first release");
            Risk risk = new Risk("risk-launch-scope", "MUST capabilities planned after the launch",
                    "To release by " + launch.week() + ", as " + launch.cited() + " asks, the plan builds " + names + " after the first release, which "
                            + (late > 0 ? "still lands " + late + (late == 1 ? " week" : " weeks") + " late" : "then lands in week " + end)
                            + "; the request lists " + pronoun + " as MUST, so users may expect " + pronoun + " on day one",
                    3, moved.size() > 1 ? 4 : 3,
                    "Agree the first release's scope with the product owner before the foundation ends (open question oq-launch-scope); "
                            + "if " + pronoun + " must launch, add people or move the date now, not in hardening",
                    "Product owner", RiskStatus.OPEN, List.of(), List.of());
            return new Plan(phases, Optional.of(question), Optional.of(risk), warning);
        }
        if (late <= 0) {
            return new Plan(phases);
        }
        OpenQuestion question = new OpenQuestion("oq-launch-scope",
                "The plan reaches week " + end + " and " + launch.cited() + " " + launch.week() + ": what gives?",
                "Every phase before the launch carries a capability or mechanism the request asks for; " + late
                        + (late == 1 ? " week" : " weeks") + " must come from a smaller first release, more people or a later date",
                List.of("Cut the first release's scope", "Add people to the team", "Move the launch date"), "Move the launch date");
        Risk risk = new Risk("risk-launch-date", "The launch date does not hold",
                "The plan for a team of " + w.teamSize() + " reaches week " + end + " while " + launch.cited() + " asks for " + launch.week()
                        + ", " + late + (late == 1 ? " week" : " weeks") + " earlier" + launch.basis(),
                4, 3, "Decide with the product owner what gives (open question oq-launch-scope) before the foundation ends",
                "Product owner", RiskStatus.OPEN, List.of(), List.of());
        return new Plan(phases, Optional.of(question), Optional.of(risk), warning);
    }

    private static RoadmapPhase find(List<RoadmapPhase> phases, String id) {
        return phases.stream().filter(p -> p.id().equals(id)).findFirst().orElse(null);
    }

    /** The week a phase of a laid-out roadmap ends, if the roadmap has it. */
    static java.util.OptionalInt endWeek(List<RoadmapPhase> phases, String id) {
        return find(phases, id) == null ? java.util.OptionalInt.empty() : java.util.OptionalInt.of(end(phases, id));
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
        int weeks = weeks(caps.size() * WEEKS_PER_CAPABILITY * scaleFactor(w.peakRps()), w.teamSize());
        List<String> names = caps.stream().map(Capability::name).toList();
        List<String> exit = new ArrayList<>(List.of("Each capability passes its contract tests and meets its SLOs in production for two weeks"));
        int end = startWeek + weeks;
        caps.stream().map(c -> due(c, deadlines)).flatMap(Optional::stream).distinct().forEach(d -> exit.add(dueBy("this phase", Milestone.LIVE, d, end)));
        phases.add(new RoadmapPhase(id, name, (migrate ? "Move " : "Deliver ") + String.join(", ", names), weeks,
                names.stream().map(n -> Names.capitalise(n) + (migrate ? " served by the new system" : " in production")).toList(),
                exit, List.of(after)));
        return weeks;
    }
}
