package dev.architect.offline.internal.catalog;

import java.util.List;
import java.util.Set;

/**
 * Which words of a text stand in a negated clause, so a phrase there does not count: "we do not take card payments",
 * "no realtime needed", "without video", "payments are out of scope". The rule is small and clause-scoped:
 * <ul>
 *   <li>a negator (no, not, without, never, don't, cannot, ...) negates the few words after it in the same clause; a
 *       conjunction after it carries the negation only to the next word or two ("no video or audio", but not "no app
 *       and accept card payments");</li>
 *   <li>a closing negator (out of scope, not needed, not required, ...) negates the words before it in its clause;</li>
 *   <li>a clause that speaks of a harm (lost, duplicate, twice, downtime, manual, ...) keeps its nouns: the negation
 *       belongs to the harm ("no payment may be lost", "without double charging", "no manual reconciliation");</li>
 *   <li>a negator that measures ("no more than", "not only", "no later than") or forms a compound ("no-show") is none.</li>
 * </ul>
 * Clauses end at sentence punctuation and at words that start another clause (but, however, which, ...); a comma ends
 * one too, unless what follows is a short list item ("no realtime, video or chat").
 */
final class Negation {

    /** How many words after a negator it reaches: "not currently accept card payments". */
    private static final int REACH = 5;
    /** How many words after a conjunction inside its reach a negator still reaches: "no video or live audio". */
    private static final int AFTER_CONJUNCTION = 2;
    /** How many words before a closing negator it reaches: "card payments and refunds are out of scope". */
    private static final int REACH_BACK = 6;

    private static final Set<String> NEGATORS = Set.of("no", "not", "without", "never", "nor", "neither", "cannot", "dont",
            "doesnt", "cant", "wont", "isnt", "arent");
    /** The first half of a contraction whose "t" negates: don't, doesn't, isn't. */
    private static final Set<String> CONTRACTED = Set.of("don", "doesn", "didn", "isn", "aren", "won", "wasn", "weren", "shouldn",
            "needn", "can", "couldn", "wouldn", "haven", "hasn", "mustn");
    /** Words after a negator that make it a measure or an emphasis, not an absence: "no more than", "not only". */
    private static final Set<String> MEASURES = Set.of("more", "less", "fewer", "later", "earlier", "longer", "sooner", "than",
            "matter", "only", "just", "exceed", "exceeding", "exceeds", "doubt", "one");
    private static final Set<String> CONJUNCTIONS = Set.of("and", "or", "nor");
    /** Words that start another clause, so a negation before them ends there. */
    private static final Set<String> CLAUSE_STARTS = Set.of("but", "however", "although", "though", "whereas", "while", "so",
            "because", "instead", "which", "that", "unless", "except", "then", "yet");
    /**
     * Words of harm: in their clause the negation is of the harm, not of the things it befalls ("no booking may be
     * double-booked", "never lose a payment", "without downtime").
     */
    private static final Set<String> HARMS = Set.of("lost", "lose", "loses", "losing", "loss", "dropped", "drop", "drops", "duplicate",
            "duplicated", "duplicates", "double", "doubled", "twice", "missed", "miss", "misses", "missing", "leak", "leaked", "leaks",
            "leaking", "stale", "downtime", "outage", "outages", "fail", "fails", "failed", "failure", "failures", "delay", "delayed",
            "delays", "wait", "waiting", "manual", "manually", "corrupt", "corrupted", "late", "error", "errors", "mistake", "mistakes",
            "break", "breaks", "broken", "conflict", "conflicts", "overlap", "overlaps", "overlapping", "interruption", "interruptions",
            "gap", "gaps", "lag", "slow", "slower", "unauthorised", "unauthorized", "oversold", "overbooked", "overdraw", "overdrawn",
            "exposed", "exposure", "spam", "paper", "spreadsheet", "spreadsheets",
            // a deadline: "a referral not answered within 2 hours escalates" speaks of the time, not of an absence
            "within");
    /** Closing negators, as word sequences: "payments are out of scope". */
    private static final List<List<String>> CLOSING = List.of(List.of("out", "of", "scope"), List.of("not", "in", "scope"),
            List.of("not", "needed"), List.of("not", "required"), List.of("not", "necessary"), List.of("not", "planned"),
            List.of("not", "included"), List.of("not", "part"), List.of("not", "wanted"), List.of("not", "offered"),
            List.of("not", "supported"), List.of("unnecessary"), List.of("excluded"), List.of("isnt", "needed"),
            List.of("t", "needed"), List.of("t", "required"));

    private Negation() {
    }

