package dev.architect.figures;

/**
 * How a region's list prices compare with its cloud's base price list: the ratio applied to every regionally priced kind.
 *
 * @param region     the region priced, e.g. {@code eu-west-1}
 * @param base       the region the price table quotes, e.g. {@code us-east-1}
 * @param multiplier the region's price over the base region's (1 when the table lists no ratio for the region)
 * @param listed     whether the table lists the region
 * @param source     the page the ratio was read from
 * @param date       when the ratios were read (YYYY-MM-DD)
 */
public record RegionalPrice(String region, String base, double multiplier, boolean listed, String source, String date) {

    /**
     * Rejects a multiplier that is not a positive, finite ratio.
     *
     * @param region     the region priced
     * @param base       the region the price table quotes
     * @param multiplier the region's price over the base region's
     * @param listed     whether the table lists the region
     * @param source     the page the ratio was read from
     * @param date       when the ratios were read (YYYY-MM-DD)
     */
    public RegionalPrice {
        if (!(multiplier > 0) || Double.isInfinite(multiplier)) {
            throw new IllegalArgumentException("regional price multiplier of " + region + " must be positive but was " + multiplier);
        }
    }

    /**
     * The provenance a scaled line states (the base region is named in the estimate's note, not in each line).
     *
     * @return the ratio, the region and where the ratio was read
     */
    public String describe() {
        // The ratio as the table states it (three decimals), not rounded to cents
        return "x " + java.math.BigDecimal.valueOf(multiplier).stripTrailingZeros().toPlainString() + " for " + region + " (regional multiplier over the cloud's base-region list prices, "
                + source + ", " + date + ")";
    }
}
