package dev.architect.dossier;

/** Rounding rules for money figures: cents, with a tolerance for sums of rounded items. */
final class Money {

    private Money() {
    }

    static double round(double amount) {
        return Math.round(amount * 100) / 100.0;
    }

    /** Equal to the cent, or within half a percent for large sums of individually rounded figures. */
    static boolean close(double expected, double actual) {
        return Math.abs(expected - actual) <= Math.max(0.011, Math.abs(expected) * 0.005);
    }
}
