package dev.architect.figures;

import java.util.List;
import java.util.Objects;

/**
 * How a third-party service is priced when the request states how much of it is used ("2 million SMS a month"): the
 * priced kind of one unit of use, and the words a stated count must name (prices.yaml {@code vendorUsage}).
 *
 * @param kind  the kind of the price table one unit of use is priced by, e.g. {@code vendor.sms-segment}
 * @param words lower-case words or phrases, one of which a stated count must name, e.g. {@code sms}, {@code text messages}
 * @param countPerUnit how many of the things counted one priced unit holds (1000 for a price per thousand emails)
 */
public record VendorUsage(String kind, List<String> words, double countPerUnit) {

    /**
     * Rejects a missing kind or an empty list of words.
     *
     * @param kind  the priced kind of one unit of use
     * @param words what a stated count must name
     * @param countPerUnit how many of the things counted one priced unit holds
     */
    public VendorUsage {
        Objects.requireNonNull(kind, "kind");
        if (!(countPerUnit > 0) || Double.isInfinite(countPerUnit)) {
            throw new IllegalArgumentException("vendor usage " + kind + ": countPerUnit must be positive but was " + countPerUnit);
        }
        words = List.copyOf(words);
        if (words.isEmpty()) {
            throw new IllegalArgumentException("vendor usage " + kind + " names no words");
        }
    }

    /**
     * Whether a phrase names this use on whole words: "2 million SMS a month" names {@code sms}.
     *
     * @param phrase a stated count's phrase
     * @return whether one of the words stands in it
     */
    public boolean named(String phrase) {
        String lower = " " + phrase.toLowerCase(java.util.Locale.ROOT).replaceAll("[^a-z0-9-]+", " ") + " ";
        return words.stream().anyMatch(w -> lower.contains(" " + w + " "));
    }
}
