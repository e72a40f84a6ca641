package dev.architect.offline.internal.design;

import dev.architect.dossier.DecisionTopic;
import dev.architect.figures.Workload;
import dev.architect.internal.Numbers;
import dev.architect.offline.internal.catalog.DataFiles;
import dev.architect.offline.internal.catalog.Fact;
import dev.architect.offline.internal.catalog.Facts;
import dev.architect.offline.internal.catalog.SiteTerms;
import dev.architect.offline.internal.rules.Architecture;
import dev.architect.offline.internal.rules.Choice;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What running each kind of chosen part takes ({@code rehearsals.yaml}): what a team new to it rehearses before launch,
 * what the operations plan drills on it and what it watches on it, keyed by decision topic and the chosen option's
 * shape, written with the product on the request's cloud, the site and the request's own figures.
 */
final class Rehearsals {

    static final String RESOURCE = "/dev/architect/offline/rehearsals.yaml";

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{([A-Za-z0-9]+)}");

    /** The texts of one part kind, each a list of variants, the most specific first. */
    record Kind(List<String> rehearse, List<String> drill, List<String> watch) {
        Kind {
            rehearse = List.copyOf(rehearse == null ? List.of() : rehearse);
            drill = List.copyOf(drill == null ? List.of() : drill);
            watch = List.copyOf(watch == null ? List.of() : watch);
        }
    }

    /** The file's layout: kinds by topic, then by shape ({@code any} for the rest of a topic). */
    record File(Map<String, Map<String, Kind>> topics) {
    }

    /** The placeholders a text may use besides the facts' keys. */
    private static final List<String> NAMED = List.of("product", "system", "site", "rtoMinutes", "rpoMinutes", "p99Ms", "peakRequestsPerSecond");

    /** The key that covers every shape of a topic the file does not list. */
    private static final String ANY = "any";

    private static final Map<DecisionTopic, Map<String, Kind>> STANDARD = DataFiles.shipped(RESOURCE, "rehearsals", Rehearsals::read);

    private Rehearsals() {
    }

