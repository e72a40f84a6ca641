package dev.architect.change;

/**
 * The run cost before and after, in US dollars a month: at month 1 and at month 36 (where growth has taken the
 * older and newer designs).
 */
public record CostChange(double month1Before, double month1After, double month36Before, double month36After) {

    /**
     * Month-1 difference, after minus before.
     *
     * @return the month-1 total after minus before, in the estimate currency
     */
    public double month1Delta() {
        return month1After - month1Before;
    }

    /**
     * Month-36 difference, after minus before.
     *
     * @return the month-36 total after minus before, in the estimate currency
     */
    public double month36Delta() {
        return month36After - month36Before;
    }

    /**
     * Whether neither figure moved by a cent or more.
     *
     * @return true when both differences are under one cent
     */
    public boolean isUnchanged() {
        return Math.abs(month1Delta()) < 0.005 && Math.abs(month36Delta()) < 0.005;
    }
}
