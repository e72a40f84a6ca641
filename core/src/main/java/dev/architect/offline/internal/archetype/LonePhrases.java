package dev.architect.offline.internal.archetype;

import dev.architect.offline.internal.catalog.DataFiles;
import java.io.InputStream;
import java.util.List;
import java.util.Map;

/**
 * The phrases of an archetype that recognise it only beside another of its own phrases, from
 * {@code lone-archetype-phrases.yaml}: "kept 10 years" alone is a retention period, not a custody trail with legal holds;
 * "move off" a search cluster alone is no migration off a running system.
 *
 * @param archetypes the lone phrases by archetype id
 */
public record LonePhrases(Map<String, List<String>> archetypes) {

    public static final String RESOURCE = "/dev/architect/offline/lone-archetype-phrases.yaml";

    public LonePhrases {
        archetypes = Map.copyOf(archetypes == null ? Map.of() : archetypes);
    }

    private static final class Holder {
        static final LonePhrases STANDARD = checked(DataFiles.shipped(RESOURCE, LonePhrases.class, "lone archetype phrases"), Archetypes.standard());
    }

    /** The shipped lone phrases, read once and checked against the shipped archetypes. */
    public static LonePhrases standard() {
        return Holder.STANDARD;
    }

    /** Reads a lone-phrases file and checks it against an archetype catalogue; the error names the entry. */
    public static LonePhrases read(InputStream in, String source, Archetypes catalogue) {
        return checked(DataFiles.read(in, source, LonePhrases.class, "lone archetype phrases"), catalogue);
    }

    private static LonePhrases checked(LonePhrases lone, Archetypes catalogue) {
        for (Map.Entry<String, List<String>> e : lone.archetypes().entrySet()) {
            Archetype a = catalogue.archetypes().stream().filter(x -> x.id().equals(e.getKey())).findFirst()
                    .orElseThrow(() -> new IllegalStateException("lone phrases name archetype '" + e.getKey() + "', which the catalogue does not have"));
            for (String p : e.getValue()) {
                if (!a.phrases().contains(p)) {
                    throw new IllegalStateException("lone phrase '" + p + "' of archetype '" + a.id() + "' is not one of its phrases");
                }
            }
        }
        return lone;
    }

    /**
     * Whether an archetype's own evidence is only lone phrases, so that nothing corroborates it.
     *
     * @param archetype the archetype
     * @param evidence what its own words were found in
     * @return true when every phrase found is lone for it, no capability is named by it at its head and no text of the
     *         evidence holds one of its other phrases
     */
    public boolean onlyLone(Archetype archetype, List<Evidence> evidence) {
        List<String> lone = archetypes.getOrDefault(archetype.id(), List.of());
        if (lone.isEmpty() || evidence.isEmpty()) {
            return false;
        }
        // a firm phrase in the same text ("permit application" where "applications" was found first) corroborates it
        List<String> firm = archetype.phrases().stream().filter(p -> !lone.contains(p)).toList();
        // a capability named by the phrase at its head ("ledger", "expense ledger") is that mechanism by its own name
        boolean named = evidence.stream().anyMatch(e -> e.field() == RequestField.CAPABILITY && !CapabilityShapes.contentTokens(e.text()).isEmpty()
                && dev.architect.offline.internal.catalog.Words.of(lastOf(e.text())).contains(e.phrase()));
        return !named && onlyLone(archetype.id(), evidence.stream().map(Evidence::phrase).distinct().toList())
                && evidence.stream().noneMatch(e -> dev.architect.offline.internal.catalog.Words.of(e.text()).firstMatch(firm, archetype.notWithin()).isPresent());
    }

    /**
     * Whether these phrases are all lone phrases of an archetype.
     *
     * @param archetype the archetype's id
     * @param phrases the phrases its own words were found by
     * @return true when every phrase is lone for it or a lone phrase's singular (and there is at least one)
     */
    public boolean onlyLone(String archetype, List<String> phrases) {
        List<String> lone = archetypes.getOrDefault(archetype, List.of());
        return !lone.isEmpty() && !phrases.isEmpty() && phrases.stream().allMatch(p -> lone.stream().anyMatch(l -> sameWords(l, p)));
    }

    private static String lastOf(String text) {
        List<String> words = CapabilityShapes.contentTokens(text);
        return words.get(words.size() - 1);
    }

    /** A lone phrase or its singular ("applications", "application" of a paraphrase's case kind). */
    private static boolean sameWords(String lone, String phrase) {
        return lone.equals(phrase) || phrase.split(" ").length == lone.split(" ").length
                && dev.architect.offline.internal.catalog.Words.of(lone).contains(phrase);
    }
}
