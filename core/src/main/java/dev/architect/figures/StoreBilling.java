package dev.architect.figures;

import java.util.Objects;
import java.util.Optional;

/**
 * How the product behind a datastore option is billed on a cloud. Serverless products name the price-table prefix of
 * their kinds: {@code product} {@code dsql} is priced with {@code dsql.writes}, {@code dsql.reads} and
 * {@code dsql.storage}.
 */
public record StoreBilling(BillingModel model, Optional<String> product) {

    /** Provisioned instances, the default. */
    public static final StoreBilling INSTANCES = new StoreBilling(BillingModel.INSTANCES, Optional.empty());

    public StoreBilling {
        Objects.requireNonNull(model, "model");
        Objects.requireNonNull(product, "product");
        if ((model == BillingModel.PER_REQUEST || model == BillingModel.PER_GB_WRITTEN) && product.isEmpty()) {
            throw new IllegalArgumentException("billing model " + model + " needs a product to name its price kinds");
        }
    }

    /** The price kind of one billed dimension, e.g. {@code kind("writes")} is {@code dsql.writes}. */
    public String kind(String dimension) {
        return product.orElseThrow(() -> new IllegalStateException(model + " has no product kinds")) + "." + dimension;
    }
}
