package dev.architect.internal.facts;

import dev.architect.internal.Numbers;

/**
 * How many of one thing the request says each of another brings ("each load sends 3 SMS", "2 geocoding requests per
 * delivery"): with a stated count of the second a month, it gives the month's count of the first.
 *
 * @param count  how many of the thing each item brings
 * @param thing  the words naming what is counted ("sms status updates")
 * @param item   the item in the singular ("load")
 * @param phrase the words matched, as the request writes them
 * @param field  where they stand
 */
public record StatedRate(double count, String thing, String item, String phrase, String field) {

    /**
     * The month's count of the thing from a stated count of its items, with the arithmetic written out.
     *
     * @param items the items' stated count a month
     * @return the count a month, and the arithmetic with both phrases
     */
    public StatedFact times(StatedCount items) {
        double perMonth = Numbers.round(count * items.perMonth(), 0);
        return new StatedFact(perMonth, Numbers.format(count) + " per " + item + " (" + field + " \"" + phrase + "\") x " + items.evidence()
                + " = " + Numbers.format(perMonth) + " a month", field);
    }
}
