package dev.architect.internal.facts;

import dev.architect.internal.Numbers;

/**
 * A count of things the request states per period ("2 million SMS a month", "40,000 loads a week", "3,000 orders a
 * day", "18,000 applications a year"), turned into the month's count: a week's x 52 / 12, a day's x 365 / 12, a year's / 12.
 *
 * @param perMonth the count a month, rounded to a whole number
 * @param stated   the count as stated, per its period
 * @param period   the period it is stated per
 * @param noun     the words naming what is counted, lower case ("loads", "minutes of video calls")
 * @param phrase   the words matched, as the request writes them
 * @param field    where they stand: {@code description} or {@code goals[2]}
 */
public record StatedCount(double perMonth, double stated, Period period, String noun, String phrase, String field) {

    /** The periods a count is stated per, with how many of each a month holds. */
    public enum Period {
        DAY("a day", "365 / 12"), WEEK("a week", "52 / 12"), MONTH("a month", "1"), YEAR("a year", "1 / 12"),
        /** A weekday's count ("4.5 million journeys on a weekday"): the weekdays of a year, 261, over 12 months. */
        WEEKDAY("on a weekday", "261 / 12"),
        /** A season that comes once a year ("in the season we send 7 million e-mails"): the year's count, spread over 12 months. */
        SEASON("in the season, once a year,", "1 / 12");

        private final String label;
        private final String perMonthText;

        Period(String label, String perMonthText) {
            this.label = label;
            this.perMonthText = perMonthText;
        }

        /** How many of this period a month holds: 365 / 12 days, 52 / 12 weeks. */
        public double perMonth() {
            return switch (this) {
                case DAY -> 365 / 12.0;
                case WEEKDAY -> 261 / 12.0;
                case WEEK -> 52 / 12.0;
                case MONTH -> 1;
                case YEAR, SEASON -> 1 / 12.0;
            };
        }

        static Period of(String word) {
            return switch (word) {
                case "day", "daily", "days" -> DAY;
                case "weekday", "weekdays" -> WEEKDAY;
                case "week", "weekly", "weeks" -> WEEK;
                case "year", "yearly", "annually", "years" -> YEAR;
                default -> MONTH;
            };
        }
    }

    /** Reads the month's count from a count per period. */
    static StatedCount of(double stated, Period period, String noun, String phrase, String field) {
        return new StatedCount(Numbers.round(stated * period.perMonth(), 0), stated, period, noun, phrase, field);
    }

    /**
     * Whether this counts the item: one of the noun's words is the item, in the singular or plural ("loads" counts a load).
     *
     * @param item an item in the singular
     * @return whether the count names it on a whole word
     */
    public boolean counts(String item) {
        for (String word : noun.split("\\s+")) {
            if (word.equals(item) || word.equals(item + "s") || word.equals(item + "es")
                    || item.endsWith("y") && word.equals(item.substring(0, item.length() - 1) + "ies")) {
                return true;
            }
        }
        return false;
    }

    /** The figure and its phrase, as other stated figures carry them. */
    public StatedFact fact() {
        return new StatedFact(perMonth, phrase, field);
    }

    /** The month's count with its arithmetic written out and the phrase it was read from. */
    public String evidence() {
        String arithmetic = period == Period.MONTH ? Numbers.format(perMonth) + " a month"
                : Numbers.format(stated) + " " + period.label + " x " + period.perMonthText + " = " + Numbers.format(perMonth) + " a month";
        return arithmetic + " (" + field + " \"" + phrase + "\")";
    }
}
