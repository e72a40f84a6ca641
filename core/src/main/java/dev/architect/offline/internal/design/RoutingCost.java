package dev.architect.offline.internal.design;

import dev.architect.dossier.DecisionTopic;
import dev.architect.figures.Price;
import dev.architect.figures.ResourceNeed;
import dev.architect.figures.Sizing.Figure;
import dev.architect.figures.VendorPrice;
import dev.architect.internal.Numbers;
import dev.architect.offline.internal.archetype.RoutingEngines;
import dev.architect.offline.internal.catalog.Shapes;
import java.util.List;
import java.util.Optional;

/**
 * Prices what the routing decision chose for a dispatch mechanism: a routing engine of our own as memory-optimised
 * instances sized by its queries at peak (routing-engines.yaml), and the vendor calls the engine leaves (the assigned
 * trip's route) at the vendor's volume tiers; with the vendor chosen, its estimate stays a range (CostPlanner) and its
 * rate limit is checked against the peak.
 */
final class RoutingCost {

    /** The assumption on the engine's sizing. */
    static final String ENGINE = "as-routing-engine";

    private RoutingCost() {
    }

    /** The engine's instances: its queries at peak over one instance's throughput, at least two, in each region. */
    static void engine(CostPlanner cp, Topology.Part part) {
        Optional<Found> found = found(cp, part.id());
        if (found.isEmpty()) {
            return;
        }
        RoutingEngines.Engine e = found.get().engine();
        RoutingEngines.Sizing sized = e.size(jobs(cp, found.get().use()), cp.peakRatio(),
                cp.topology().countries.stream().map(dev.architect.offline.internal.catalog.Geography.Country::code).toList());
        cp.assumption(ENGINE, "The routing engine answers about " + Numbers.format(e.queriesPerSecondPerInstance()) + " queries a second per "
                + Numbers.format(e.instance().memoryGb()) + " GB instance and each instance holds the whole road graph ("
                + e.throughputSource() + "; " + e.memorySource() + ")");
        int regions = cp.regionCount();
        int total = sized.instances() * regions;
        String text = total + " instances: " + sized.basis() + (regions > 1 ? ", x " + regions + " regions" : "")
                + (sized.fits() ? "" : "; the graph needs more than 80% of an instance's memory: split it by country or take the next size up")
                + " (assumption " + ENGINE + ")";
        cp.need(ResourceNeed.flat(part.id() + "-instances", part.name() + " instances", part.id(), e.instance().kind(), total, text));
        cp.figure(new Figure(part.id() + "-instances", part.name() + " instances", total, "instances", text));
        cp.note("[" + part.id() + "-rebuild] The road graph is rebuilt every week from fresh OpenStreetMap extracts on a spare instance and "
                + "swapped in one instance at a time; the build runs a few hours a week beside the instances above");
    }

    /**
     * The vendor calls a routing engine of our own leaves: priced at the vendor's tiers when some remain (the assigned
     * trip's route), a note when none do. False, and nothing done, when the design keeps the vendor for every call or has
     * no engine for this vendor's use.
     */
    static boolean vendorAfterEngine(CostPlanner cp, Topology.External ext, VendorPrice v) {
        Optional<ProductFacts.VendorUse> use = ProductFacts.standard().vendorUse(v.category())
                .filter(u -> cp.topology().placements.stream().anyMatch(p -> p.archetype().id().equals(u.archetype())));
        if (use.isEmpty()) {
            return false;
        }
        Optional<RoutingEngines.Engine> engine = RoutingEngines.standard().of(use.get().archetype());
        Optional<Shapes.Routing> shape = Optional.ofNullable(cp.topology().chosenShapes.get(DecisionTopic.ROUTING))
                .flatMap(label -> Shapes.find(Shapes.Routing.class, label));
        if (engine.isEmpty() || shape.isEmpty() || engine.get().vendorCallsKept(shape.get()).isEmpty()) {
            return false;
        }
        double kept = engine.get().vendorCallsKept(shape.get()).orElseThrow();
        ProductFacts.VendorUse u = use.get();
        if (kept <= 0) {
            cp.note("[vendor-" + ext.id() + "] " + ext.name() + " is not billed for dispatch: " + engine.get().vendorCallsBasis(shape.get()));
            return true;
        }
        Optional<Price> price = cp.priceTable().price(cp.workload().cloud(), u.kind());
        if (price.isEmpty()) {
            return false;
        }
        double users = cp.workload().monthlyActiveUsers();
        List<String> dispatching = dispatching(cp, u.archetype());
        List<dev.architect.internal.facts.StatedFact> counted = dispatching.isEmpty() ? List.of() : cp.topology().stated.actionVolumes(dispatching);
        if (!counted.isEmpty()) {
            // The request counts the jobs: the vendor is billed for them, not for the users at an assumed rate
            double jobs = counted.stream().mapToDouble(dev.architect.internal.facts.StatedFact::value).sum();
            cp.need(ResourceNeed.flat("vendor-" + ext.id(), ext.name() + " (" + v.category() + ", the assigned trips' routes)", null, u.kind(),
                    Numbers.round(jobs * kept / u.perCalls(), 2), String.join(" + ", counted.stream().map(c -> Numbers.format(c.value())
                            + " jobs a month (stated: " + c.phrase() + ")").toList()) + " x " + Numbers.format(kept) + " call a job = "
                            + Numbers.format(jobs * kept) + " calls / " + Numbers.format(u.perCalls()) + ", at the vendor's volume tiers ("
                            + tierText(price.get(), u.perCalls()) + ")"));
            quota(cp, ext, engine.get(), jobs * kept);
            return true;
        }
        double low = users * u.jobsPerUserMonth().low() * kept;
        double high = users * u.jobsPerUserMonth().high() * kept;
        cp.assumption("as-vendor-jobs-" + v.category(), ext.name() + " is called by the " + u.caller() + " " + Numbers.format(kept)
                + (kept == 1 ? " time" : " times") + " a job (" + engine.get().vendorCallsBasis(shape.get()) + "); the routing engine answers the rest. "
                + Numbers.format(u.jobsPerUserMonth().low()) + " to " + Numbers.format(u.jobsPerUserMonth().high())
                + " jobs per monthly user a month (the request states neither); priced at the low end");
        cp.need(ResourceNeed.flat("vendor-" + ext.id(), ext.name() + " (" + v.category() + ", the assigned trips' routes)", null, u.kind(),
                Numbers.round(low / u.perCalls(), 2), Numbers.format(users) + " monthly active users x " + Numbers.format(u.jobsPerUserMonth().low())
                        + (u.jobsPerUserMonth().low() == 1 ? " job" : " jobs") + " a user a month x " + Numbers.format(kept) + " call a job = "
                        + Numbers.format(low) + " calls / " + Numbers.format(u.perCalls()) + ", at the vendor's volume tiers (" + tierText(price.get(), u.perCalls())
                        + "; assumption as-vendor-jobs-" + v.category() + "); at " + Numbers.format(u.jobsPerUserMonth().high()) + " jobs a user it would be "
                        + (price.get().publishes(high / u.perCalls()) ? Numbers.usd(price.get().billed(high / u.perCalls())) + " a month"
                        : Numbers.format(Numbers.round(high / u.perCalls(), 2)) + " " + price.get().unit() + " a month, " + price.get().aboveTable())));
        quota(cp, ext, engine.get(), high);
        return true;
    }

