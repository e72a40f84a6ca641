package dev.architect.offline.internal.catalog;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Text as a sequence of lower-case words, matched against phrases word by word: "iot" finds "IoT devices" but not
 * "physiotherapy", "payment" finds "payments". A phrase of several words must occur as consecutive words. This is the
 * one place the offline architect recognises a term in free text, so no rule falls back to substring matching.
 */
public final class Words {

    /**
     * The text with its first letter in capitals, for the start of a sentence or a title: "patients" is "Patients".
     *
     * @param text the text
     * @return the text capitalised
     */
    public static String capitalise(String text) {
        return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }

    /**
     * The most texts and phrases kept split. A consultation reads the same description and the same catalogue phrases
     * hundreds of times (once per archetype and rule); past this many distinct texts the caches start afresh, so a
     * long-running service does not keep every request's text.
     */
    private static final int CACHED = 4096;
    private static final Map<String, Words> TEXTS = new ConcurrentHashMap<>();
    private static final Map<String, Phrase> PHRASES = new ConcurrentHashMap<>();

    private final String text;
    private final List<String> words;
    /** Where each word starts in the text, to quote the sentence a phrase was found in. */
    private final int[] offsets;
    /** Which negated clause each word stands in (see {@link Negation}): a phrase found there does not count. */
    private final boolean[] negated;
    /** Each word's positions in the text, made on the first search: a phrase is looked up, not slid along the text. */
    private volatile Map<String, List<Integer>> positions;

    private Words(String text, List<String> words, int[] offsets) {
        this.text = text;
        this.words = words;
        this.offsets = offsets;
        this.negated = Negation.scope(text, words, offsets);
    }

    public static Words of(String text) {
        String t = text == null ? "" : text;
        Words known = TEXTS.get(t);
        if (known != null) {
            return known;
        }
        List<int[]> spans = new ArrayList<>();
        List<String> split = split(t, spans);
        int[] offsets = spans.stream().mapToInt(x -> x[0]).toArray();
        Words made = new Words(t, List.copyOf(split), offsets);
        return cached(TEXTS, t, made);
    }

    private static <V> V cached(Map<String, V> cache, String key, V value) {
        if (cache.size() >= CACHED) {
            cache.clear();
        }
        cache.put(key, value);
        return value;
    }

    /** A phrase's words and the forms its first word is looked up by, made once per phrase. */
    private record Phrase(List<String> words, List<String> firstForms) {
        int size() {
            return words.size();
        }
    }

    /** A phrase, split once. */
    private static Phrase phrase(String phrase) {
        Phrase known = PHRASES.get(phrase);
        if (known != null) {
            return known;
        }
        List<String> words = List.copyOf(split(phrase));
        return cached(PHRASES, phrase, new Phrase(words, words.isEmpty() ? List.of() : forms(words.get(0))));
    }

    /**
     * The runs of ASCII letters and digits, lower-cased. A loop rather than {@code String.split} with a pattern: phrases
     * are split thousands of times a consultation and a pattern would be compiled on each call.
     */
    static List<String> split(String text) {
        return split(text, null);
    }

