package dev.architect.internal.facts;

/**
 * A figure the request states in its own words, with the phrase it was read from and where that phrase is.
 *
 * @param value the figure
 * @param phrase the words matched, as the request writes them
 * @param field where they stand: {@code description} or {@code goals[2]}
 */
public record StatedFact(double value, String phrase, String field) {

    /** Where the figure came from, as a driver or an assumption's replacement shows it. */
    public String evidence() {
        return field + " \"" + phrase + "\"";
    }
}
