package dev.architect.offline.internal.catalog;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Text as a sequence of lower-case words, matched against phrases word by word: "iot" finds "IoT devices" but not
 * "physiotherapy", "payment" finds "payments". A phrase of several words must occur as consecutive words. This is the
 * one place the offline architect recognises a term in free text, so no rule falls back to substring matching.
 */
public final class Words {

    private final List<String> words;

    private Words(List<String> words) {
        this.words = words;
    }

    public static Words of(String text) {
        return new Words(split(text == null ? "" : text));
    }

    /**
     * The runs of ASCII letters and digits, lower-cased. A loop rather than {@code String.split} with a pattern: phrases
     * are split thousands of times a consultation and a pattern would be compiled on each call.
     */
    static List<String> split(String text) {
        String lower = text.toLowerCase(Locale.ROOT);
        List<String> out = new ArrayList<>();
        int start = -1;
        for (int i = 0; i < lower.length(); i++) {
            char c = lower.charAt(i);
            boolean wordChar = (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9');
            if (wordChar && start < 0) {
                start = i;
            } else if (!wordChar && start >= 0) {
                out.add(lower.substring(start, i));
                start = -1;
            }
        }
        if (start >= 0) {
            out.add(lower.substring(start));
        }
        return out;
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
        boolean[] covered = new boolean[words.size()];
        for (String x : excluding) {
            List<String> excluded = split(x);
            int length = excluded.size();
            for (int start : starts(excluded)) {
                java.util.Arrays.fill(covered, start, start + length, true);
            }
        }
        return phrases.stream().filter(p -> {
            List<String> wanted = split(p);
            int length = wanted.size();
            for (int start : starts(wanted)) {
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

    /** Whether a phrase occurs as consecutive whole words (each allowing a plural ending). */
    public boolean contains(String phrase) {
        return !starts(phrase).isEmpty();
    }

    /** Where the phrase starts in the text, by word position. */
    private List<Integer> starts(String phrase) {
        return starts(split(phrase));
    }

    private List<Integer> starts(List<String> wanted) {
        List<Integer> out = new ArrayList<>();
        if (wanted.isEmpty() || wanted.size() > words.size()) {
            return out;
        }
        for (int start = 0; start + wanted.size() <= words.size(); start++) {
            boolean all = true;
            for (int i = 0; i < wanted.size() && all; i++) {
                all = sameWord(words.get(start + i), wanted.get(i));
            }
            if (all) {
                out.add(start);
            }
        }
        return out;
    }

    /**
     * A word of the text is the wanted word or its regular plural (payments, searches, deliveries); {@code N} in a
     * phrase stands for any number ("within N km" finds "within 2 km").
     */
    static boolean sameWord(String word, String wanted) {
        if (wanted.equals("n")) {
            return !word.isEmpty() && word.chars().allMatch(Character::isDigit);
        }
        if (word.equals(wanted)) {
            return true;
        }
        if (word.equals(wanted + "s") || word.equals(wanted + "es")) {
            return true;
        }
        return wanted.endsWith("y") && word.equals(wanted.substring(0, wanted.length() - 1) + "ies");
    }
}