    /** The same, noting where each word starts and ends in {@code spans} when given. */
    private static List<String> split(String text, List<int[]> spans) {
        String lower = text.toLowerCase(Locale.ROOT);
        List<String> out = new ArrayList<>();
        int start = -1;
        for (int i = 0; i <= lower.length(); i++) {
            char c = i < lower.length() ? lower.charAt(i) : ' ';
            boolean wordChar = (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9');
            if (wordChar && start < 0) {
                start = i;
            } else if (!wordChar && start >= 0) {
                out.add(lower.substring(start, i));
                if (spans != null) {
                    spans.add(new int[] {start, i});
                }
                start = -1;
            }
        }
        return out;
    }

    /**
     * A data file's list of phrases, checked: present, each lower-case whole words as {@link #split} reads them ("on
     * shift", not "On Shift" or "check-in"), none twice. Every reader of word lists calls this, so a bad entry fails the same
     * way in every file, naming the file, the key and the entry.
     *
     * @param where the file (or the entry) the list comes from
     * @param key   the list's key
     * @param given the phrases as read
     * @return the phrases, unmodifiable
     * @throws IllegalStateException naming where, the key and the bad entry
     */
    public static List<String> phrases(String where, String key, List<String> given) {
        if (given == null || given.isEmpty()) {
            throw new IllegalStateException(where + ": " + key + " must list at least one phrase");
        }
        java.util.Set<String> seen = new java.util.LinkedHashSet<>();
        for (String w : given) {
            if (w == null || w.isBlank() || !String.join(" ", split(w)).equals(w)) {
                throw new IllegalStateException(where + ": " + key + " has '" + w + "', which is not lower-case whole words");
            }
            if (!seen.add(w)) {
                throw new IllegalStateException(where + ": " + key + " lists '" + w + "' twice");
            }
        }
        return List.copyOf(seen);
    }

    /** The longest id the dossier accepts ({@code dev.architect.internal.Invariants#ID}). */
    private static final int ID_LENGTH = 80;

    /**
     * An id joined from slugs with dashes ("orders-service", "orders", "module"). Clients name capabilities in whole
     * sentences, so a joined id can pass the 80 characters an id may have; then its start is kept and a hash of the whole
     * is appended, so two long ids that share a start stay distinct and the same parts always give the same id.
     *
     * @param parts slugs, each already made by {@link #slug}
     * @return the joined id, at most 80 characters
     */
    public static String joinedId(String... parts) {
        String whole = String.join("-", parts);
        if (whole.length() <= ID_LENGTH) {
            return whole;
        }
        String hash = String.format(Locale.ROOT, "%08x", whole.hashCode());
        String start = whole.substring(0, ID_LENGTH - hash.length() - 1);
        while (start.endsWith("-")) {
            start = start.substring(0, start.length() - 1);
        }
        return start + "-" + hash;
    }

    /** The longest id {@link #slug} makes. */
    private static final int SLUG_LENGTH = 40;

    /**
     * An id from free text: its words (as {@link #split} reads them) joined by dashes, cut to at most 40 characters at a
     * word's end or inside one, never ending in a dash: "Order Management" -> "order-management"; "x" for a text without
     * words. A loop, not two regular expressions: ids are made for every capability, container and integration.
     */
    public static String slug(String text) {
        String lower = text.toLowerCase(Locale.ROOT);
        StringBuilder out = new StringBuilder(Math.min(lower.length(), SLUG_LENGTH + 1));
        boolean gap = false;
        for (int i = 0; i < lower.length() && out.length() <= SLUG_LENGTH; i++) {
            char c = lower.charAt(i);
            if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) {
                if (gap && out.length() > 0) {
                    out.append('-');
                }
                out.append(c);
                gap = false;
            } else {
                gap = true;
            }
        }
        if (out.length() > SLUG_LENGTH) {
            out.setLength(SLUG_LENGTH);
        }
        if (out.length() > 0 && out.charAt(out.length() - 1) == '-') {
            out.setLength(out.length() - 1);
        }
        return out.length() == 0 ? "x" : out.toString();
    }

    /** Whether any of the phrases occurs as whole words. */
    public boolean containsAny(Collection<String> phrases) {
        return firstMatch(phrases).isPresent();
    }

    /** The first phrase (in the order given) that occurs as whole words. */
    public Optional<String> firstMatch(Collection<String> phrases) {
        return phrases.stream().filter(this::contains).findFirst();
    }

    /**
     * The first phrase that occurs as whole words outside every occurrence of the excluding phrases: the words that
     * give a phrase another meaning ("payment" inside "payment matching", "charge" inside "in charge of").
     */
    public Optional<String> firstMatch(Collection<String> phrases, Collection<String> excluding) {
        return firstMatch(phrases, excluding, List.of());
    }

    /**
     * The same, and outside the proper names given, after their first word: "Marketplace" in "OverDrive Marketplace" is
     * the product's name, evidence of that integration only, while a phrase that starts at the brand ("Stripe" of "Stripe
     * Connect", "Google Maps") still counts.
     */
    public Optional<String> firstMatch(Collection<String> phrases, Collection<String> excluding, Collection<String> names) {
        boolean[] covered = new boolean[words.size()];
        for (String x : excluding) {
            Phrase excluded = phrase(x);
            int length = excluded.size();
            for (int start : starts(excluded, false, false)) { // a negated "payment matching" still gives "payment" its other sense
                java.util.Arrays.fill(covered, start, start + length, true);
            }
        }
        for (String name : names) {
            Phrase named = phrase(name);
            for (int start : starts(named, false, false)) {
                java.util.Arrays.fill(covered, start + 1, start + named.size(), true);
            }
        }
        return phrases.stream().filter(p -> {
            Phrase wanted = phrase(p);
            int length = wanted.size();
            for (int start : starts(wanted, true, false)) {
                boolean free = false;
                for (int i = start; i < start + length && !free; i++) {
                    free = !covered[i];
                }
                if (free) {
                    return true;
                }
            }
            return false;
        }).findFirst();
    }

