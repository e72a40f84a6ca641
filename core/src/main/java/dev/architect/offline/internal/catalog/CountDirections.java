package dev.architect.offline.internal.catalog;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Which way a stated count runs, from {@code count-directions.yaml}: whether "about 1.5 million checks a day" or "lift gates
 * check 180,000 passes a day" counts things read (looked up, checked, verified), or "volunteers submit 500 diaries a day"
 * things written. The count's own noun decides first ("checks" are reads, "check-ins" writes); otherwise the nearest
 * listed verb of its clause before the number, with its particle ("check in" is an arrival, a write); a negated verb, or a
 * clause with no listed verb, decides nothing ({@link Direction#UNKNOWN}), and the caller keeps its own default.
 *
 * @param readNouns nouns that count reads, singular
 * @param writeNouns nouns that count writes, singular
 * @param readVerbs verbs whose object is read, base form, one or more words
 * @param writeVerbs verbs whose object is written, base form, one or more words
 * @param particles per verb, the particles that make a phrasal verb of another direction ("check in": write)
 * @param negations words that, just before a verb, undo it
 */
public record CountDirections(List<String> readNouns, List<String> writeNouns, List<String> readVerbs, List<String> writeVerbs,
                              Map<String, Map<String, Direction>> particles, List<String> negations) {

    static final String RESOURCE = "/dev/architect/offline/count-directions.yaml";

    /** The way a count runs. */
    public enum Direction {
        /** Things looked up, checked or verified: a part's reads, one request each. */
        READ,
        /** Things recorded, submitted or arrived: a part's writes. */
        WRITE,
        /** The words do not say. */
        UNKNOWN
    }

    public CountDirections {
        readNouns = checked("readNouns", readNouns);
        writeNouns = checked("writeNouns", writeNouns);
        readVerbs = checked("readVerbs", readVerbs);
        writeVerbs = checked("writeVerbs", writeVerbs);
        negations = checked("negations", negations);
        particles = Map.copyOf(particles == null ? Map.of() : particles);
        for (Map.Entry<String, Map<String, Direction>> e : particles.entrySet()) {
            if (!readVerbs.contains(e.getKey()) && !writeVerbs.contains(e.getKey())) {
                throw new IllegalStateException(RESOURCE + ": particles." + e.getKey() + " is no listed verb");
            }
            if (e.getValue() == null || e.getValue().isEmpty() || e.getValue().values().stream().anyMatch(d -> d == null || d == Direction.UNKNOWN)) {
                throw new IllegalStateException(RESOURCE + ": particles." + e.getKey() + " needs each particle's direction, read or write");
            }
        }
        Set<String> both = new HashSet<>(readVerbs);
        both.retainAll(writeVerbs);
        both.addAll(readNouns.stream().filter(writeNouns::contains).toList());
        if (!both.isEmpty()) {
            throw new IllegalStateException(RESOURCE + ": " + both + " listed as both a read and a write");
        }
    }

    private static List<String> checked(String key, List<String> words) {
        if (words == null || words.isEmpty()) {
            throw new IllegalStateException(RESOURCE + ": " + key + " is missing or empty");
        }
        for (String w : words) {
            if (w == null || w.isBlank() || !w.equals(w.toLowerCase(Locale.ROOT).strip())) {
                throw new IllegalStateException(RESOURCE + ": " + key + " entry '" + w + "' must be lower-case words");
            }
        }
        return List.copyOf(words);
    }

    private static final class Holder {
        static final CountDirections STANDARD = DataFiles.shipped(RESOURCE, CountDirections.class, "count directions");
    }

    /**
     * The shipped directions.
     *
     * @return the file's reading
     */
    public static CountDirections standard() {
        return Holder.STANDARD;
    }

    /**
     * The way a count runs, from its noun, else from its clause's verb.
     *
     * @param before the text before the count's number, in its sentence (any case); only its last clause is read
     * @param noun the words naming what is counted ("checks", "lot certificates")
     * @return read, write, or unknown when neither the noun nor a listed verb of the clause says
     */
    public Direction of(String before, String noun) {
        List<String> nouns = words(noun);
        for (int i = 0; i < nouns.size(); i++) {
            // "check-ins" counts arrivals; "check ins" as two words too
            String two = i + 1 < nouns.size() ? nouns.get(i) + "-" + nouns.get(i + 1) : null;
            if (isNoun(writeNouns, nouns.get(i)) || two != null && isNoun(writeNouns, two)) {
                return Direction.WRITE;
            }
        }
        if (!nouns.isEmpty() && isNoun(readNouns, nouns.get(nouns.size() - 1))) {
            return Direction.READ;
        }
        List<String> clause = words(lastClause(before == null ? "" : before));
        for (int end = clause.size(); end > 0; end--) {
            for (Direction d : List.of(Direction.READ, Direction.WRITE)) {
                for (String verb : d == Direction.READ ? readVerbs : writeVerbs) {
                    List<String> v = List.of(verb.split(" "));
                    int start = end - v.size();
                    if (start < 0 || !isVerb(clause.get(start), v.get(0)) || !clause.subList(start + 1, end).equals(v.subList(1, v.size()))) {
                        continue;
                    }
                    if (start > 0 && negations.contains(clause.get(start - 1)) || start > 1 && negations.contains(clause.get(start - 2))) {
                        return Direction.UNKNOWN;
                    }
                    Map<String, Direction> own = particles.getOrDefault(verb, Map.of());
                    if (end < clause.size() && own.containsKey(clause.get(end))) {
                        return own.get(clause.get(end));
                    }
                    return d;
                }
            }
        }
        return Direction.UNKNOWN;
    }

    /**
     * The way a count the request states runs, read in the sentence it stands in: the text of its field (the description
     * or a goal) before its phrase, and its noun.
     *
     * @param request the request
     * @param count a count read from it
     * @return read, write, or unknown where the phrase is not found or the words do not say
     */
    public Direction of(dev.architect.request.ConsultationRequest request, dev.architect.internal.facts.StatedCount count) {
        String text = count.field().equals("description") ? request.description() : null;
        if (count.field().startsWith("goals[") && count.field().endsWith("]")) {
            int i = Integer.parseInt(count.field().substring(6, count.field().length() - 1));
            text = i < request.goals().size() ? request.goals().get(i) : null;
        }
        int at = text == null ? -1 : text.indexOf(count.phrase());
        return at < 0 ? Direction.UNKNOWN : of(text.substring(0, at), count.noun());
    }

    /** The words after the last ". ", "; " or ", " (a comma inside a number, "1,500", ends nothing). */
    private static String lastClause(String text) {
        String lower = text.toLowerCase(Locale.ROOT);
        int cut = Math.max(Math.max(lower.lastIndexOf(". "), lower.lastIndexOf("; ")), Math.max(lower.lastIndexOf(", "), lower.lastIndexOf(": ")));
        return lower.substring(cut + 1);
    }

    private static List<String> words(String text) {
        List<String> out = new ArrayList<>();
        for (String w : text.toLowerCase(Locale.ROOT).split("[^a-z'-]+")) {
            String t = w.replaceAll("^[-']+|[-']+$", "");
            if (!t.isEmpty()) {
                out.add(t);
            }
        }
        return out;
    }

    /** Whether a word is a listed noun, in the singular or the plural ("checks", "queries", "searches"). */
    private static boolean isNoun(List<String> listed, String word) {
        for (String n : listed) {
            if (word.equals(n) || word.equals(n + "s") || word.equals(n + "es") || n.endsWith("y") && word.equals(n.substring(0, n.length() - 1) + "ies")) {
                return true;
            }
        }
        return false;
    }

    /** Whether a word is a form of a verb: "check", "checks", "checked", "checking"; "verify", "verifies", "verified". */
    private static boolean isVerb(String word, String verb) {
        if (word.equals(verb) || word.equals(verb + "s") || word.equals(verb + "es") || word.equals(verb + "ed") || word.equals(verb + "ing")) {
            return true;
        }
        String stem = verb.endsWith("e") ? verb.substring(0, verb.length() - 1) : verb.endsWith("y") ? verb.substring(0, verb.length() - 1) + "i" : verb;
        return word.equals(stem + "ed") || word.equals(stem + "es") || verb.endsWith("e") && (word.equals(stem + "ing") || word.equals(verb + "d"))
                || verb.endsWith("g") && word.equals(verb + "ged") || verb.endsWith("g") && word.equals(verb + "ging");
    }
}
