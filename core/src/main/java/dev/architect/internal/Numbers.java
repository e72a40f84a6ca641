package dev.architect.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;

/** Locale-independent number formatting and rounding, so the same request always reads and rounds the same. */
public final class Numbers {

    /*
     * A dossier formats thousands of figures; a DecimalFormat parses its pattern when made and is not thread-safe, so
     * each thread keeps one of each.
     */
    private static final ThreadLocal<DecimalFormat> GROUPED = ThreadLocal.withInitial(() -> decimalFormat("#,##0.##"));
    private static final ThreadLocal<DecimalFormat> MONEY = ThreadLocal.withInitial(() -> decimalFormat("#,##0.00"));

    private static DecimalFormat decimalFormat(String pattern) {
        DecimalFormat f = new DecimalFormat(pattern, DecimalFormatSymbols.getInstance(Locale.ROOT));
        f.setRoundingMode(RoundingMode.HALF_UP);
        return f;
    }

    private Numbers() {
    }

    /** Grouped, at most two decimals, no trailing zeros: 200000 -> "200,000", 99.95 -> "99.95". */
    public static String format(double value) {
        return GROUPED.get().format(value);
    }

    /**
     * A rate as a reader sees it in prose: a whole number from 100 up (24,987.51 -> "24,988"), at most three
     * significant figures below (12.49 -> "12.5", 0.04167 -> "0.0417", 7 -> "7"). Only the text is rounded: every
     * calculation keeps the exact value.
     */
    public static String shown(double value) {
        if (Math.abs(value) >= 100 || value == 0 || Double.isNaN(value) || Double.isInfinite(value)) {
            return format(Math.abs(value) >= 100 ? Math.round(value) : value);
        }
        BigDecimal three = BigDecimal.valueOf(value).round(new java.math.MathContext(3, RoundingMode.HALF_UP)).stripTrailingZeros();
        return Math.abs(three.doubleValue()) >= 100 ? format(three.doubleValue()) : three.toPlainString();
    }

    /** Money with two decimals and grouping: "$1,234.50". */
    public static String usd(double value) {
        return "$" + MONEY.get().format(value);
    }

    /** Rounds half up to the given number of decimals, through BigDecimal so 2.675 rounds as written. */
    public static double round(double value, int decimals) {
        return BigDecimal.valueOf(value).setScale(decimals, RoundingMode.HALF_UP).doubleValue();
    }
}
