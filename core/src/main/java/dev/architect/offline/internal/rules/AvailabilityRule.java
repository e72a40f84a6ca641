package dev.architect.offline.internal.rules;

import dev.architect.dossier.Consequence;
import dev.architect.dossier.ContainerKind;
import dev.architect.dossier.DecisionTopic;
import dev.architect.internal.Numbers;
import dev.architect.offline.internal.catalog.Fact;
import dev.architect.offline.internal.catalog.Facts;
import dev.architect.offline.internal.catalog.Shapes;
import java.util.List;

/** Availability and disaster recovery: single zone, multi-zone or multi-region from the target, RPO and RTO. */
public final class AvailabilityRule extends SectionRule {

    public AvailabilityRule() {
        super("availability", ContainerKind.SERVICE, ContainerKind.DATABASE, ContainerKind.FUNCTION, ContainerKind.CACHE,
                ContainerKind.MESSAGE_BROKER);
    }

    @Override
    public DecisionTopic topic() {
        return DecisionTopic.AVAILABILITY;
    }

    @Override
    List<Fact> extraDrivers() {
        return List.of(Fact.RPO_MINUTES);
    }

    /** Personal data pinned to home regions: each region's database holds its own residents' records and no copy of another's. */
    private static boolean pinned(Choice choice) {
        Facts f = choice.facts();
        return Shapes.of(Shapes.Availability.class, choice.shape()) == Shapes.Availability.MULTI_REGION && f.has(Fact.HOME_REGION_PINNING) && f.flag(Fact.HOME_REGION_PINNING);
    }

    @Override
    public java.util.Optional<String> strengthAsApplied(Choice choice) {
        return pinned(choice) ? java.util.Optional.of("losing a whole region stops service only for the people homed there, while the other "
                + "regions keep serving theirs; within a region a zone loss fails over to the standby") : java.util.Optional.empty();
    }

    @Override
    public java.util.Optional<String> summaryAsApplied(Choice choice) {
        return pinned(choice) ? java.util.Optional.of("Each region runs the application beside its own database (primary and standby) for the "
                + "people homed there, with no cross-region copy of the database since personal data is pinned to each person's home region; "
                + "DNS or a global load balancer sends each person to their home region; the regional restore is rehearsed")
                : java.util.Optional.empty();
    }

    @Override
    public java.util.Optional<String> pricePaid(Choice choice) {
        return pinned(choice) ? java.util.Optional.of("each region's database holds only the records of the people homed there, so losing a "
                + "region leaves its residents' records unavailable until it recovers or its backups are restored in the same jurisdiction: "
                + "no other region holds a copy to fail over to") : java.util.Optional.empty();
    }

    /**
     * Pinned regions hold no copy of one another's data, so the ADR's title and option never promise a regional failover;
     * other multi-region layouts are titled as these targets run them, not as the catalogue's "either" option.
     */
    @Override
    public String title(Choice choice) {
        if (pinned(choice)) {
            return "Run each region for its own residents, none holding a copy of another's data";
        }
        return switch (mode(choice)) {
            case ACTIVE_ACTIVE -> "Run in several regions, every region serving (active-active)";
            case WARM_STANDBY -> "Run in several regions, one serving and a warm standby";
            case PILOT_LIGHT -> "Run in several regions, one serving and a pilot light in the others";
            case ONE_REGION, HOME_REGIONS -> super.title(choice);
        };
    }

    @Override
    public java.util.Optional<String> nameAsApplied(Choice choice) {
        if (pinned(choice)) {
            return java.util.Optional.of("Multi-region, each region serving its own residents from its own database");
        }
        // The catalogue's option covers every multi-region layout; the ADR names the one these targets call for.
        return switch (mode(choice)) {
            case ACTIVE_ACTIVE -> java.util.Optional.of("Multi-region, every region serving (active-active)");
            case WARM_STANDBY -> java.util.Optional.of("Multi-region, one region serving and a warm standby");
            case PILOT_LIGHT -> java.util.Optional.of("Multi-region, one region serving and a pilot light (data only) in the others");
            case ONE_REGION, HOME_REGIONS -> java.util.Optional.empty();
        };
    }

    /** How the regions run for these facts: the same mode the cost and the runbook use. */
    private static RegionMode mode(Choice choice) {
        Facts f = choice.facts();
        return RegionMode.of(regions(choice), f.number(Fact.AVAILABILITY), f.number(Fact.RTO_MINUTES), f.number(Fact.RPO_MINUTES),
                singleWriter(f), pinned(choice));
    }

    private static int regions(Choice choice) {
        Facts f = choice.facts();
        boolean multiRegion = Shapes.of(Shapes.Availability.class, choice.shape()) == Shapes.Availability.MULTI_REGION;
        return multiRegion ? (int) Math.max(2, f.has(Fact.REGIONS) ? f.number(Fact.REGIONS) : 2) : 1;
    }

    /** Whether the datastore decision chose a store that takes every write on one primary. */
    private static boolean singleWriter(Facts f) {
        return f.has(Fact.SINGLE_PRIMARY) && f.flag(Fact.SINGLE_PRIMARY);
    }

    /** Whether the targets alone would have every region serve, but the single-writer store and the RPO of 0 keep one writer. */
    private static boolean oneWriterForRpo(Choice choice) {
        Facts f = choice.facts();
        return RegionMode.oneWriterForRpo(regions(choice), f.number(Fact.AVAILABILITY), f.number(Fact.RTO_MINUTES),
                f.number(Fact.RPO_MINUTES), singleWriter(f), pinned(choice));
    }

