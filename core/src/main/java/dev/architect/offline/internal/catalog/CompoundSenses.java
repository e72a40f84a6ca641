package dev.architect.offline.internal.catalog;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Words that make a different compound noun with the word beside them ({@code compound-senses.yaml}): "library card" is
 * not a payment card, "charge certificate" takes no money. {@link Words} reads it for every whole-word match, so a phrase
 * that starts right after one of its word's modifiers, or ends right before one of its heads, does not count.
 *
 * @param senses the words and the neighbours that change their sense
 */
public record CompoundSenses(List<Sense> senses) {

    static final String RESOURCE = "/dev/architect/offline/compound-senses.yaml";

    /**
     * One word and its neighbours that make it part of another noun.
     *
     * @param word   the word, lower case and singular
     * @param after  modifiers: the word right after one of these is another compound
     * @param before heads: the word right before one of these is another compound
     */
    public record Sense(String word, List<String> after, List<String> before) {
        public Sense {
            if (word == null || Words.split(word).size() != 1 || !Words.split(word).get(0).equals(word)) {
                throw new IllegalStateException(RESOURCE + ": sense '" + word + "' must be one lower-case word");
            }
            after = checked(word, "after", after);
            before = checked(word, "before", before);
            if (after.isEmpty() && before.isEmpty()) {
                throw new IllegalStateException(RESOURCE + ": sense '" + word + "' names no neighbour that changes it");
            }
        }

        private static List<String> checked(String word, String side, List<String> neighbours) {
            List<String> out = List.copyOf(neighbours == null ? List.of() : neighbours);
            for (String n : out) {
                if (Words.split(n).size() != 1 || !Words.split(n).get(0).equals(n)) {
                    throw new IllegalStateException(RESOURCE + ": sense '" + word + "': " + side + " '" + n + "' must be one lower-case word");
                }
            }
            return out;
        }
    }

    public CompoundSenses {
        senses = List.copyOf(senses == null ? List.of() : senses);
        Set<String> seen = new java.util.HashSet<>();
        for (Sense s : senses) {
            if (!seen.add(s.word())) {
                throw new IllegalStateException(RESOURCE + ": sense '" + s.word() + "' is given twice");
            }
        }
    }

    private static final class Holder {
        static final CompoundSenses STANDARD = DataFiles.shipped(RESOURCE, CompoundSenses.class, "compound senses");
        static final Map<String, Sense> BY_WORD = index(STANDARD);
    }

    /** The shipped table. */
    public static CompoundSenses standard() {
        return Holder.STANDARD;
    }

    private static Map<String, Sense> index(CompoundSenses table) {
        Map<String, Sense> out = new HashMap<>();
        table.senses().forEach(s -> out.put(s.word(), s));
        return Map.copyOf(out);
    }

    /** Whether {@code modifier} right before {@code word} makes another compound ("library" before "card"). */
    static boolean modifies(String modifier, String word) {
        Sense s = Holder.BY_WORD.get(word);
        return s != null && s.after().stream().anyMatch(m -> Words.sameWord(modifier, m));
    }

    /** Whether {@code head} right after {@code word} makes another compound ("certificate" after "charge"). */
    static boolean heads(String word, String head) {
        Sense s = Holder.BY_WORD.get(word);
        return s != null && s.before().stream().anyMatch(h -> Words.sameWord(head, h));
    }
}
