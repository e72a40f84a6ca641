package dev.architect.offline.internal.design;

import com.fasterxml.jackson.annotation.JsonProperty;
import dev.architect.internal.Numbers;
import dev.architect.offline.internal.archetype.Archetypes;
import dev.architect.offline.internal.archetype.CapabilityShapes;
import dev.architect.offline.internal.archetype.RequestField;
import dev.architect.offline.internal.catalog.DataFiles;
import dev.architect.offline.internal.catalog.ResourceFlow;
import dev.architect.offline.internal.design.Topology.Capability;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * How much of the system's reads and writes a capability takes, from what it does ({@code load-profiles.yaml}): a weight
 * among the reads and one among the writes, from the archetype or the shape that designs it, the catalogue resource it
 * keeps or that resource's kind of work. A capability nothing describes takes a typical weight, an assumption the dossier
 * states ({@link #weigh}); the default's equal weight only when no capability of the request is described.
 *
 * @param fallback the equal weights when no capability is described, and the basis of an assumed weight
 * @param archetypes weights by archetype id
 * @param shapes weights by capability shape id
 * @param resources weights by catalogue resource (its singular name)
 * @param flows weights by the kind of work of a resource
 */
record LoadProfiles(@JsonProperty("default") Weight fallback, Map<String, Weight> archetypes, Map<String, Weight> shapes,
                    Map<String, Weight> resources, Map<String, Weight> flows) {

    static final String RESOURCE = "/dev/architect/offline/load-profiles.yaml";

    /**
     * A capability's weights among the reads and the writes, and why.
     *
     * @param reads its weight among the reads, at least 0
     * @param writes its weight among the writes, at least 0
     * @param basis why, in one sentence
     * @param receivesReports whether the positions or readings that devices or people are said to send on an interval
     *                        ("technicians send their position every 30 seconds") arrive here, when no ingestion
     *                        capability takes them
     * @param followsWrites whether it writes once for each write of the request's other capabilities (an audit trail:
     *                      an event per audited change), so its write weight is theirs added up rather than its own
     * @param writesBesideReports for a capability that receives reports, its weight among the writes left once the reports
     *                            the request states are counted apart (its own records: jobs, offers, zones), since its
     *                            {@code writes} weighs the reports too; null to keep {@code writes}
     */
    record Weight(double reads, double writes, String basis, boolean receivesReports, boolean followsWrites, Double writesBesideReports) {
        Weight(double reads, double writes, String basis, boolean receivesReports, boolean followsWrites) {
            this(reads, writes, basis, receivesReports, followsWrites, null);
        }

        Weight {
            if (writesBesideReports != null && (!(writesBesideReports >= 0) || !receivesReports)) {
                throw new IllegalStateException("writesBesideReports is for a capability that receives reports, and at least 0");
            }
            if (!(reads >= 0) || !(writes >= 0) || reads + writes <= 0) {
                throw new IllegalStateException("reads and writes must be at least 0, and not both 0");
            }
            if (basis == null || basis.isBlank()) {
                throw new IllegalStateException("a weight needs its basis");
            }
        }

        /**
         * These weights once the reports the request states are counted apart: the writes weigh only the capability's
         * own records ({@link #writesBesideReports}), when the profile says how much.
         */
        Weight besideReports() {
            return writesBesideReports == null ? this : new Weight(reads, writesBesideReports, basis + "; the reports it receives are counted apart, "
                    + "so among the writes left it weighs " + Numbers.format(writesBesideReports) + " for its own records instead of " + Numbers.format(writes),
                    receivesReports, followsWrites, null);
        }

        /** "0.02 of reads, 0.01 of writes". */
        String text() {
            return Numbers.format(reads) + " of reads, " + Numbers.format(writes) + " of writes";
        }
    }

    /**
     * The weights a capability takes and what chose them.
     *
     * @param weight the weights
     * @param source what describes the capability ("the data export shape"), empty for the default
     */
    record Match(Weight weight, Optional<String> source) {

        /** Whether nothing describes the capability and it takes the default weight. */
        boolean byDefault() {
            return source.isEmpty();
        }
    }

    LoadProfiles {
        if (fallback == null) {
            throw new IllegalStateException(RESOURCE + " needs a default");
        }
        archetypes = copy(archetypes);
        shapes = copy(shapes);
        resources = copy(resources);
        flows = copy(flows);
        for (String id : archetypes.keySet()) {
            if (Archetypes.standard().byId(id).isEmpty()) {
                throw new IllegalStateException(RESOURCE + ": archetypes." + id + " names no archetype");
            }
        }
        for (String id : shapes.keySet()) {
            if (CapabilityShapes.standard().shapes().stream().noneMatch(s -> s.id().equals(id))) {
                throw new IllegalStateException(RESOURCE + ": shapes." + id + " names no capability shape");
            }
        }
        for (String flow : flows.keySet()) {
            try {
                ResourceFlow.valueOf(flow.toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw new IllegalStateException(RESOURCE + ": flows." + flow + " names no kind of work", e);
            }
        }
    }

    private static Map<String, Weight> copy(Map<String, Weight> weights) {
        return weights == null ? Map.of() : java.util.Collections.unmodifiableMap(new LinkedHashMap<>(weights));
    }

    private static final class Holder {
        static final LoadProfiles STANDARD = DataFiles.shipped(RESOURCE, LoadProfiles.class, "load profiles");
    }

    /** The profiles shipped with the SDK, read once. */
    static LoadProfiles standard() {
        return Holder.STANDARD;
    }

    /**
     * The weights of each capability, in the order given: those something describes take its profile ({@link #of}); one
     * that nothing describes takes the median of the described capabilities' weights, an assumption the basis says, never
     * the largest weight as an equal share would be. With none described, each takes the default's equal weight.
     *
     * @param t the topology the capabilities belong to
     * @param capabilities the capabilities that share the load
     * @return each capability's weights and what chose them
     */
    Map<Capability, Match> weigh(Topology t, java.util.List<Capability> capabilities) {
        Map<Capability, Match> out = new LinkedHashMap<>();
        capabilities.forEach(c -> out.put(c, of(t, c)));
        java.util.List<Weight> described = out.values().stream().filter(m -> !m.byDefault()).map(Match::weight).toList();
        if (described.isEmpty() || described.size() == out.size()) {
            return followed(out);
        }
        double reads = median(described.stream().mapToDouble(Weight::reads).toArray());
        double writes = median(described.stream().mapToDouble(Weight::writes).toArray());
        Weight typical = typical();
        Weight assumed = new Weight(Numbers.round(Math.min(typical.reads(), reads), 2), Numbers.round(Math.min(typical.writes(), writes), 2),
                fallback.basis() + ", so it takes a typical capability's weight, an assumption: the lower of the median of the "
                        + profileCount() + " profiles in load-profiles.yaml (" + typical.text() + ") and " + (described.size() == 1
                        ? "the weights of this request's one described capability (" : "the median of this request's " + described.size()
                        + " described capabilities (") + Numbers.format(Numbers.round(reads, 2)) + " of reads, "
                        + Numbers.format(Numbers.round(writes, 2)) + " of writes)", false, false);
        out.replaceAll((c, m) -> m.byDefault() ? new Match(assumed, Optional.empty()) : m);
        return followed(out);
    }

    /**
     * The weights with each capability that writes once per write of the others ({@link Weight#followsWrites}: an audit
     * trail) taking their write weights added up: its writes follow the writes it audits, whatever their number.
     */
    private static Map<Capability, Match> followed(Map<Capability, Match> weights) {
        java.util.List<Map.Entry<Capability, Match>> audited = weights.entrySet().stream().filter(e -> !e.getValue().weight().followsWrites()).toList();
        double sum = Numbers.round(audited.stream().mapToDouble(e -> e.getValue().weight().writes()).sum(), 4);
        if (sum <= 0 || audited.size() == weights.size()) {
            return weights;
        }
        String terms = String.join(" + ", audited.stream().map(e -> Numbers.format(e.getValue().weight().writes()) + " (" + e.getKey().name() + ")").toList());
        weights.replaceAll((c, m) -> !m.weight().followsWrites() ? m : new Match(new Weight(m.weight().reads(), sum, m.weight().basis()
                + "; it writes once for each write of the capabilities it audits, so its write weight is theirs added up: " + terms + " = "
                + Numbers.format(sum), m.weight().receivesReports(), true), m.source()));
        return weights;
    }

    /** Every profile in the file: archetypes, shapes, resources and kinds of work. */
    private java.util.List<Weight> profiles() {
        return java.util.stream.Stream.of(archetypes, shapes, resources, flows).flatMap(m -> m.values().stream()).toList();
    }

    private int profileCount() {
        return profiles().size();
    }

    /** A typical capability's weights: the median of every profile's reads and of every profile's writes. */
    Weight typical() {
        return new Weight(median(profiles().stream().mapToDouble(Weight::reads).toArray()),
                median(profiles().stream().mapToDouble(Weight::writes).toArray()), "the median of the profiles", false, false);
    }

    /** The median of some weights (the mean of the middle two of an even count). */
    static double median(double[] values) {
        double[] sorted = values.clone();
        java.util.Arrays.sort(sorted);
        int n = sorted.length;
        return n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
    }

    /**
     * The weights of a capability: the archetype that designs it, the one its own name calls for before the others (the
     * default when it has no profile), else the
     * shape that designs it, the catalogue resource it keeps, that resource's kind of work; else the default.
     */
    Match of(Topology t, Capability c) {
        // The archetype that designs it says what it does: the one its own name calls for ("payouts" in "courier payouts",
        // rather than the dispatch the couriers bring), else the first
        java.util.List<Topology.Placement> designers = c.designedByArchetype() ? t.designersOf(c) : java.util.List.of();
        Optional<Topology.Placement> designer = designers.stream().filter(p -> p.recognised().evidence().stream()
                        .anyMatch(e -> e.field() == RequestField.CAPABILITY && c.name().equals(e.text()))).findFirst()
                .or(() -> designers.stream().findFirst());
        if (designer.isPresent()) {
            Weight w = archetypes.get(designer.get().archetype().id());
            return w == null ? new Match(fallback, Optional.empty())
                    : new Match(w, Optional.of(designer.get().archetype().name() + " (archetype " + designer.get().archetype().id() + ")"));
        }
        if (c.shaped() != null && shapes.containsKey(c.shaped().shape().id())) {
            return new Match(shapes.get(c.shaped().shape().id()), Optional.of(c.shaped().shape().label() + " (shape " + c.shaped().shape().id() + ")"));
        }
        if (c.resource() != null && !c.is(ResourceFlow.OPEN)) {
            Weight byResource = resources.get(c.resource().singular());
            if (byResource != null) {
                return new Match(byResource, Optional.of(c.resource().plural() + " (records)"));
            }
            Weight byFlow = flows.get(c.resource().flow().name().toLowerCase(Locale.ROOT));
            if (byFlow != null) {
                return new Match(byFlow, Optional.of(c.resource().plural() + " (" + c.resource().flow().name().toLowerCase(Locale.ROOT) + ")"));
            }
        }
        return new Match(fallback, Optional.empty());
    }
}