    /**
     * Whether a design keeps one writing region only because its single-writer store cannot commit in every region with an
     * RPO of 0: the regional failover then trades the RPO of 0 across regions, and the requirements ask the owner about it.
     *
     * @param a the design
     * @return true when the store, not the targets, decided one writing region
     */
    public static boolean rpoTradedAcrossRegions(Architecture a) {
        return a.find(DecisionTopic.AVAILABILITY).map(AvailabilityRule::oneWriterForRpo).orElse(false);
    }

    @Override
    public List<Consequence> extraConsequences(Choice choice) {
        Facts f = choice.facts();
        double budgetMinutes = (100 - f.number(Fact.AVAILABILITY)) / 100 * 30 * 24 * 60;
        String rto = Numbers.format(f.number(Fact.RTO_MINUTES)) + "-minute RTO";
        RegionMode mode = mode(choice);
        // What the month's allowance means against the recovery time: how many full-length recoveries it covers.
        double rtoMinutes = f.number(Fact.RTO_MINUTES);
        String drill = mode == RegionMode.HOME_REGIONS ? "a zone failover in each region is drilled" : "failover is drilled";
        String allowance = rtoMinutes > budgetMinutes
                ? "; one recovery that ran the full " + rto + " would spend more than that, so " + drill + " to show recovery well inside it"
                : rtoMinutes * 3 > budgetMinutes
                ? "; two or three recoveries at the full " + rto + " would spend it, so " + drill + " to prove the " + rto + " and any slower step is fixed first"
                : "; that covers several recoveries at the full " + rto + ", so " + drill + " once a quarter to keep the " + rto + " true";
        Consequence budget = new Consequence(dev.architect.dossier.ConsequenceKind.NEUTRAL,
                "The " + Numbers.format(f.number(Fact.AVAILABILITY)) + "% target allows " + Numbers.format(budgetMinutes)
                        + " minutes of downtime in a 30-day month" + allowance);
        String target = Numbers.format(f.number(Fact.AVAILABILITY)) + "% target and " + rto;
        return switch (mode) {
            case ONE_REGION -> List.of(budget);
            // The request lists the regions; the target and RTO decide how the second one runs.
            case HOME_REGIONS -> List.of(budget, new Consequence(dev.architect.dossier.ConsequenceKind.NEUTRAL, "Personal data is pinned to "
                    + "each person's home region, so each region runs its own primary and standby for the people homed there and no "
                    + "cross-region copy of the database exists; a database fails over to its standby within its region, and when a whole "
                    + "region is lost the others keep serving their own residents"));
            case ACTIVE_ACTIVE -> List.of(budget, new Consequence(dev.architect.dossier.ConsequenceKind.NEUTRAL,
                    "All regions serve traffic and take writes (active-active): the " + target + " leave no time to promote a standby"));
            case WARM_STANDBY -> oneWriterForRpo(choice) ? withFarUsers(f, mode, List.of(budget, new Consequence(
                    dev.architect.dossier.ConsequenceKind.BAD, "One region takes every write and the others stand by: the primary "
                            + "store has one writer, whose synchronous standby in another zone holds the RPO of 0 inside that region, "
                            + "while the copy in the other regions is asynchronous. Regions that all took writes would conflict and "
                            + "still lose their last seconds of writes with a region, so losing the writing region can lose the last "
                            + "seconds of writes: the RPO of 0 holds within a region and cannot be met across regions (the trade), and promoting the "
                            + "standby region spends part of the " + target + ". A store that commits each write in several regions "
                            + "(distributed SQL) would keep the RPO of 0 across regions, at the inter-region round trip on every write")))
                    : withFarUsers(f, mode, List.of(budget, new Consequence(dev.architect.dossier.ConsequenceKind.NEUTRAL,
                    "The second region runs as a warm standby with replicated data: the " + target
                            + " leave time to promote it, at less cost than serving from both")));
            case PILOT_LIGHT -> withFarUsers(f, mode, List.of(budget, new Consequence(dev.architect.dossier.ConsequenceKind.NEUTRAL,
                    "The other regions hold replicated data and backups only (pilot light), and compute starts there on failover: the "
                            + target + " leave time to start it, at less cost than a warm standby")));
        };
    }

    /**
     * Whether users on other continents reach one serving region under a latency target: the regions run so that one
     * serves while the others wait, the users are spread over continents and a p99 is stated. The ADR names the trade
     * and the requirements ask the budget holder about it, on this one condition.
     *
     * @param f the request's facts
     * @param mode how the regions run
     * @return true when far users cross an ocean for every uncached request against a stated p99
     */
    public static boolean farUsersWaitOnOneRegion(Facts f, RegionMode mode) {
        return (mode == RegionMode.WARM_STANDBY || mode == RegionMode.PILOT_LIGHT) && f.flag(Fact.AUDIENCE_GLOBAL) && f.has(Fact.P99_MS);
    }

    /**
     * One region serves everyone while the others wait: users spread over several continents with a latency target reach
     * the first region for every request an edge cache does not answer, so the ADR says what they trade for the cheaper
     * standby (and what would give it back).
     */
    private static List<Consequence> withFarUsers(Facts f, RegionMode mode, List<Consequence> consequences) {
        if (!farUsersWaitOnOneRegion(f, mode)) {
            return consequences;
        }
        List<Consequence> all = new java.util.ArrayList<>(consequences);
        all.add(new Consequence(dev.architect.dossier.ConsequenceKind.BAD, "The first region serves every user while the standby "
                + "serves none, so users on other continents cross an ocean for each request an edge cache does not answer (uncached "
                + "downloads, anything personalised per request): the " + Numbers.format(f.number(Fact.P99_MS)) + " ms p99 holds for them "
                + "only on cached responses; serving each continent from its nearest region is the active-active layout, at the cost of "
                + "running both regions at full size"));
        return List.copyOf(all);
    }
}
