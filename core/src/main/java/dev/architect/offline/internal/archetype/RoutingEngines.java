package dev.architect.offline.internal.archetype;

import com.fasterxml.jackson.databind.JsonNode;
import dev.architect.dossier.DecisionTopic;
import dev.architect.offline.internal.catalog.DataFiles;
import dev.architect.offline.internal.catalog.Shapes;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A routing engine of our own for a mechanism that calls a maps vendor per job ({@code routing-engines.yaml}), by the
 * archetype whose mechanism it is: how many vendor calls a job still makes with it, how it is sized and what it runs on.
 * The billed routing elements a month come from the vendor use of {@code product-facts.yaml}, the same figures the
 * vendor's estimate multiplies.
 *
 * @param engines the engine of each archetype that has one, by archetype id
 */
public record RoutingEngines(Map<String, Engine> engines) {

    static final String RESOURCE = "/dev/architect/offline/routing-engines.yaml";
    static final String PRODUCT_FACTS = "/dev/architect/offline/product-facts.yaml";

    /**
     * One archetype's routing engine.
     *
     * @param vendorUse the vendor use (product-facts.yaml vendorUses) whose calls the engine takes over
     * @param component the archetype's component that is the engine
     * @param vendorCallsPerJob billed vendor calls a job still makes, by the ROUTING shape that keeps the engine
     * @param vendorCallsBasis what those calls are, by shape
     * @param engineQueriesPerJob queries a job makes to the engine
     * @param engineQueriesBasis what they are
     * @param queriesPerSecondPerInstance what one instance answers
     * @param throughputSource where that comes from
     * @param graphMemoryFactor GB of memory the served graph takes per GB of extract
     * @param memorySource where that comes from
     * @param extractGb the OpenStreetMap extract of each country, by ISO code, with a {@code default}
     * @param extractSource where the extract sizes come from
     * @param instance the price kind of one instance and its memory
     * @param vendorQuota the vendor's rate limit on elements a minute
     */
    public record Engine(String vendorUse, String component, Map<String, Double> vendorCallsPerJob, Map<String, String> vendorCallsBasis,
                         double engineQueriesPerJob, String engineQueriesBasis, double queriesPerSecondPerInstance, String throughputSource,
                         double graphMemoryFactor, String memorySource, Map<String, Double> extractGb, String extractSource, Instance instance,
                         Quota vendorQuota) {
        public Engine {
            vendorCallsPerJob = Map.copyOf(vendorCallsPerJob == null ? Map.of() : vendorCallsPerJob);
            vendorCallsBasis = Map.copyOf(vendorCallsBasis == null ? Map.of() : vendorCallsBasis);
            extractGb = Map.copyOf(extractGb == null ? Map.of() : extractGb);
            if (!(engineQueriesPerJob > 0) || !(queriesPerSecondPerInstance > 0) || !(graphMemoryFactor > 0) || instance == null
                    || !extractGb.containsKey("default")) {
                throw new IllegalStateException(RESOURCE + ": an engine needs engineQueriesPerJob, queriesPerSecondPerInstance, "
                        + "graphMemoryFactor, an instance and a default extract size");
            }
        }

        /** Vendor calls a job still makes when the decision chose this shape; empty for the vendor option, which keeps them all. */
        public Optional<Double> vendorCallsKept(Shapes.Routing shape) {
            return Optional.ofNullable(vendorCallsPerJob.get(shape.label()));
        }

        /** What the vendor calls kept under that shape are. */
        public String vendorCallsBasis(Shapes.Routing shape) {
            return vendorCallsBasis.getOrDefault(shape.label(), "");
        }

        /** The OpenStreetMap extract of a country in GB, or the default. */
        public double extractGb(String countryCode) {
            return extractGb.getOrDefault(countryCode, extractGb.get("default"));
        }

        /**
         * The engine sized for a load: queries a second at peak from the jobs a month (the low figure, the one the routing
         * decision's billed elements and the vendor's line assume: one assumption, one number) and the memory the served
         * countries' road graph needs; at least two instances, so one can be rebuilt or lost while the other answers.
         *
         * @param users the monthly active users
         * @param use the jobs and calls of the vendor use
         * @param peakToAverage the workload's peak over its average
         * @param countryCodes the countries the system serves (ISO codes); none means one country of the default size
         */
        public Sizing size(double users, Use use, double peakToAverage, List<String> countryCodes) {
            return size(Jobs.of(users, use, List.of()), peakToAverage, countryCodes);
        }

        /**
         * The engine sized for a month's jobs (stated, or the users at the use's jobs a user: {@link Jobs#of}).
         *
         * @param jobs          the jobs a month and where they come from
         * @param peakToAverage the busiest hour over the month's average
         * @param countryCodes  the countries whose road graphs it holds
         * @return the instances and their arithmetic
         */
        public Sizing size(Jobs jobs, double peakToAverage, List<String> countryCodes) {
            double average = jobs.perMonth() / dev.architect.figures.Workload.SECONDS_PER_MONTH;
            double peak = average * peakToAverage * engineQueriesPerJob;
            int instances = Math.max(2, (int) Math.ceil(peak / queriesPerSecondPerInstance - 1e-9));
            List<String> codes = countryCodes.isEmpty() ? List.of("default") : countryCodes;
            double extract = codes.stream().mapToDouble(this::extractGb).sum();
            double graph = dev.architect.internal.Numbers.round(extract * graphMemoryFactor, 2);
            String text = jobs.text() + " / " + dev.architect.internal.Numbers.format(dev.architect.figures.Workload.SECONDS_PER_MONTH) + " s x "
                    + dev.architect.internal.Numbers.format(peakToAverage) + " at peak x " + dev.architect.internal.Numbers.format(engineQueriesPerJob)
                    + " queries a job (" + engineQueriesBasis + ") = " + dev.architect.internal.Numbers.format(dev.architect.internal.Numbers.round(peak, 2))
                    + " queries/s at peak / " + dev.architect.internal.Numbers.format(queriesPerSecondPerInstance) + " a second per instance ("
                    + throughputSource + "), at least 2; each instance holds the whole road graph, "
                    + dev.architect.internal.Numbers.format(extract) + " GB of OpenStreetMap extracts x " + dev.architect.internal.Numbers.format(graphMemoryFactor)
                    + " = " + dev.architect.internal.Numbers.format(graph) + " GB of its " + dev.architect.internal.Numbers.format(instance.memoryGb())
                    + " GB (" + memorySource + "; " + extractSource + ")";
            return new Sizing(instances, dev.architect.internal.Numbers.round(peak, 2), graph, graph <= instance.memoryGb() * 0.8, text);
        }
    }