    /** A note where the vendor's calls at peak come near or past its rate limit on elements a minute. */
    static void quota(CostPlanner cp, Topology.External ext, RoutingEngines.Engine engine, double callsPerMonth) {
        if (engine.vendorQuota() == null) {
            return;
        }
        double perMinute = Numbers.round(callsPerMonth / CostPlanner.MINUTES_PER_MONTH * cp.peakRatio(), 2);
        double quota = engine.vendorQuota().elementsPerMinute();
        cp.note("[vendor-" + ext.id() + "-quota] At the high end " + Numbers.format(Numbers.round(callsPerMonth, 0)) + " calls a month / "
                + Numbers.format(CostPlanner.MINUTES_PER_MONTH) + " minutes x " + Numbers.format(cp.peakRatio()) + " at peak = "
                + Numbers.format(perMinute) + " elements a minute, against the vendor's default limit of " + Numbers.format(quota) + " ("
                + engine.vendorQuota().source() + ", checked " + engine.vendorQuota().checked() + ")"
                + (perMinute > quota ? ": ask for a higher limit before launch" : ": within it"));
    }

    /** The vendor's quota note for the estimate a vendor option leaves as a range, when the mechanism has an engine's data. */
    static void quota(CostPlanner cp, Topology.External ext, String archetype, double callsPerMonth) {
        RoutingEngines.standard().of(archetype).ifPresent(e -> quota(cp, ext, e, callsPerMonth));
    }

    /** A price's tiers in words: "$5 per 1,000 up to 100,000, $4 beyond", or "..., $4 per 1,000 up to 500,000, contact sales above". */
    static String tierText(Price price, double perCalls) {
        StringBuilder out = new StringBuilder();
        for (Price.Tier tier : price.tiers()) {
            out.append(out.length() == 0 ? "" : ", ").append("$").append(Numbers.format(tier.usd())).append(" per ").append(Numbers.format(perCalls))
                    .append(tier.upTo() == null ? " beyond" : " up to " + Numbers.format(tier.upTo() * perCalls));
        }
        if (price.publishedUpTo().isPresent()) {
            out.append(", contact sales above");
        }
        return out.length() == 0 ? "$" + Numbers.format(price.monthlyUsd()) + " per " + Numbers.format(perCalls) : out.toString();
    }

    private record Found(RoutingEngines.Engine engine, RoutingEngines.Use use) {
    }

    /** The capabilities of the request the dispatch archetype designs. */
    private static List<String> dispatching(CostPlanner cp, String archetype) {
        return cp.topology().placements.stream().filter(p -> p.archetype().id().equals(archetype))
                .flatMap(p -> p.recognised().capabilities().stream()).toList();
    }

    /** The engine's jobs a month: the counts the request states for the dispatch capabilities, else the users at the use's rate. */
    private static RoutingEngines.Jobs jobs(CostPlanner cp, RoutingEngines.Use use) {
        String archetype = cp.topology().placements.stream().map(p -> p.archetype().id())
                .filter(id -> RoutingEngines.standard().of(id).isPresent()).findFirst().orElse("");
        List<String> dispatching = dispatching(cp, archetype);
        return RoutingEngines.Jobs.of(cp.workload().monthlyActiveUsers(), use,
                dispatching.isEmpty() ? List.of() : cp.topology().stated.actionVolumes(dispatching));
    }

    /** The engine whose component this part is, with the vendor use it takes over. */
    private static Optional<Found> found(CostPlanner cp, String partId) {
        return cp.topology().placements.stream().map(p -> p.archetype().id())
                .flatMap(id -> RoutingEngines.standard().of(id).stream())
                .filter(e -> e.component().equals(partId)).findFirst()
                .flatMap(e -> RoutingEngines.use(e.vendorUse()).map(u -> new Found(e, u)));
    }
}
