package dev.architect.internal.facts;

import dev.architect.internal.Numbers;

/**
 * How long one class of data is kept, as the request states it ("raw readings kept 2 years").
 *
 * @param dataClass the data's words ("raw readings", "hourly aggregates")
 * @param kind what kind of data they are
 * @param years how long it is kept, in years
 * @param phrase the words matched
 * @param field where they stand
 */
public record Retention(String dataClass, Kind kind, double years, String phrase, String field) {

    /** Kinds of data whose retention differs in how they are stored. */
    public enum Kind {
        /** Every reading or event as it arrived. */
        RAW,
        /** Rollups, summaries or downsampled data. */
        AGGREGATE,
        /** Any other class (documents, audit logs, records). */
        OTHER
    }

    /** The bucket aggregates are rolled up into when the request states none, in minutes. */
    public static final double DEFAULT_BUCKET_MINUTES = 5;

    /** Words that name a bucket on their own, in minutes. */
    private static final java.util.Map<String, Double> BUCKET_WORDS = java.util.Map.of("hourly", 60.0, "daily", 1_440.0, "weekly", 10_080.0);
    private static final java.util.regex.Pattern INTERVAL = java.util.regex.Pattern.compile(
            "\\b(\\d+|" + String.join("|", dev.architect.internal.Numbers.numberWords()) + ")-(second|minute|min|hour|day)s?\\b");
    /** Words that name a plain average or mean, one value a bucket; "aggregates" or "rollups" keep count, min, max and average. */
    private static final java.util.Set<String> AVERAGE_WORDS = java.util.Set.of("average", "averages", "averaged", "mean", "means");

    /**
     * The time bucket of an aggregate class, when its words state one: "1-minute aggregates" 1, "hourly rollups" 60.
     *
     * @return minutes a bucket spans, or empty when the words state none
     */
    public java.util.Optional<Double> intervalMinutes() {
        java.util.regex.Matcher m = INTERVAL.matcher(dataClass);
        if (m.find()) {
            double n = dev.architect.internal.Numbers.ofWord(m.group(1)).stream().asDoubleStream().findFirst().orElseGet(() -> Double.parseDouble(m.group(1)));
            return java.util.Optional.of(switch (m.group(2)) {
                case "second" -> n / 60;
                case "hour" -> n * 60;
                case "day" -> n * 1_440;
                default -> n;
            });
        }
        return java.util.Arrays.stream(dataClass.split("\\s+")).map(BUCKET_WORDS::get).filter(java.util.Objects::nonNull).findFirst();
    }

    /**
     * Whether an aggregate class keeps a plain average a bucket ("ten-minute averages"), one value where a reading was,
     * rather than a row of count, min, max and average.
     *
     * @return true when its words name averages or means
     */
    public boolean averagesOnly() {
        return kind == Kind.AGGREGATE && java.util.Arrays.stream(dataClass.split("[\\s-]+")).anyMatch(AVERAGE_WORDS::contains);
    }

    /** Whole months, rounded up. */
    public int wholeMonths() {
        return (int) Math.ceil(years * 12 - 1e-9);
    }

    /** Whole years, rounded up: a class kept 18 months needs two years of storage. */
    public int wholeYears() {
        return (int) Math.ceil(years - 1e-9);
    }

    /** "raw readings 2 years (description "...")". */
    public String evidence() {
        return dataClass + " " + Numbers.format(years) + (years == 1 ? " year" : " years") + " (" + field + " \"" + phrase + "\")";
    }
}
