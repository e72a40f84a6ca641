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

    /** Whole years, rounded up: a class kept 18 months needs two years of storage. */
    public int wholeYears() {
        return (int) Math.ceil(years - 1e-9);
    }

    /** "raw readings 2 years (description "...")". */
    public String evidence() {
        return dataClass + " " + Numbers.format(years) + (years == 1 ? " year" : " years") + " (" + field + " \"" + phrase + "\")";
    }
}
