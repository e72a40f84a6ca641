package dev.architect.change;

/**
 * The run cost before and after, in US dollars a month: at month 1 and at month 36 (where growth has taken the
 * older and newer designs).
 */
public record CostChange(double month1Before, double month1After, double month36Before, double month36After) {

    /** Month-1 difference, after minus before. */
    public double month1Delta() {
        return month1After - month1Before;
    }

    /** Month-36 difference, after minus before. */
    public double month36Delta() {
        return month36After - month36Before;
    }

    /** Whether neither figure moved by a cent or more. */
    public boolean isUnchanged() {
        return Math.abs(month1Delta()) < 0.005 && Math.abs(month36Delta()) < 0.005;
    }
}
