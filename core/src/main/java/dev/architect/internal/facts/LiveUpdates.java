package dev.architect.internal.facts;

import dev.architect.internal.Numbers;

/**
 * Live updates the request states per thing: "odds for 2,000 live events change several times a second" (2,000 things,
 * each changing about 3 times a second), "each of 300 live blogs gets an entry every 30 s" (300 things, one update each
 * 30 s). The updates a second are the things times each one's rate; a connection that follows one of the things receives
 * that thing's rate.
 *
 * @param things how many things change
 * @param times how many times each one changes in {@code intervalSeconds}
 * @param intervalSeconds the interval those changes come in, in seconds
 * @param timesAssumed whether the count of changes was a word ("several", "a few", "many") read as {@link #SEVERAL}
 * @param phrase the words matched, as the request writes them
 * @param field where they stand: {@code description} or {@code goals[2]}
 */
public record LiveUpdates(double things, double times, double intervalSeconds, boolean timesAssumed, String phrase, String field) {

    /** The assumption a count said in words ("several times a second") is read under. */
    public static final String ASSUMPTION = "as-several-times";

    /** "Several", "a few" or "many" times: about 3. */
    public static final double SEVERAL = 3;

    /** @return how often each thing changes, a second */
    public double perThingPerSecond() {
        return times / intervalSeconds;
    }

    /** @return each thing's rate as written out: {@code 3 / 1 s}, {@code 1 / 30 s} */
    public String eachText() {
        return Numbers.format(times) + " / " + Numbers.format(intervalSeconds) + " s";
    }

    /** @return the updates a second across every thing, rounded to hundredths */
    public double perSecond() {
        return Numbers.round(things * times / intervalSeconds, 2);
    }

    /** @return the arithmetic and the phrase: {@code 2,000 x 3 / 1 s each = 6,000 updates/s (description "...")} */
    public String evidence() {
        return Numbers.format(things) + " x " + eachText() + " each"
                + (timesAssumed ? " (assumption " + ASSUMPTION + ")" : "") + " = " + Numbers.format(perSecond()) + " updates/s ("
                + field + " \"" + phrase + "\")";
    }
}