    /** For each word of the text, whether it stands where a negation reaches. */
    static boolean[] scope(String text, List<String> words, int[] offsets) {
        int n = words.size();
        boolean[] out = new boolean[n];
        if (n == 0 || !mayNegate(words)) {
            return out;
        }
        int[] clause = clauses(text, words, offsets);
        boolean[] harmed = new boolean[clause[n - 1] + 1];
        for (int i = 0; i < n; i++) {
            if (HARMS.contains(words.get(i))) {
                harmed[clause[i]] = true;
            }
        }
        boolean[] closing = new boolean[n];
        for (List<String> c : CLOSING) {
            for (int i = 0; i + c.size() <= n; i++) {
                if (startsAt(words, i, c) && (!c.get(0).equals("t") || i > 0 && CONTRACTED.contains(words.get(i - 1)))) {
                    closing[i] = true;
                    for (int j = i - 1; j >= Math.max(0, i - REACH_BACK) && clause[j] == clause[i]; j--) {
                        out[j] = true;
                    }
                }
            }
        }
        for (int i = 0; i < n; i++) {
            if (closing[i] || !negator(text, words, offsets, i) || harmed[clause[i]]) {
                continue;
            }
            int end = i + REACH;
            for (int j = i + 1; j <= end && j < n && clause[j] == clause[i]; j++) {
                if (CONJUNCTIONS.contains(words.get(j))) {
                    end = Math.min(end, j + AFTER_CONJUNCTION);
                }
                out[j] = true;
            }
        }
        return out;
    }

    /** Whether the words from {@code at} on are the sequence, compared in place (no sub-list per word). */
    private static boolean startsAt(List<String> words, int at, List<String> sequence) {
        for (int k = 0; k < sequence.size(); k++) {
            if (!words.get(at + k).equals(sequence.get(k))) {
                return false;
            }
        }
        return true;
    }

    /** Most texts hold no negator at all: they are not split into clauses. */
    private static boolean mayNegate(List<String> words) {
        for (String w : words) {
            if (NEGATORS.contains(w) || w.equals("t") || w.equals("scope") || w.equals("unnecessary") || w.equals("excluded")) {
                return true;
            }
        }
        return false;
    }

    private static boolean negator(String text, List<String> words, int[] offsets, int i) {
        String w = words.get(i);
        boolean negates = NEGATORS.contains(w) || w.equals("t") && i > 0 && CONTRACTED.contains(words.get(i - 1));
        if (!negates) {
            return false;
        }
        int after = offsets[i] + w.length();
        if (after < text.length() && text.charAt(after) == '-') {
            return false; // a compound: no-show, non-profit, no-code
        }
        return i + 1 >= words.size() || !MEASURES.contains(words.get(i + 1));
    }

    /** Each word's clause number, rising through the text. */
    private static int[] clauses(String text, List<String> words, int[] offsets) {
        int n = words.size();
        int[] clause = new int[n];
        // 0: same clause, 1: comma, 2: a hard end (sentence punctuation or a clause word)
        int[] gap = new int[n];
        for (int i = 1; i < n; i++) {
            // the characters between two words, read in place
            int from = offsets[i - 1] + words.get(i - 1).length();
            boolean hardEnd = CLAUSE_STARTS.contains(words.get(i));
            boolean comma = false;
            for (int k = from; k < offsets[i] && !hardEnd; k++) {
                char c = text.charAt(k);
                hardEnd = ".;:!?()[]\n".indexOf(c) >= 0;
                comma |= c == ',';
            }
            gap[i] = hardEnd ? 2 : comma ? 1 : 0;
        }
        int current = 0;
        for (int i = 1; i < n; i++) {
            if (gap[i] == 2 || gap[i] == 1 && !listItem(words, gap, i)) {
                current++;
            }
            clause[i] = current;
        }
        return clause;
    }

    /** Whether the words from {@code i} to the next break are a short list item: "video", "or chat". */
    private static boolean listItem(List<String> words, int[] gap, int i) {
        int end = i + 1;
        while (end < words.size() && gap[end] == 0) {
            end++;
        }
        int size = end - i;
        if (size <= 2) {
            return true;
        }
        for (int k = i; k < end && size <= 4; k++) {
            if (words.get(k).equals("or") || words.get(k).equals("nor")) {
                return true;
            }
        }
        return false;
    }

    /** Whether the character at {@code i} ends a sentence, for quoting one. */
    static boolean endsSentence(String text, int i) {
        char c = text.charAt(i);
        boolean stop = c == '.' || c == '!' || c == '?' || c == '\n';
        // "99.9" and "Node.js" do not end a sentence
        return stop && (i + 1 >= text.length() || Character.isWhitespace(text.charAt(i + 1)));
    }
}
