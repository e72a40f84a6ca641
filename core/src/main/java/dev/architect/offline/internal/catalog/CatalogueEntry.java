package dev.architect.offline.internal.catalog;

import dev.architect.dossier.Complexity;
import dev.architect.request.Cloud;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * One pattern or technology of the catalogue: when it fits (conditions on {@link Fact}s), what speaks for and
 * against it, what drives its cost, how much running it takes, how complex it is, its licence and maturity.
 * {@code shape} is the family the dossier builders understand (e.g. {@code monolith}, {@code stream}), so a new
 * entry of a known shape changes the design without code. {@code sizing} holds numbers such as replica copies.
 * {@code title}, optional, is the ADR title when "Use " and the name does not read well ("Use a modular monolith").
 * {@code onlyForTeamsThatRunIt} marks a variant of another option on a product the team must already run (the same
 * relational design on SQL Server): it competes only when the team lists one of its {@code skills}. {@code engine},
 * for a datastore, names the database engine that holds the relational data (later decisions may require one).
 * {@code costLevel}, optional, ranks what an option costs to run against the others of its section (1 the cheapest,
 * 3 the dearest); it weighs only when the request's budget is below what the design costs. {@code because}, optional,
 * says for each fact a condition weighs why that figure matters to this option (what the bound stands for, in this
 * system's terms): an ADR adds it to the figure, so a pro or con argues rather than only states the fact.
 * {@code pastCeiling}, optional, says for a fact what this option meets first when a system runs past its ceiling, where
 * the general text of {@code limits.yaml} (a database's primary) does not fit it (a pub/sub relay). {@code prefers},
 * optional, holds where the option is the better way without being the only place it fits: a missed preference lowers
 * its score, it is no fit failure.
 */
public record CatalogueEntry(
        String id,
        String name,
        String shape,
        String summary,
        Map<String, Object> when,
        List<String> pros,
        List<String> cons,
        String cost,
        OperationalBurden operationalBurden,
        Complexity complexity,
        String licence,
        String maturity,
        Map<String, String> technology,
        List<String> controls,
        Map<String, Double> sizing,
        String title,
        List<String> skills,
        Map<String, Object> whenUnfamiliar,
        Map<String, Object> requires,
        boolean onlyForTeamsThatRunIt,
        String engine,
        Integer costLevel,
        Map<String, String> because,
        Map<String, OperationalBurden> operationalBurdenOn,
        Map<String, String> pastCeiling,
        Map<String, Object> prefers,
        Map<String, String> protocol) {

    public CatalogueEntry {
        String where = "catalogue entry '" + id + "'";
        require(id, where, "id");
        require(name, where, "name");
        require(shape, where, "shape");
        require(summary, where, "summary");
        require(cost, where, "cost");
        if (operationalBurden == null) {
            throw new IllegalStateException(where + ": operationalBurden is missing");
        }
        require(licence, where, "licence");
        require(maturity, where, "maturity");
        if (complexity == null) {
            throw new IllegalStateException(where + ": complexity is missing");
        }
        when = when == null ? Map.of() : java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(when));
        pros = List.copyOf(pros == null ? List.of() : pros);
        cons = List.copyOf(cons == null ? List.of() : cons);
        if (pros.isEmpty() || cons.isEmpty()) {
            throw new IllegalStateException(where + ": an option needs pros and cons");
        }
        pros.forEach(text -> placeholders(where, text));
        cons.forEach(text -> placeholders(where, text));
        nonNullValues(where, "technology", technology);
        technology = technology == null ? Map.of() : Map.copyOf(technology);
        technology.keySet().forEach(key -> cloudKey(where, "technology", key));
        nonNullValues(where, "protocol", protocol);
        protocol = protocol == null ? Map.of() : Map.copyOf(protocol);
        protocol.keySet().forEach(key -> cloudKey(where, "protocol", key));
        controls = List.copyOf(controls == null ? List.of() : controls);
        sizing = sizing == null ? Map.of() : Map.copyOf(sizing);
        skills = List.copyOf(skills == null ? List.of() : skills);
        whenUnfamiliar = whenUnfamiliar == null ? Map.of() : java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(whenUnfamiliar));
        conditions(where, when); // fail at load, not at the first consultation
        conditions(where, whenUnfamiliar);
        requires = requires == null ? Map.of() : java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(requires));
        conditions(where, requires);
        prefers = prefers == null ? Map.of() : java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(prefers));
        conditions(where, prefers);
        because = because == null ? Map.of() : Map.copyOf(because);
        pastCeiling = pastCeiling == null ? Map.of() : Map.copyOf(pastCeiling);
        java.util.Set<String> bounded = when.keySet();
        pastCeiling.forEach((key, text) -> {
            if (!bounded.contains(key)) {
                throw new IllegalStateException(where + ": pastCeiling." + key + " names a fact none of its conditions bounds");
            }
            require(text, where, "pastCeiling." + key);
        });
        nonNullValues(where, "operationalBurdenOn", operationalBurdenOn);
        operationalBurdenOn = operationalBurdenOn == null ? Map.of() : Map.copyOf(operationalBurdenOn);
        operationalBurdenOn.keySet().forEach(key -> cloudKey(where, "operationalBurdenOn", key));
        java.util.Set<String> weighed = new java.util.HashSet<>(when.keySet());
        weighed.addAll(whenUnfamiliar.keySet());
        weighed.addAll(requires.keySet());
        weighed.addAll(prefers.keySet());
        because.forEach((key, text) -> {
            if (!weighed.contains(key)) {
                throw new IllegalStateException(where + ": because." + key + " explains a fact none of its conditions weighs");
            }
            require(text, where, "because." + key);
            placeholders(where, text);
        });
        if (costLevel != null && (costLevel < 1 || costLevel > 3)) {
            throw new IllegalStateException(where + ": costLevel must be 1, 2 or 3 but was " + costLevel);
        }
    }

    /**
     * Names a pro or con may cite besides the facts' keys: the system's name, the product on the request's cloud, the
     * team's skills, and the request's capabilities and regions, listed.
     */
    public static final List<String> NAMED_PLACEHOLDERS = List.of("system", "product", "team", "capabilityList", "regionList");

    private static final java.util.regex.Pattern PLACEHOLDER = java.util.regex.Pattern.compile("\\{([A-Za-z0-9]+)}");

    /**
     * The placeholders of a pro or con ("{peakWritesPerSecond}", "{system}"), each checked at load: a fact's key or
     * one of {@link #NAMED_PLACEHOLDERS}.
     */
    public static List<String> placeholders(String where, String text) {
        List<String> out = new ArrayList<>();
        java.util.regex.Matcher m = PLACEHOLDER.matcher(text);
        while (m.find()) {
            String name = m.group(1);
            if (!NAMED_PLACEHOLDERS.contains(name) && Fact.byKey(name).isEmpty()) {
                throw new IllegalStateException(where + ": unknown placeholder {" + name + "} in \"" + text + "\"");
            }
            out.add(name);
        }
        return out;
    }

    /** The keys a per-cloud map may use: each cloud's label, and {@code default} for the clouds it does not name. */
    public static final List<String> CLOUD_KEYS = java.util.stream.Stream.concat(java.util.Arrays.stream(Cloud.values()).map(Cloud::label),
            java.util.stream.Stream.of("default")).toList();

    /** A per-cloud key checked at load: a misspelt cloud ("gpc") would otherwise be silently never read. */
    private static void cloudKey(String where, String field, String key) {
        if (!CLOUD_KEYS.contains(key)) {
            throw new IllegalStateException(where + ": " + field + "." + key + " is not a cloud; use one of " + CLOUD_KEYS);
        }
    }

    private static void require(String value, String where, String field) {
        if (value == null || value.isBlank()) {
            throw new IllegalStateException(where + ": " + field + " is missing");
        }
    }

    private static List<Condition> conditions(String where, Map<String, Object> when) {
        List<Condition> out = new ArrayList<>();
        when.forEach((key, test) -> out.add(Condition.parse(where, key, test)));
        return out;
    }

    /** The "when it fits" conditions, in catalogue order. */
    public List<Condition> conditions() {
        return conditions("catalogue entry '" + id + "'", when);
    }

    /**
     * Conditions that only hold when the team has none of the option's {@link #skills()}: the load or size that
     * justifies learning a new tool. A team that already runs it does not need that justification.
     */
    public List<Condition> unfamiliarConditions() {
        return conditions("catalogue entry '" + id + "'", whenUnfamiliar);
    }

    /**
     * Conditions without which the option cannot be built at all (a managed service needs a public cloud): an option
     * that misses one is not weighed against the others, whatever else it fits.
     */
    public List<Condition> required() {
        return conditions("catalogue entry '" + id + "'", requires);
    }

    /**
     * Where the option is the better way, though it fits elsewhere too (an agent of our own on a cloud with no edge runtime
     * of its own): a request that misses one scores the option lower, for the reason its {@code because} gives, but the
     * option still fits; {@link #conditions()} are what it needs to fit, {@link #required()} what it cannot be built without.
     */
    public List<Condition> preferred() {
        return conditions("catalogue entry '" + id + "'", prefers);
    }

    /**
     * The protocol clients speak to this entry's product on a cloud ({@code protocol} in the catalogue, per cloud like
     * {@code technology}), so a relationship drawn to it names what the product speaks.
     *
     * @throws IllegalStateException when the entry gives none for the cloud, naming the entry
     */
    public String protocolOn(Cloud cloud) {
        String specific = protocol.getOrDefault(cloud.label(), protocol.get("default"));
        if (specific == null) {
            throw new IllegalStateException("catalogue entry '" + id + "': protocol is missing for " + cloud.label() + " and has no default");
        }
        return specific;
    }

    /** The product that implements this entry on a cloud, or its generic name. */
    public String technologyOn(Cloud cloud) {
        String specific = technology.get(cloud.label());
        return specific != null ? specific : technology.getOrDefault("default", name);
    }

    /**
     * This entry with each condition whose bound names another fact ({@code "< storeReadsPerSecond"}) bound by that fact's
     * value in {@code facts}, or left out when the fact is not known: an ADR then cites the figure the design has.
     *
     * @param facts the design's facts so far
     * @return the entry with numeric bounds only
     */
    public CatalogueEntry resolved(Facts facts) {
        String where = "catalogue entry '" + id + "'";
        Map<String, Object> bound = new java.util.LinkedHashMap<>();
        boolean changed = false;
        for (Map.Entry<String, Object> e : when.entrySet()) {
            Condition c = Condition.parse(where, e.getKey(), e.getValue());
            if (!c.relative()) {
                bound.put(e.getKey(), e.getValue());
                continue;
            }
            changed = true;
            // the fact it came from is kept, so the words can read it again once the design settles it (Condition.against)
            c.resolved(facts).ifPresent(r -> bound.put(e.getKey(), r.operator() + " " + r.operand() + " from " + r.boundFrom().key()));
        }
        if (!changed) {
            return this;
        }
        // A condition left out (its other fact unknown: a store billed per request has no read ceiling) takes its explanations
        // with it, unless another condition still weighs the same fact
        java.util.Set<String> weighed = new java.util.HashSet<>(bound.keySet());
        weighed.addAll(whenUnfamiliar.keySet());
        weighed.addAll(requires.keySet());
        weighed.addAll(prefers.keySet());
        Map<String, String> explained = new java.util.LinkedHashMap<>(because);
        explained.keySet().retainAll(weighed);
        Map<String, String> ceilings = new java.util.LinkedHashMap<>(pastCeiling);
        ceilings.keySet().removeIf(k -> when.containsKey(k) && !bound.containsKey(k));
        return new CatalogueEntry(id, name, shape, summary, bound, pros, cons, cost, operationalBurden, complexity, licence,
                maturity, technology, controls, sizing, title, skills, whenUnfamiliar, requires, onlyForTeamsThatRunIt, engine, costLevel, explained,
                operationalBurdenOn, ceilings, prefers, protocol);
    }

    /** This entry implemented by other products (the same pattern on the log another decision chose). */
    public CatalogueEntry withTechnology(Map<String, String> products) {
        return new CatalogueEntry(id, name, shape, summary, when, pros, cons, cost, operationalBurden, complexity, licence, maturity,
                products, controls, sizing, title, skills, whenUnfamiliar, requires, onlyForTeamsThatRunIt, engine, costLevel, because,
                operationalBurdenOn, pastCeiling, prefers, protocol);
    }

    /** This entry as another place words it: each field the wording gives in place of the catalogue's, its product on every cloud. */
    public CatalogueEntry worded(Geography.ChannelWording w) {
        return new CatalogueEntry(id, w.name() == null ? name : w.name(), shape, w.summary() == null ? summary : w.summary(), when,
                w.pros() == null ? pros : List.copyOf(w.pros()), w.cons() == null ? cons : List.copyOf(w.cons()), cost, operationalBurden,
                complexity, w.licence() == null ? licence : w.licence(), maturity,
                w.technology() == null ? technology : Map.of("default", w.technology()), controls, sizing, w.title() == null ? title : w.title(),
                skills, whenUnfamiliar,
                requires, onlyForTeamsThatRunIt, engine, costLevel, because, operationalBurdenOn, pastCeiling, prefers, protocol);
    }

    /**
     * How much running the option takes on a cloud: the same pattern is a managed service on one cloud and a cluster the
     * team runs itself on another (an MQTT broker is AWS IoT Core on AWS, EMQX on GKE on Google Cloud).
     */
    public OperationalBurden operationalBurdenOn(Cloud cloud) {
        OperationalBurden specific = operationalBurdenOn.get(cloud.label());
        return specific != null || technology.containsKey(cloud.label()) ? (specific != null ? specific : operationalBurden)
                : operationalBurdenOn.getOrDefault("default", operationalBurden);
    }

    /** Why a figure matters to this option, as a clause with placeholders, when the catalogue says so. */
    public java.util.Optional<String> because(Fact fact) {
        return java.util.Optional.ofNullable(because.get(fact.key()));
    }

    /** What this option meets first past its ceiling on a fact, when it says so itself. */
    public java.util.Optional<String> pastCeiling(Fact fact) {
        return java.util.Optional.ofNullable(pastCeiling.get(fact.key()));
    }

    public double size(String key, double otherwise) {
        return sizing.getOrDefault(key, otherwise);
    }

    /** A per-cloud map read from YAML may hold a key with no value ("gcp:"): name it, before copying fails without a name. */
    private static void nonNullValues(String where, String field, Map<String, ?> map) {
        if (map != null) {
            map.forEach((key, value) -> {
                if (value == null) {
                    throw new IllegalStateException(where + ": " + field + "." + key + " has no value");
                }
            });
        }
    }
}
