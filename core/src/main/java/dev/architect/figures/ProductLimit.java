package dev.architect.figures;

/**
 * A product's documented maximum for what one instance holds (prices.yaml {@code productLimits}).
 *
 * @param maxGb       the most GB one instance (one copy) holds
 * @param product     the product and its limit, as the vendor states it
 * @param source      the vendor page that documents the limit
 * @param date        when the limit was read (YYYY-MM-DD)
 * @param raisableToGb the most GB the vendor raises the limit to on request (a default quota), or 0 for a hard maximum
 */
public record ProductLimit(double maxGb, String product, String source, String date, double raisableToGb) {

    /**
     * Rejects a limit that is not a positive, finite number of GB, or a raised limit below it.
     *
     * @param maxGb       the most GB one instance (one copy) holds
     * @param product     the product and its limit, as the vendor states it
     * @param source      the vendor page that documents the limit
     * @param date        when the limit was read (YYYY-MM-DD)
     * @param raisableToGb the most GB the vendor raises the limit to on request (a default quota), or 0 for a hard maximum
     */
    public ProductLimit {
        if (!(maxGb > 0) || Double.isInfinite(maxGb)) {
            throw new IllegalArgumentException("product limit of " + product + " must be a positive number of GB but was " + maxGb);
        }
        if (raisableToGb != 0 && !(raisableToGb > maxGb) || Double.isInfinite(raisableToGb)) {
            throw new IllegalArgumentException("product limit of " + product + " can be raised only above its " + maxGb + " GB, not to " + raisableToGb);
        }
    }

    /**
     * A hard maximum, which no request raises.
     *
     * @param maxGb   the most GB one instance (one copy) holds
     * @param product the product and its limit, as the vendor states it
     * @param source  the vendor page that documents the limit
     * @param date    when the limit was read (YYYY-MM-DD)
     */
    public ProductLimit(double maxGb, String product, String source, String date) {
        this(maxGb, product, source, date, 0);
    }

    /**
     * Whether a request to the vendor lifts the limit to hold {@code gb}.
     *
     * @param gb the GB one instance must hold
     * @return true when the limit is a default quota raised past {@code gb}
     */
    public boolean raisableTo(double gb) {
        return raisableToGb >= gb;
    }
}
