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
 * @param sampled how the use follows from the people's sessions when the integration samples a stream (frames of a webcam),
 *                or null when the table gives no such rule
 * @param byCountry the kind one unit is priced by for each country it goes to (ISO 3166 code to kind), when the vendor bills
 *                  by destination country (an SMS); empty when one price holds everywhere
 * @param elsewhere the kind for a country {@code byCountry} has no row for, or null when the price holds everywhere
 * @param sentByTheSystem whether a unit is a message the system itself sends (an e-mail, an SMS), so a stated count of them
 *                        is priced even when no integration names the provider
 */
public record VendorUsage(String kind, List<String> words, double countPerUnit, Sampled sampled, java.util.Map<String, String> byCountry,
                          String elsewhere, boolean sentByTheSystem) {

    /**
     * The use of a vendor that analyses samples of a stream (frames of a webcam or camera), when the integration's name or
     * purpose names one of {@code words}: each monthly active user's {@code hoursPerUser} hours of sessions a month, at
     * {@code perHour} samples an hour, an assumption with its basis.
     *
     * @param words    lower-case words of the integration that say it samples a stream ("frames", "webcam")
     * @param hoursPerUser hours of sessions per monthly active user a month
     * @param perHour  samples analysed per hour of session
     * @param basis    the assumption in words
     */
    public record Sampled(List<String> words, double hoursPerUser, double perHour, String basis) {

        /**
         * Rejects an empty word list, a blank basis, and a rate or duration that is not positive.
         *
         * @param words    lower-case words of the integration that say it samples a stream
         * @param hoursPerUser hours of sessions per monthly active user a month
         * @param perHour  samples analysed per hour of session
         * @param basis    the assumption in words
         */
        public Sampled {
            words = List.copyOf(words);
            if (words.isEmpty() || basis == null || basis.isBlank() || !(hoursPerUser > 0) || !(perHour > 0)
                    || Double.isInfinite(hoursPerUser) || Double.isInfinite(perHour)) {
                throw new IllegalArgumentException("vendor usage sampled: needs words, a basis and positive hoursPerUser and perHour");
            }
        }

        /**
         * Samples analysed a month by a number of monthly active users.
         *
         * @param users monthly active users
         * @return users x hours per user x samples an hour
         */
        public double perMonth(double users) {
            return users * hoursPerUser * perHour;
        }
    }

    /**
     * A use priced from a stated count only.
     *
     * @param kind  the priced kind of one unit of use
     * @param words what a stated count must name
     * @param countPerUnit how many of the things counted one priced unit holds
     */
    public VendorUsage(String kind, List<String> words, double countPerUnit) {
        this(kind, words, countPerUnit, null);
    }

    /**
     * A use priced the same whatever country it goes to.
     *
     * @param kind  the priced kind of one unit of use
     * @param words what a stated count must name
     * @param countPerUnit how many of the things counted one priced unit holds
     * @param sampled how the use follows from people's sessions for an integration that samples a stream, or null
     */
    public VendorUsage(String kind, List<String> words, double countPerUnit, Sampled sampled) {
        this(kind, words, countPerUnit, sampled, java.util.Map.of(), null, false);
    }

    /**
     * Whether the vendor bills by the country a unit goes to.
     *
     * @return whether {@link #byCountry()} holds rows
     */
    public boolean byDestination() {
        return !byCountry.isEmpty();
    }

    /**
     * Rejects a missing kind or an empty list of words.
     *
     * @param kind  the priced kind of one unit of use
     * @param words what a stated count must name
     * @param countPerUnit how many of the things counted one priced unit holds
     * @param sampled how the use follows from people's sessions for an integration that samples a stream, or null
     * @param byCountry the kind for each country a unit goes to, empty when one price holds everywhere
     * @param elsewhere the kind for a country without a row, required when {@code byCountry} has rows
     * @param sentByTheSystem whether a unit is a message the system sends, priced without an integration naming its provider
     */
    public VendorUsage {
        Objects.requireNonNull(kind, "kind");
        byCountry = byCountry == null ? java.util.Map.of() : java.util.Map.copyOf(byCountry);
        if (!byCountry.isEmpty() && (elsewhere == null || elsewhere.isBlank())) {
            throw new IllegalArgumentException("vendor usage " + kind + ": byCountry needs an elsewhere kind for the countries it has no row for");
        }
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
