package dev.architect.figures;

import java.util.Objects;
import java.util.Optional;

/**
 * How the product behind a datastore option is billed on a cloud. A named product gives the price-table prefix of its
 * kinds: {@code product} {@code dsql} is priced with {@code dsql.writes}, {@code dsql.reads} and {@code dsql.storage};
 * a managed node product ({@code bigtable}) with {@code bigtable.node} and {@code bigtable.storage} and states the
 * writes a second one node takes.
 *
 * @param model how the product is billed
 * @param product the price-table prefix of its kinds, e.g. {@code dsql}; empty for provisioned instances
 * @param writesPerNode the writes a second one node takes, for a managed node product; otherwise empty
 * @param minNodes the fewest nodes the product runs as, where it differs from the option's (one Timestream for
 *                 InfluxDB instance with its Multi-AZ standby in the price, not a three-node cluster); otherwise empty
 */
public record StoreBilling(BillingModel model, Optional<String> product, Optional<Double> writesPerNode, Optional<Integer> minNodes) {

    /** Provisioned instances, the default. */
    public static final StoreBilling INSTANCES = new StoreBilling(BillingModel.INSTANCES, Optional.empty(), Optional.empty());

    /**
     * A billing with the option's own fewest nodes.
     *
     * @param model how the product is billed
     * @param product the price-table prefix of its kinds, e.g. {@code dsql}; empty for provisioned instances
     * @param writesPerNode the writes a second one node takes, for a managed node product; otherwise empty
     */
    public StoreBilling(BillingModel model, Optional<String> product, Optional<Double> writesPerNode) {
        this(model, product, writesPerNode, Optional.empty());
    }

    /**
     * Rejects a missing required component or an out-of-range figure.
     *
     * @param model how the product is billed
     * @param product the price-table prefix of its kinds, e.g. {@code dsql}; empty for provisioned instances
     * @param writesPerNode the writes a second one node takes, for a managed node product; otherwise empty
     * @param minNodes the fewest nodes the product runs as, where it differs from the option's; otherwise empty
     */
    public StoreBilling {
        Objects.requireNonNull(model, "model");
        Objects.requireNonNull(product, "product");
        Objects.requireNonNull(writesPerNode, "writesPerNode");
        Objects.requireNonNull(minNodes, "minNodes");
        if (minNodes.isPresent() && minNodes.get() < 1) {
            throw new IllegalArgumentException("minNodes must be >= 1 but was " + minNodes.get());
        }
        if (writesPerNode.isPresent() && !(writesPerNode.get() > 0)) {
            throw new IllegalArgumentException("writesPerNode must be > 0 but was " + writesPerNode.get());
        }
        if ((model == BillingModel.PER_REQUEST || model == BillingModel.PER_GB_WRITTEN || model == BillingModel.CLUSTER) && product.isEmpty()) {
            throw new IllegalArgumentException("billing model " + model + " needs a product to name its price kinds");
        }
    }

    /**
     * The price kind of one billed dimension, e.g. {@code kind("writes")} is {@code dsql.writes}.
     *
     * @param dimension the billed dimension, e.g. {@code writes}
     * @return the resource kind of the price table
     */
    public String kind(String dimension) {
        return product.orElseThrow(() -> new IllegalStateException(model + " has no product kinds")) + "." + dimension;
    }
}
