package dev.architect.offline.internal.archetype;

import dev.architect.offline.internal.catalog.DataFiles;
import dev.architect.offline.internal.catalog.Words;
import java.io.InputStream;
import java.util.List;

/**
 * Who receives money a phrase says goes out, read in the phrase's own sentence ({@code money-recipient.yaml}): "payouts
 * from the processors" and "Etsy sends us payouts" bring money in; "we pay out weekly" sends it out as said; a phrase with
 * neither around it says nothing more than its own direction.
 *
 * @param from the prepositions after the phrase naming who pays
 * @param fundsHeldIn nouns after {@code from} naming where money is held, not a payer
 * @param us first-person words naming us as who is given the money ("send us payouts", "paid to us")
 * @param ourselves first-person subjects and possessives ("we pay out", "our payouts")
 * @param to the prepositions after the phrase naming who receives
 * @param receive verbs by which a first-person subject receives
 * @param within how many words either side of the phrase are read
 */
public record MoneyRecipient(List<String> from, List<String> fundsHeldIn, List<String> us, List<String> ourselves, List<String> to,
                             List<String> receive, int within) {

    public static final String RESOURCE = "/dev/architect/offline/money-recipient.yaml";

    /** How a phrase stands in its sentence. */
    public enum Stance {
        /** we receive it: money comes in */
        RECEIVED,
        /** we pay it, as the sentence says */
        PAID_BY_US,
        /** the sentence says neither */
        BARE
    }

    /**
     * A phrase's stance with the words that show it (empty for {@link Stance#BARE}).
     *
     * @param stance who receives it
     * @param words the words around the phrase that say so, as the sentence writes them
     */
    public record Reading(Stance stance, String words) {
    }

    public MoneyRecipient {
        from = Words.phrases(RESOURCE, "from", from);
        fundsHeldIn = Words.phrases(RESOURCE, "fundsHeldIn", fundsHeldIn);
        us = Words.phrases(RESOURCE, "us", us);
        ourselves = Words.phrases(RESOURCE, "ourselves", ourselves);
        to = Words.phrases(RESOURCE, "to", to);
        receive = Words.phrases(RESOURCE, "receive", receive);
        if (within < 1 || within > 6) {
            throw new IllegalStateException(RESOURCE + ": within must be 1 to 6 words, not " + within);
        }
    }

    private static final class Holder {
        static final MoneyRecipient STANDARD = DataFiles.shipped(RESOURCE, MoneyRecipient.class, "money recipient");
    }

    /** The shipped reading, read once. */
    public static MoneyRecipient standard() {
        return Holder.STANDARD;
    }

    /**
     * Reads a money-recipient file; the error names the file and the key.
     *
     * @param in the file
     * @param source its name, for errors
     * @return the reading
     */
    public static MoneyRecipient read(InputStream in, String source) {
        return DataFiles.read(in, source, MoneyRecipient.class, "money recipient");
    }

    /**
     * How the first occurrence of a phrase stands in a sentence.
     *
     * @param sentence the sentence the phrase was found in
     * @param phrase the phrase
     * @return received, paid by us, or bare, with the words that say it
     */
    public Reading read(String sentence, String phrase) {
        List<String> tokens = CapabilityShapes.contentTokens(sentence == null ? "" : sentence);
        int length = CapabilityShapes.contentTokens(phrase).size();
        for (int i = 0; i + length <= tokens.size(); i++) {
            if (Words.of(String.join(" ", tokens.subList(i, i + length))).contains(phrase)) {
                return read(tokens, i, i + length);
            }
        }
        return new Reading(Stance.BARE, "");
    }

    private Reading read(List<String> tokens, int start, int end) {
        int first = Math.max(0, start - within);
        int last = Math.min(tokens.size(), end + within);
        List<String> determiners = ArchetypeRoles.standard().grammar().determiners();
        for (int k = end; k < last; k++) {
            String w = tokens.get(k);
            if (from.contains(w) || to.contains(w)) {
                // the first word after the preposition, past its determiners, is who pays ("from the processors") or who is paid
                int n = k + 1;
                while (n < tokens.size() && determiners.contains(tokens.get(n)) && !us.contains(tokens.get(n))) {
                    n++;
                }
                if (n >= tokens.size()) {
                    break;
                }
                String party = tokens.get(n);
                boolean received = from.contains(w) ? !us.contains(party) && !ourselves.contains(party) && !Words.of(party).containsAny(fundsHeldIn)
                        : us.contains(party);
                if (received) {
                    return new Reading(Stance.RECEIVED, String.join(" ", tokens.subList(start, n + 1)));
                }
                break; // the preposition names another party: the phrase's own direction stands
            }
        }
        for (int k = start - 1; k >= first; k--) {
            String w = tokens.get(k);
            if (us.contains(w) && k >= start - 2) {
                return new Reading(Stance.RECEIVED, String.join(" ", tokens.subList(Math.max(0, k - 1), end))); // "send us payouts"
            }
            if (receive.contains(w) && k > 0 && ourselves.contains(tokens.get(k - 1))) {
                return new Reading(Stance.RECEIVED, String.join(" ", tokens.subList(k - 1, end))); // "we receive payouts"
            }
        }
        for (int k = start - 1; k >= first; k--) {
            if (ourselves.contains(tokens.get(k))) {
                return new Reading(Stance.PAID_BY_US, String.join(" ", tokens.subList(k, end))); // "we pay out weekly"
            }
        }
        return new Reading(Stance.BARE, "");
    }
}