    /**
     * A routing engine sized for its load.
     *
     * @param instances the instances it runs
     * @param peakQueriesPerSecond the queries it answers a second at peak
     * @param graphGb the memory the road graph takes on each instance
     * @param fits whether the graph fits an instance with room for the process (80% of its memory)
     * @param basis the arithmetic, in words
     */
    public record Sizing(int instances, double peakQueriesPerSecond, double graphGb, boolean fits, String basis) {
    }

    /**
     * The price kind of one engine instance (prices.yaml) and its memory.
     *
     * @param kind the price kind
     * @param memoryGb the memory one instance has
     */
    public record Instance(String kind, double memoryGb) {
    }

    /**
     * A vendor's rate limit.
     *
     * @param elementsPerMinute route-matrix elements a minute
     * @param source the page it is read on
     * @param checked the day it was read
     */
    public record Quota(double elementsPerMinute, String source, String checked) {
    }

    /**
     * The jobs a monthly user starts and the vendor calls each makes, low and high (product-facts.yaml vendorUses).
     *
     * @param jobsLow jobs a monthly user starts a month, low
     * @param jobsHigh the same, high
     * @param callsLow billed calls a job, low
     * @param callsHigh the same, high
     * @param kind the price kind the vendor's calls are billed at (prices.yaml)
     * @param perCalls the calls that kind's price is for
     */
    /**
     * A month's dispatch jobs: the counts the request states of what its dispatch capabilities do ("40,000 deliveries a
     * day"), else its monthly users at the use's low jobs a user, an assumption the text says.
     *
     * @param perMonth jobs a month
     * @param text     where the figure comes from, with its arithmetic
     * @param assumed  true when the request counts no jobs
     */
    public record Jobs(double perMonth, String text, boolean assumed) {
        /**
         * The jobs from the stated counts when there are some, else from the users.
         *
         * @param users  monthly active users
         * @param use    the vendor use the engine takes over (its jobs a user a month)
         * @param stated the request's counts of what its dispatch capabilities do, a month each
         * @return the jobs a month
         */
        public static Jobs of(double users, Use use, List<dev.architect.internal.facts.StatedFact> stated) {
            if (!stated.isEmpty()) {
                double perMonth = stated.stream().mapToDouble(dev.architect.internal.facts.StatedFact::value).sum();
                return new Jobs(perMonth, String.join(" + ", stated.stream().map(v -> dev.architect.internal.Numbers.format(v.value())
                        + " jobs a month (stated: " + v.phrase() + ")").toList()), false);
            }
            return new Jobs(users * use.jobsLow(), dev.architect.internal.Numbers.format(users) + " monthly active users x "
                    + dev.architect.internal.Numbers.format(use.jobsLow()) + (use.jobsLow() == 1 ? " job" : " jobs")
                    + " a user a month (assumed: the request counts no trips, deliveries or jobs)", true);
        }
    }

