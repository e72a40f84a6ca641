package dev.architect.figures;

/**
 * A product's documented maximum for what one instance holds (prices.yaml {@code productLimits}).
 *
 * @param maxGb   the most GB one instance (one copy) holds
 * @param product the product and its limit, as the vendor states it
 * @param source  the vendor page that documents the limit
 * @param date    when the limit was read (YYYY-MM-DD)
 */
public record ProductLimit(double maxGb, String product, String source, String date) {

    /**
     * Rejects a limit that is not a positive, finite number of GB.
     *
     * @param maxGb   the most GB one instance (one copy) holds
     * @param product the product and its limit, as the vendor states it
     * @param source  the vendor page that documents the limit
     * @param date    when the limit was read (YYYY-MM-DD)
     */
    public ProductLimit {
        if (!(maxGb > 0) || Double.isInfinite(maxGb)) {
            throw new IllegalArgumentException("product limit of " + product + " must be a positive number of GB but was " + maxGb);
        }
    }
}
