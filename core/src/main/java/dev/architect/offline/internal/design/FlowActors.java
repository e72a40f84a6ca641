package dev.architect.offline.internal.design;

import dev.architect.offline.internal.archetype.Archetype;
import dev.architect.offline.internal.catalog.DataFiles;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Who acts in a flow, from {@code flow-actors.yaml}: of the request's actors, the one whose name and description share
 * the most words with the words the file lists for the flow's role and with the flow's own words. Staff work goes to
 * the finance team that reconciles, not to the first staff actor; a listener downloads, a creator reads the counts.
 *
 * @param flows the words of who acts, by flow id and role ({@code actor}, {@code staff}, {@code web})
 */
record FlowActors(Map<String, Map<String, List<String>>> flows) {

    static final String RESOURCE = "/dev/architect/offline/flow-actors.yaml";
    private static final FlowActors STANDARD = DataFiles.shipped(RESOURCE, FlowActors.class, "flow actors");
    /** Words of a flow's text too common to say who acts. */
    private static final Set<String> COMMON = Set.of("with", "from", "that", "this", "each", "their", "them", "then", "when", "into",
            "only", "once", "than", "every", "other", "after", "before", "first", "last", "until", "keyed", "post", "patch", "what",
            "which", "where", "there", "here", "they", "have", "does", "done", "none", "more", "most", "same", "over", "under",
            "still", "also", "just", "some", "many", "such", "your", "ours", "unique", "insert", "select", "update", "idempotency",
            "sequence", "store", "request", "requests", "system", "data", "record", "records", "make", "made", "send", "sends", "take");

    FlowActors {
        flows = flows == null ? Map.of() : Map.copyOf(flows);
    }

    static FlowActors standard() {
        return STANDARD;
    }

    /** The words the file lists for a flow's role, or none. */
    List<String> hints(Archetype.Flow f, String role) {
        for (Map.Entry<String, Map<String, List<String>>> e : flows.entrySet()) {
            if (f.id().equals(e.getKey()) || f.id().endsWith("-" + e.getKey())) {
                List<String> words = e.getValue().get(role);
                if (words != null) {
                    return words;
                }
            }
        }
        return List.of();
    }

    /**
     * The actor that best fits a flow's role: the most hint words (two points each) and flow words (one each) shared
     * with its name and description; the first candidate on a tie. Candidates in {@code byHintsOnly} count only when a
     * hint word names them.
     *
     * @param candidates the actors of the kind the role needs, in the request's order
     * @param byHintsOnly actors outside that kind that may act when the flow's hints name them
     * @return the actor, or empty when there is no candidate
     */
    Optional<Topology.Actor> pick(Archetype.Flow f, String role, List<Topology.Actor> candidates, List<Topology.Actor> byHintsOnly) {
        Set<String> hints = stems(String.join(" ", hints(f, role)));
        Set<String> flowWords = flowWords(f);
        Topology.Actor best = null;
        int bestScore = 0;
        for (Topology.Actor a : candidates) {
            int score = score(a, hints, flowWords);
            if (best == null || score > bestScore) {
                best = a;
                bestScore = score;
            }
        }
        for (Topology.Actor a : byHintsOnly) {
            int score = shared(stems(a.name() + " " + nullToEmpty(a.description())), hints) * 2;
            if (score > 0 && score > bestScore) {
                best = a;
                bestScore = score;
            }
        }
        return Optional.ofNullable(best);
    }

    /** The stems of a flow's title, description and step messages. */
    static Set<String> flowWords(Archetype.Flow f) {
        StringBuilder text = new StringBuilder(f.title() + " " + nullToEmpty(f.description()));
        f.parsed().forEach(s -> text.append(' ').append(s.message()));
        return stems(text.toString());
    }

    /** Whether a text (a step's message) uses a hint word of the flow's role. */
    boolean names(Archetype.Flow f, String role, String text) {
        return shared(stems(text), stems(String.join(" ", hints(f, role)))) > 0;
    }

    /** Whether a hint word of the flow's role names this actor. */
    boolean named(Archetype.Flow f, String role, Topology.Actor a) {
        return names(f, role, a.name() + " " + nullToEmpty(a.description()));
    }

    private static int score(Topology.Actor a, Set<String> hints, Set<String> flowWords) {
        Set<String> own = stems(a.name() + " " + nullToEmpty(a.description()));
        return shared(own, hints) * 2 + shared(own, flowWords);
    }

    static int shared(Set<String> own, Set<String> other) {
        int n = 0;
        for (String w : own) {
            if (other.stream().anyMatch(o -> same(w, o))) {
                n++;
            }
        }
        return n;
    }

    /** Two stems of one word: equal, or the shorter (five letters at least) begins the longer ("reconcil", "reconcili"). */
    private static boolean same(String a, String b) {
        if (a.equals(b)) {
            return true;
        }
        String shorter = a.length() <= b.length() ? a : b;
        String longer = shorter == a ? b : a;
        return shorter.length() >= 5 && longer.startsWith(shorter);
    }

    /** The stems of a text's words of four letters or more, common words left out. */
    static Set<String> stems(String text) {
        Set<String> out = new HashSet<>();
        for (String w : text.toLowerCase(Locale.ROOT).split("[^a-z]+")) {
            if (w.length() < 4 || COMMON.contains(w)) {
                continue;
            }
            out.add(stem(w));
        }
        return out;
    }

    private static final List<String[]> SUFFIXES = List.of(new String[] {"zzes", "z"}, new String[] {"ations", ""}, new String[] {"ation", ""},
            new String[] {"ings", ""}, new String[] {"ing", ""}, new String[] {"ies", "y"}, new String[] {"es", ""}, new String[] {"s", ""},
            new String[] {"ed", ""}, new String[] {"ers", ""}, new String[] {"er", ""});

    private static String stem(String w) {
        for (String[] s : SUFFIXES) {
            if (w.length() - s[0].length() >= 3 && w.endsWith(s[0])) {
                return w.substring(0, w.length() - s[0].length()) + s[1];
            }
        }
        return w;
    }

    private static String nullToEmpty(String s) {
        return s == null ? "" : s;
    }
}