    /**
     * The first place where one of the verbs is followed, in the same sentence, by one of the objects, with at most
     * {@code maxGap} filler words between them ({@code N} among the fillers stands for any number): "pushed to up to
     * 500,000 connected punters" is "pushed to" and "connected" with "up to 500 000" between. Both outside a negated
     * clause, neither part of another compound noun, neither inside a proper name after its first word; the text from
     * the verb to the object is returned, as the request wrote it, to be shown as the evidence.
     */
    public Optional<String> firstPattern(Collection<String> verbs, Collection<String> objects, Collection<String> fillers, int maxGap,
                                         Collection<String> names) {
        boolean[] covered = new boolean[words.size()];
        for (String name : names) {
            Phrase named = phrase(name);
            for (int start : starts(named, false, false)) {
                java.util.Arrays.fill(covered, start + 1, start + named.size(), true);
            }
        }
        int best = Integer.MAX_VALUE;
        int bestEnd = -1;
        for (String verb : verbs) {
            Phrase v = phrase(verb);
            for (int start : starts(v, true, false)) {
                if (covered[start] || start >= best) {
                    continue;
                }
                int at = start + v.size();
                for (int gap = 0; gap <= maxGap && at < words.size() && inSentence(at - 1); gap++, at++) {
                    int end = objectAt(at, objects, covered);
                    if (end >= 0) {
                        best = start;
                        bestEnd = end;
                        break;
                    }
                    String w = words.get(at);
                    if (fillers.stream().noneMatch(f -> f.equals(w) || f.equals(ANY_WORD) || f.equals("n") && sameWord(w, "n"))) {
                        break;
                    }
                }
            }
        }
        if (bestEnd < 0) {
            return Optional.empty();
        }
        return Optional.of(text.substring(offsets[best], offsets[bestEnd] + words.get(bestEnd).length()));
    }

    /** A filler of {@link #firstPattern} that stands for any one word ("a global news site": "news"). */
    public static final String ANY_WORD = "*";

    /** The last word of an object that starts at {@code at}, or -1 when none does there. */
    private int objectAt(int at, Collection<String> objects, boolean[] covered) {
        if (negated[at] || covered[at]) {
            return -1;
        }
        for (String object : objects) {
            List<String> wanted = phrase(object).words();
            if (!wanted.isEmpty() && at + wanted.size() <= words.size() && matchesAt(at, wanted) && !otherCompound(at, wanted)) {
                return at + wanted.size() - 1;
            }
        }
        return -1;
    }

    /** Whether word {@code i} and the next stand in one sentence (a comma inside "500,000" keeps them together). */
    private boolean inSentence(int i) {
        if (i + 1 >= words.size()) {
            return false;
        }
        for (int k = offsets[i] + words.get(i).length(); k < offsets[i + 1]; k++) {
            if (";!?:()\n".indexOf(text.charAt(k)) >= 0 || Negation.endsSentence(text, k)) {
                return false;
            }
        }
        return true;
    }

    /**
     * Whether a phrase occurs as consecutive whole words (each allowing a plural ending), outside a negated clause: "we
     * do not take card payments" does not say "payments".
     */
    public boolean contains(String phrase) {
        return !starts(phrase(phrase), true, true).isEmpty();
    }

    /**
     * The sentence of the text where the phrase counts (its first occurrence outside a negated clause), to quote as the
     * evidence; empty when it does not occur.
     */
    public Optional<String> sentenceWith(String phrase) {
        List<Integer> at = starts(phrase);
        if (at.isEmpty()) {
            return Optional.empty();
        }
        int offset = offsets[at.stream().mapToInt(Integer::intValue).min().orElseThrow()];
        if (!hasEarlierSentence(offset)) {
            return Optional.of(text.strip()); // found in the opening sentence: the text as it reads
        }
        int from = offset;
        while (from > 0 && !Negation.endsSentence(text, from - 1)) {
            from--;
        }
        int to = offset;
        while (to < text.length() && !Negation.endsSentence(text, to)) {
            to++;
        }
        return Optional.of(text.substring(from, Math.min(text.length(), to + 1)).strip());
    }

    private boolean hasEarlierSentence(int offset) {
        for (int i = 0; i < offset; i++) {
            if (Negation.endsSentence(text, i)) {
                return true;
            }
        }
        return false;
    }

    /** Where the phrase starts in the text, by word position, outside negated clauses. */
    private List<Integer> starts(String phrase) {
        return starts(phrase(phrase), true, false);
    }