    public record Use(double jobsLow, double jobsHigh, double callsLow, double callsHigh, String kind, double perCalls) {
        /** The billed elements a month at the low figures: users x jobs x calls. */
        public double elementsLow(double users) {
            return users * jobsLow * callsLow;
        }
    }

    public RoutingEngines {
        engines = engines == null ? Map.of() : java.util.Collections.unmodifiableMap(new LinkedHashMap<>(engines));
        for (Map.Entry<String, Engine> e : engines.entrySet()) {
            Archetype a = Archetypes.standard().byId(e.getKey()).orElseThrow(() -> new IllegalStateException(RESOURCE + ": " + e.getKey()
                    + " names no archetype"));
            if (a.components().stream().noneMatch(c -> c.id().equals(e.getValue().component()) && c.decidedBy() == DecisionTopic.ROUTING)) {
                throw new IllegalStateException(RESOURCE + ": " + e.getKey() + " has no component " + e.getValue().component() + " decided by ROUTING");
            }
            for (String shape : e.getValue().vendorCallsPerJob().keySet()) {
                if (Shapes.find(Shapes.Routing.class, shape).isEmpty()) {
                    throw new IllegalStateException(RESOURCE + ": " + e.getKey() + " vendorCallsPerJob: '" + shape + "' is not a routing shape");
                }
            }
            if (use(e.getValue().vendorUse()).isEmpty()) {
                throw new IllegalStateException(RESOURCE + ": " + e.getKey() + " names no vendor use " + e.getValue().vendorUse()
                        + " of product-facts.yaml");
            }
        }
    }

    /** The engine of the first recognised archetype that has one. */
    public Optional<Map.Entry<String, Engine>> first(List<Recognised> recognised) {
        return recognised.stream().map(r -> r.archetype().id()).filter(engines::containsKey).findFirst()
                .map(id -> Map.entry(id, engines.get(id)));
    }

    /** The engine of an archetype, if it has one. */
    public Optional<Engine> of(String archetypeId) {
        return Optional.ofNullable(engines.get(archetypeId));
    }

    /** The jobs and calls of a vendor use of product-facts.yaml, by its category. */
    public static Optional<Use> use(String category) {
        JsonNode u = Holder.VENDOR_USES.path(category);
        if (u.isMissingNode()) {
            return Optional.empty();
        }
        return Optional.of(new Use(u.path("jobsPerUserMonth").path("low").asDouble(), u.path("jobsPerUserMonth").path("high").asDouble(),
                u.path("callsPerJob").path("low").asDouble(), u.path("callsPerJob").path("high").asDouble(), u.path("kind").asText(),
                u.path("perCalls").asDouble(1)));
    }

    private static final class Holder {
        // product-facts.yaml is checked key by key where it is read for pricing; only its vendor uses are read here
        static final JsonNode VENDOR_USES = vendorUses();
        static final RoutingEngines STANDARD = new RoutingEngines(DataFiles.shipped(RESOURCE, Engines.class, "routing engines"));

        private static JsonNode vendorUses() {
            return DataFiles.shipped(PRODUCT_FACTS, "product facts", (in, where) -> DataFiles.tree(in).path("vendorUses"));
        }
    }

    /** The file's shape: engines by archetype id at the top level. */
    static final class Engines extends LinkedHashMap<String, Engine> {
        private static final long serialVersionUID = 1L;
    }

    /** The engines shipped with the SDK, read once. */
    public static RoutingEngines standard() {
        return Holder.STANDARD;
    }
}
