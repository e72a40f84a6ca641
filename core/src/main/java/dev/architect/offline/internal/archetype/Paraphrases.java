package dev.architect.offline.internal.archetype;

import dev.architect.offline.internal.catalog.DataFiles;
import dev.architect.offline.internal.catalog.Words;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The paraphrases an architect reads as an archetype or a way money moves ({@code paraphrases.yaml}): a verb family
 * followed by its object in one sentence ("pushed to up to 500,000 connected punters", "stops a robot"), read by
 * {@link Words#firstPattern} on whole words with the evidence shown. Archetype ids are checked against the catalogue
 * when {@link Archetypes} is read, so a bad entry fails naming it.
 *
 * @param archetypes      the patterns that recognise an archetype
 * @param moneyDirections the patterns that say a direction of money
 */
public record Paraphrases(List<ForArchetype> archetypes, List<ForMoney> moneyDirections) {

    static final String RESOURCE = "/dev/architect/offline/paraphrases.yaml";

    /**
     * A verb family and its objects.
     *
     * @param verbs   the verbs, as phrases
     * @param objects what the verb must reach
     * @param fillers words allowed between them ({@code N}: any number)
     * @param maxGap  how many fillers at most
     */
    public record Pattern(List<String> verbs, List<String> objects, List<String> fillers, Integer maxGap) {
        public Pattern {
            if (verbs == null || verbs.isEmpty() || objects == null || objects.isEmpty()) {
                throw new IllegalStateException(RESOURCE + ": a pattern needs verbs and objects");
            }
            if (maxGap == null || maxGap < 0 || maxGap > 8) {
                throw new IllegalStateException(RESOURCE + ": a pattern's maxGap must be 0 to 8, not " + maxGap);
            }
            verbs = List.copyOf(verbs);
            objects = List.copyOf(objects);
            fillers = List.copyOf(fillers == null ? List.of() : fillers);
        }

        /** The words from the verb to the object where the text says it, or empty. */
        public Optional<String> in(String text, List<String> names) {
            return text == null || text.isBlank() ? Optional.empty() : Words.of(text).firstPattern(verbs, objects, fillers, maxGap, names);
        }
    }

    /**
     * An archetype's patterns, or the direction of money whose patterns recognise it.
     *
     * @param archetype an archetype id of archetypes.yaml
     * @param patterns  its own patterns
     * @param money     a direction whose patterns recognise it instead
     */
    public record ForArchetype(String archetype, List<Pattern> patterns, MoneyDirection money) {
        public ForArchetype {
            if (archetype == null || archetype.isBlank()) {
                throw new IllegalStateException(RESOURCE + ": an archetypes entry names no archetype");
            }
            patterns = List.copyOf(patterns == null ? List.of() : patterns);
            if (patterns.isEmpty() == (money == null)) {
                throw new IllegalStateException(RESOURCE + ": archetype '" + archetype + "' needs either patterns or money, and not both");
            }
        }
    }

    /**
     * A direction of money and its patterns.
     *
     * @param direction INCOMING or OUTGOING
     * @param patterns  the patterns that say it
     */
    public record ForMoney(MoneyDirection direction, List<Pattern> patterns) {
        public ForMoney {
            if (direction == null || patterns == null || patterns.isEmpty()) {
                throw new IllegalStateException(RESOURCE + ": a moneyDirections entry needs a direction and patterns");
            }
            patterns = List.copyOf(patterns);
        }
    }

    public Paraphrases {
        archetypes = List.copyOf(archetypes == null ? List.of() : archetypes);
        moneyDirections = List.copyOf(moneyDirections == null ? List.of() : moneyDirections);
        java.util.Set<String> seen = new java.util.HashSet<>();
        for (ForArchetype a : archetypes) {
            if (!seen.add(a.archetype())) {
                throw new IllegalStateException(RESOURCE + ": archetype '" + a.archetype() + "' is given twice");
            }
            if (a.money() != null && moneyDirections.stream().noneMatch(m -> m.direction() == a.money())) {
                throw new IllegalStateException(RESOURCE + ": archetype '" + a.archetype() + "' is recognised by money " + a.money()
                        + ", which has no patterns");
            }
        }
    }

    private static final class Holder {
        static final Paraphrases STANDARD = DataFiles.shipped(RESOURCE, Paraphrases.class, "paraphrases");
    }

    /** The shipped table. */
    public static Paraphrases standard() {
        return Holder.STANDARD;
    }

    /** Reads a table in the shipped layout; the error names the file and the entry. */
    public static Paraphrases read(java.io.InputStream in, String source) {
        return DataFiles.read(in, source, Paraphrases.class, "paraphrases");
    }

    /** Fails naming the entry when an archetype of the table is not in the catalogue. */
    public void check(List<String> archetypeIds) {
        for (ForArchetype a : archetypes) {
            if (!archetypeIds.contains(a.archetype())) {
                throw new IllegalStateException(RESOURCE + ": archetype '" + a.archetype() + "' is not in the archetype catalogue");
            }
        }
    }

    /** The patterns that recognise the archetype: its own, or those of the direction of money it stands for. */
    public List<Pattern> of(String archetype) {
        return archetypes.stream().filter(a -> a.archetype().equals(archetype)).findFirst()
                .map(a -> a.money() == null ? a.patterns() : money().getOrDefault(a.money(), List.of())).orElse(List.of());
    }

    /** The patterns of each direction of money. */
    public Map<MoneyDirection, List<Pattern>> money() {
        Map<MoneyDirection, List<Pattern>> out = new EnumMap<>(MoneyDirection.class);
        moneyDirections.forEach(m -> out.computeIfAbsent(m.direction(), d -> new java.util.ArrayList<>()).addAll(m.patterns()));
        return out;
    }

    /** The first pattern's words in the text, or empty. */
    public static Optional<String> first(List<Pattern> patterns, String text, List<String> names) {
        for (Pattern p : patterns) {
            Optional<String> found = p.in(text, names);
            if (found.isPresent()) {
                return found;
            }
        }
        return Optional.empty();
    }
}