    /**
     * Where the words start in the text, by word position; outside negated clauses only when asked; only the first
     * found when that is all the caller needs (whether the phrase occurs at all).
     */
    private List<Integer> starts(Phrase phrase, boolean outsideNegation, boolean firstOnly) {
        List<String> wanted = phrase.words();
        if (wanted.isEmpty() || wanted.size() > words.size()) {
            return List.of();
        }
        List<Integer> out = new ArrayList<>(1);
        if (wanted.get(0).equals("n")) { // a number: any word may start it
            for (int start = 0; start + wanted.size() <= words.size(); start++) {
                if (!(outsideNegation && negated[start]) && matchesAt(start, wanted) && !otherCompound(start, wanted)) {
                    out.add(start);
                    if (firstOnly) {
                        return out;
                    }
                }
            }
            return out;
        }
        Map<String, List<Integer>> index = index();
        for (String form : phrase.firstForms()) {
            List<Integer> at = index.get(form);
            if (at == null) {
                continue;
            }
            for (int start : at) {
                if (!(outsideNegation && negated[start]) && start + wanted.size() <= words.size() && matchesAt(start, wanted)
                        && !otherCompound(start, wanted)) {
                    out.add(start);
                    if (firstOnly) {
                        return out;
                    }
                }
            }
        }
        return out;
    }

    /**
     * Whether the words found at {@code start} are part of another compound noun ({@link CompoundSenses}): a modifier
     * right before the first ("library card") or a head right after the last ("charge certificate"), joined by a space
     * or a hyphen only. A phrase that holds the modifier itself ("library card") is not affected.
     */
    private boolean otherCompound(int start, List<String> wanted) {
        int end = start + wanted.size() - 1;
        if (start > 0 && joined(start - 1) && CompoundSenses.modifies(words.get(start - 1), singular(wanted.get(0)))) {
            return true;
        }
        return end + 1 < words.size() && joined(end) && CompoundSenses.heads(singular(wanted.get(wanted.size() - 1)), words.get(end + 1));
    }

    /** Whether word {@code i} and the next are joined by spaces or a hyphen only. */
    private boolean joined(int i) {
        for (int k = offsets[i] + words.get(i).length(); k < offsets[i + 1]; k++) {
            char c = text.charAt(k);
            if (c != ' ' && c != '-') {
                return false;
            }
        }
        return true;
    }

    /** A phrase's word as the compound table keys it: "cards" is read as "card". */
    private static String singular(String word) {
        return word.endsWith("s") && word.length() > 3 && !word.endsWith("ss") ? word.substring(0, word.length() - 1) : word;
    }

    private boolean matchesAt(int start, List<String> wanted) {
        for (int i = 0; i < wanted.size(); i++) {
            if (!sameWord(words.get(start + i), wanted.get(i))) {
                return false;
            }
        }
        return true;
    }

    /** The forms of a wanted word that {@link #sameWord} accepts, so each is one lookup. */
    private static List<String> forms(String wanted) {
        return wanted.endsWith("y")
                ? List.of(wanted, wanted + "s", wanted + "es", wanted.substring(0, wanted.length() - 1) + "ies")
                : List.of(wanted, wanted + "s", wanted + "es");
    }

    private Map<String, List<Integer>> index() {
        Map<String, List<Integer>> index = positions;
        if (index == null) {
            Map<String, List<Integer>> made = new HashMap<>();
            for (int i = 0; i < words.size(); i++) {
                made.computeIfAbsent(words.get(i), w -> new ArrayList<>(1)).add(i);
            }
            positions = index = made;
        }
        return index;
    }

    /** Counts without a figure, which {@code N} in a phrase also stands for ("hundreds of operators"). */
    private static final java.util.Set<String> COUNTS_WITHOUT_A_FIGURE = java.util.Set.of("hundreds", "thousands", "dozens");

    /**
     * A word of the text is the wanted word or its regular plural (payments, searches, deliveries); {@code N} in a
     * phrase stands for any number, in digits or words ("within N km" finds "within 2 km" and "within two km").
     */
    static boolean sameWord(String word, String wanted) {
        if (wanted.equals("n")) {
            // one counts nothing plural, so it is not a count here
            return !word.isEmpty() && word.chars().allMatch(Character::isDigit) || COUNTS_WITHOUT_A_FIGURE.contains(word)
                    || dev.architect.internal.Numbers.ofWord(word).orElse(0) > 1;
        }
        int extra = word.length() - wanted.length();
        if (extra == 0) {
            return word.equals(wanted);
        }
        if (extra == 1) {
            return word.endsWith("s") && word.startsWith(wanted);
        }
        if (extra != 2) {
            return false;
        }
        // compared in place: this runs for every word a phrase is tried at
        return word.startsWith(wanted) && word.endsWith("es")
                || wanted.endsWith("y") && word.endsWith("ies") && word.regionMatches(0, wanted, 0, wanted.length() - 1);
    }
}
