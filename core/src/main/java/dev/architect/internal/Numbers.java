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

    /** Numbers a request may write as words ("six operators", "ten-minute averages"), with their values. */
    private static final java.util.Map<String, Integer> WORDS = java.util.Map.ofEntries(java.util.Map.entry("one", 1), java.util.Map.entry("two", 2),
            java.util.Map.entry("three", 3), java.util.Map.entry("four", 4), java.util.Map.entry("five", 5), java.util.Map.entry("six", 6),
            java.util.Map.entry("seven", 7), java.util.Map.entry("eight", 8), java.util.Map.entry("nine", 9), java.util.Map.entry("ten", 10),
            java.util.Map.entry("eleven", 11), java.util.Map.entry("twelve", 12), java.util.Map.entry("fifteen", 15), java.util.Map.entry("twenty", 20),
            java.util.Map.entry("thirty", 30), java.util.Map.entry("forty", 40), java.util.Map.entry("fifty", 50), java.util.Map.entry("sixty", 60),
            java.util.Map.entry("hundred", 100), java.util.Map.entry("thousand", 1_000));

    /** The counts a dossier writes as words, from zero to twelve: "no" and the number words up to twelve. */
    private static final java.util.List<String> COUNT_WORDS = java.util.stream.Stream.concat(java.util.stream.Stream.of("no"),
            java.util.stream.IntStream.rangeClosed(1, 12).mapToObj(n -> WORDS.entrySet().stream().filter(e -> e.getValue() == n)
                    .findFirst().orElseThrow().getKey())).toList();

    /**
     * The value of a number written as a word, lower case: "six" 6, "thirty" 30.
     *
     * @param word one word
     * @return its value, or empty when it is not a number word
     */
    public static java.util.OptionalInt ofWord(String word) {
        Integer value = WORDS.get(word);
        return value == null ? java.util.OptionalInt.empty() : java.util.OptionalInt.of(value);
    }

    /** Every number word {@link #ofWord} reads. */
    public static java.util.Set<String> numberWords() {
        return WORDS.keySet();
    }

    /**
     * A small count as prose writes it: 0 "no", 3 "three", up to twelve.
     *
     * @param count how many
     * @return the word, or empty past twelve (or below zero)
     */
    public static java.util.Optional<String> countWord(int count) {
        return count < 0 || count >= COUNT_WORDS.size() ? java.util.Optional.empty() : java.util.Optional.of(COUNT_WORDS.get(count));
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