    /**
     * Reads a file in the layout of the shipped one: an unknown key, a topic that is no decision topic, a shape no option
     * of the catalogue has (or, where the catalogue has a section of the topic's name, no option of that section), or a
     * placeholder with no value fails the load naming the file and the entry.
     */
    static Map<DecisionTopic, Map<String, Kind>> read(java.io.InputStream in, String where) {
        if (in == null) {
            throw new IllegalStateException(where + " is missing from the classpath");
        }
        File file = DataFiles.read(in, where, File.class, "rehearsals");
        Map<DecisionTopic, Map<String, Kind>> out = new LinkedHashMap<>();
        if (file.topics() == null) {
            return out;
        }
        Map<String, dev.architect.offline.internal.catalog.Section> sections = dev.architect.offline.internal.catalog.Catalogue.standard().decisions();
        java.util.Set<String> shapes = new java.util.HashSet<>();
        sections.values().forEach(section -> section.options().forEach(o -> shapes.add(o.shape())));
        file.topics().forEach((key, kinds) -> {
            DecisionTopic topic;
            try {
                topic = DecisionTopic.valueOf(key.toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw new IllegalStateException(where + ": '" + key + "' is not a decision topic", e);
            }
            if (kinds == null) {
                throw new IllegalStateException(where + ": " + key + " lists no shapes");
            }
            java.util.Set<String> known = sections.containsKey(key)
                    ? sections.get(key).options().stream().map(dev.architect.offline.internal.catalog.CatalogueEntry::shape).collect(java.util.stream.Collectors.toSet())
                    : shapes;
            kinds.forEach((shape, kind) -> {
                if (!ANY.equals(shape) && !known.contains(shape)) {
                    throw new IllegalStateException(where + ": " + key + "." + shape + ": '" + shape + "' is not the shape of any option "
                            + (sections.containsKey(key) ? "of the catalogue's " + key + " section" : "of the catalogue") + " (nor 'any')");
                }
                if (kind == null) {
                    throw new IllegalStateException(where + ": " + key + "." + shape + " is empty");
                }
                for (String text : all(kind)) {
                    placeholders(text).forEach(name -> {
                        if (!NAMED.contains(name) && Fact.byKey(name).isEmpty()) {
                            throw new IllegalStateException(where + ": " + key + "." + shape + ": unknown placeholder {" + name + "} in \"" + text + "\"");
                        }
                    });
                }
            });
            out.put(topic, Map.copyOf(kinds));
        });
        return out;
    }

    private static List<String> all(Kind kind) {
        List<String> texts = new ArrayList<>(kind.rehearse());
        texts.addAll(kind.drill());
        texts.addAll(kind.watch());
        return texts;
    }

    private static List<String> placeholders(String text) {
        List<String> out = new ArrayList<>();
        Matcher m = PLACEHOLDER.matcher(text);
        while (m.find()) {
            out.add(m.group(1));
        }
        return out;
    }

    /** The kind of a choice: its topic's entry for the chosen shape, or for any shape of the topic. */
    static Optional<Kind> of(Choice c) {
        if (c.rule() == null) {
            return Optional.empty();
        }
        Map<String, Kind> kinds = STANDARD.get(c.rule().topic());
        if (kinds == null) {
            return Optional.empty();
        }
        return Optional.ofNullable(kinds.getOrDefault(c.chosen().shape(), kinds.get(ANY)));
    }

    /** What a team new to the chosen product rehearses before launch, for this request. */
    static Optional<String> rehearse(Choice c, Workload w, Facts facts) {
        return of(c).flatMap(k -> first(k.rehearse(), c, w, facts));
    }

    /** As {@link #rehearse(Choice, Workload, Facts)}, the datastore at its busiest store's own load. */
    static Optional<String> rehearse(Choice c, Workload w, Store store) {
        return of(c).flatMap(k -> first(k.rehearse(), c, w, store.facts(), store.named()));
    }

    /**
     * The datastore as its drills and watches cite it: the facts with its busiest store's own writes at peak, and the
     * words that name that store after the product when the design has several ("" when one).
     *
     * @param facts the design's facts with the store's own load
     * @param named the store's name after the product, or empty
     */
    record Store(Facts facts, String named) {

        /**
         * The datastore at its busiest store's own writes at peak, as the cost lines give them, named when the design has
         * several stores; the facts unchanged when no store takes writes.
         */
        static Store busiest(Facts facts, List<CostPlanner.StoreLoad> loads) {
            Optional<CostPlanner.StoreLoad> busiest = loads.stream().max(java.util.Comparator.comparingDouble(CostPlanner.StoreLoad::writes))
                    .filter(b -> b.writes() > 0);
            Facts own = busiest.map(b -> facts.with(Fact.PEAK_WRITES, b.writes(), false, "the writes at peak of " + b.id())).orElse(facts);
            String named = loads.size() > 1 ? busiest.map(b -> " (" + b.id() + ", the busiest of its " + loads.size() + " stores)").orElse("") : "";
            return new Store(own, named);
        }
    }

    /** How the chosen datastore is drilled, at its busiest store's own load. */
    static Optional<String> drill(Choice c, Workload w, Store store) {
        return of(c).flatMap(k -> first(k.drill(), c, w, store.facts(), store.named()));
    }

    /** The drills of the design's chosen parts, in decision order; the datastore's at its busiest store's own load. */
    static List<String> drills(Architecture a, Facts facts, Store store) {
        List<String> out = new ArrayList<>();
        for (Choice c : a.choices()) {
            boolean datastore = c.rule() != null && c.rule().topic() == DecisionTopic.DATASTORE;
            of(c).flatMap(k -> first(k.drill(), c, a.workload(), datastore ? store.facts() : facts, datastore ? store.named() : ""))
                    .filter(d -> !out.contains(d)).ifPresent(out::add);
        }
        return out;
    }

    /** What the monitoring watches on each chosen part that has a line; the datastore at its busiest store's own load. */
    static List<String> watches(Architecture a, Facts facts, Store store) {
        List<String> out = new ArrayList<>();
        for (Choice c : a.choices()) {
            boolean datastore = c.rule() != null && c.rule().topic() == DecisionTopic.DATASTORE;
            of(c).flatMap(k -> first(k.watch(), c, a.workload(), datastore ? store.facts() : facts, datastore ? store.named() : ""))
                    .filter(d -> !out.contains(d)).ifPresent(out::add);
        }
        return out;
    }

    /** The first variant whose placeholders all have a value in this request, filled. */
    private static Optional<String> first(List<String> variants, Choice c, Workload w, Facts facts) {
        return first(variants, c, w, facts, "");
    }

    /** As {@link #first(List, Choice, Workload, Facts)}, the product followed by {@code named} (which of its stores). */
    private static Optional<String> first(List<String> variants, Choice c, Workload w, Facts facts, String named) {
        String product = c.chosen().technologyOn(w.cloud()) + named;
        for (String text : variants) {
            Optional<String> filled = fill(text, product, w, facts);
            if (filled.isPresent()) {
                return filled;
            }
        }
        return Optional.empty();
    }

    private static Optional<String> fill(String text, String product, Workload w, Facts facts) {
        StringBuilder out = new StringBuilder();
        Matcher m = PLACEHOLDER.matcher(text);
        while (m.find()) {
            String name = m.group(1);
            String value = switch (name) {
                case "product" -> product;
                case "system" -> w.system();
                case "site" -> SiteTerms.of(w.cloud()).learnOn();
                case "rtoMinutes" -> Numbers.format(w.rtoMinutes());
                case "rpoMinutes" -> Numbers.format(w.rpoMinutes());
                case "p99Ms" -> Numbers.format(w.p99Ms());
                case "peakRequestsPerSecond" -> w.peakRps() > 0 ? Numbers.format(Numbers.round(w.peakRps(), 0)) : null;
                default -> Fact.byKey(name).filter(facts::has).map(facts::value)
                        .filter(v -> v instanceof Double d && d > 0).map(v -> Numbers.format(Numbers.round((Double) v, 2))).orElse(null);
            };
            if (value == null) {
                return Optional.empty();
            }
            m.appendReplacement(out, Matcher.quoteReplacement(value));
        }
        m.appendTail(out);
        return Optional.of(out.toString());
    }
}
