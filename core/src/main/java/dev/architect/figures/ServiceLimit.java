package dev.architect.figures;

import java.util.Objects;

/**
 * A managed service's hard limit on one priced kind (prices.yaml {@code serviceLimits}): how many units one namespace,
 * stream or account takes, and what the vendor offers beyond it.
 *
 * @param max     the most units the product takes, in {@code unit}
 * @param unit    what the limit counts, e.g. {@code throughput units per namespace}
 * @param product the product and tier the limit applies to
 * @param beyond  what the vendor offers past the limit (a higher tier, more streams, a quota increase)
 * @param source  the vendor page that documents the limit
 * @param date    when the limit was read (YYYY-MM-DD)
 */
public record ServiceLimit(double max, String unit, String product, String beyond, String source, String date) {

    /**
     * Rejects a limit that is not a positive, finite number, or a missing text.
     *
     * @param max     the most units the product takes, in {@code unit}
     * @param unit    what the limit counts
     * @param product the product and tier the limit applies to
     * @param beyond  what the vendor offers past the limit
     * @param source  the vendor page that documents the limit
     * @param date    when the limit was read (YYYY-MM-DD)
     */
    public ServiceLimit {
        if (!(max > 0) || Double.isInfinite(max)) {
            throw new IllegalArgumentException("service limit of " + product + " must be a positive number but was " + max);
        }
        Objects.requireNonNull(unit, "unit");
        Objects.requireNonNull(product, "product");
        Objects.requireNonNull(beyond, "beyond");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(date, "date");
    }
}
