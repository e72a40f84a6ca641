package dev.architect.figures;

import java.util.List;

/**
 * How a workload's average runs over the calendar year when the request states seasons ("July and August carry five
 * times the passenger traffic of November"): each calendar month's average over the workload's own average, which is
 * January's, the first month the cost prices.
 *
 * @param factors     twelve factors, January first (January's is 1); empty when the load is the same every month
 * @param windowMonth the calendar month a stated window falls in (1 for January), 0 when none is dated
 * @param basis       how the factors were read and where they are stated, for the text; empty when flat
 */
public record LoadMonths(List<Double> factors, int windowMonth, String basis) {

    /** The same load every month. */
    public static final LoadMonths FLAT = new LoadMonths(List.of(), 0, "");

    /**
     * Checks and copies the factors.
     *
     * @param factors     twelve factors, January first, or none
     * @param windowMonth the calendar month a stated window falls in, 0 for none
     * @param basis       how the factors were read
     */
    public LoadMonths {
        factors = List.copyOf(factors);
        java.util.Objects.requireNonNull(basis, "basis");
        if (!factors.isEmpty() && (factors.size() != 12 || factors.stream().anyMatch(f -> !(f > 0) || Double.isInfinite(f)))) {
            throw new IllegalArgumentException("a load calendar gives twelve positive factors, January first, but was " + factors);
        }
        if (windowMonth < 0 || windowMonth > 12) {
            throw new IllegalArgumentException("a window's month is 1 to 12, or 0 for none, but was " + windowMonth);
        }
    }

    /**
     * Whether some month's load differs from another's.
     *
     * @return true when the factors are not all equal
     */
    public boolean seasonal() {
        return factors.stream().distinct().count() > 1;
    }

    /**
     * A calendar month's average over the workload's own (January's).
     *
     * @param calendarMonth 1 for January to 12 for December
     * @return the factor, 1 when the load is the same every month
     */
    public double factor(int calendarMonth) {
        if (calendarMonth < 1 || calendarMonth > 12) {
            throw new IllegalArgumentException("a calendar month is 1 to 12 but was " + calendarMonth);
        }
        return factors.isEmpty() ? 1 : factors.get(calendarMonth - 1);
    }

    /**
     * The calendar month of a month the cost prices, month 1 being January.
     *
     * @param month the month of operation, 1 or more
     * @return 1 for January to 12 for December
     */
    public static int calendarMonth(int month) {
        return (month - 1) % 12 + 1;
    }
}
