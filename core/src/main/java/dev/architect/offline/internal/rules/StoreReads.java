package dev.architect.offline.internal.rules;

import dev.architect.figures.BillingModel;
import dev.architect.figures.StoreBilling;
import dev.architect.internal.Numbers;
import dev.architect.offline.internal.catalog.Catalogue;
import dev.architect.offline.internal.catalog.CatalogueEntry;
import dev.architect.offline.internal.catalog.DataFiles;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * What one reading node or instance of each datastore option serves ({@code store-reads.yaml}), and from it the chosen
 * database's read capacity as sized: the ceiling the caching decision holds the option without a cache to, so its ADR
 * argues from this store's own figure.
 *
 * @param stores        by the catalogue's datastore option id
 * @param smallInstance the small relational size: the most operations a second it is priced for, which is what it serves
 */
public record StoreReads(Map<String, PerUnit> stores, SmallInstance smallInstance) {

    static final String RESOURCE = "/dev/architect/offline/store-reads.yaml";

    /** The unit a store reads on. */
    public enum Unit {
        /** A node of a store sized by its writes (nodesPerWrites). */
        NODE,
        /** An instance of a relational store; the standby serves no reads. */
        INSTANCE
    }

    /**
     * One option's reading unit.
     *
     * @param readsPerUnit reads a second one unit answers at peak
     * @param unit         what a unit is
     * @param basis        where the figure comes from
     */
    public record PerUnit(double readsPerUnit, Unit unit, String basis) {
        public PerUnit {
            if (!(readsPerUnit > 0) || unit == null || basis == null || basis.isBlank()) {
                throw new IllegalStateException(RESOURCE + ": each store needs readsPerUnit above 0, a unit (node or instance) and a basis");
            }
        }
    }

    /**
     * The small relational instance size (2 vCPU, 8 GiB): the cost prices it for a store of at most this many operations a
     * second, and the read capacity of a store priced at it is that figure.
     *
     * @param operationsPerSecond reads and writes a second at peak the small size is priced for
     * @param basis               why
     */
    public record SmallInstance(double operationsPerSecond, String basis) {
        public SmallInstance {
            if (!(operationsPerSecond > 0) || basis == null || basis.isBlank()) {
                throw new IllegalStateException(RESOURCE + ": smallInstance needs operationsPerSecond above 0 and a basis");
            }
        }
    }

    public StoreReads {
        if (stores == null || stores.isEmpty()) {
            throw new IllegalStateException(RESOURCE + ": stores is required");
        }
        if (smallInstance == null) {
            throw new IllegalStateException(RESOURCE + ": smallInstance is required");
        }
        stores = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(stores));
    }

    private static final class Holder {
        static final StoreReads STANDARD = checked(DataFiles.shipped(RESOURCE, StoreReads.class, "store read capacities"), Catalogue.standard());
    }

    /**
     * The shipped figures, checked against the catalogue's datastore options.
     *
     * @return the figures
     */
    public static StoreReads standard() {
        return Holder.STANDARD;
    }

    /** The figures, each key a datastore option of the catalogue and each such option's unit one its sizing has. */
    static StoreReads checked(StoreReads reads, Catalogue catalogue) {
        for (Map.Entry<String, PerUnit> e : reads.stores().entrySet()) {
            CatalogueEntry option = catalogue.section("datastore").options().stream().filter(o -> o.id().equals(e.getKey())).findFirst()
                    .orElseThrow(() -> new IllegalStateException(RESOURCE + ": stores." + e.getKey() + " is not a datastore option of the catalogue"));
            boolean nodes = option.sizing() != null && option.sizing().containsKey("nodesPerWrites");
            if (nodes != (e.getValue().unit() == Unit.NODE)) {
                throw new IllegalStateException(RESOURCE + ": stores." + e.getKey() + " reads on " + (nodes ? "nodes" : "instances")
                        + " (its catalogue sizing), not " + e.getValue().unit().name().toLowerCase(java.util.Locale.ROOT) + "s");
            }
        }
        return reads;
    }

    /**
     * The reads a second a chosen datastore serves as the cost sizes and bills it on the request's cloud, with the arithmetic
     * in words ("Cloud Spanner as sized: 3 nodes x 10,000 reads/s; nodes max(3, ceil(7,500 writes/s / 10,000 a node))"):
     * nodes by the product's own fewest nodes and writes a node, a relational store's primary alone at the size its load
     * asks for (the small size at most {@link #smallInstanceOperations()} operations/s). Empty for an option the file does
     * not list and for a product billed per use, which has no read ceiling to hold a cache decision to.
     *
     * @param option     the chosen datastore option
     * @param product    its product on the request's cloud
     * @param billing    how the product is billed on that cloud
     * @param peakWrites the writes a second at peak it is sized for
     * @param peakReads  the reads a second at peak it takes
     * @return the capacity and its basis
     */
    public Optional<Capacity> of(CatalogueEntry option, String product, StoreBilling billing, double peakWrites, double peakReads) {
        PerUnit per = stores.get(option.id());
        if (per == null || billing.model() == BillingModel.PER_REQUEST || billing.model() == BillingModel.PER_GB_WRITTEN) {
            return Optional.empty();
        }
        if (per.unit() == Unit.NODE) {
            double min = billing.minNodes().map(Integer::doubleValue).orElse(option.size("minNodes", 3));
            double perNode = billing.writesPerNode().orElse(option.size("nodesPerWrites", 10000));
            int units = (int) Math.max(min, Math.ceil(peakWrites / perNode));
            return Optional.of(nodes(option, product, units, "nodes max(" + Numbers.format(min) + ", ceil(" + Numbers.format(Numbers.round(peakWrites, 2))
                    + " writes/s / " + Numbers.format(perNode) + " a node))"));
        }
        // the option's instances less the standby, which serves no reads: the primary alone, or the primary and its read replicas
        int reading = Math.max(1, (int) option.size("instances", 2) - 1);
        boolean small = reading == 1 && peakReads + peakWrites <= smallInstance.operationsPerSecond();
        return Optional.of(instances(option.id(), product, reading, small, reading == 1
                ? "the primary serves the reads; a standby, where the availability layout keeps one, serves none" : "the standby serves no reads"));
    }

    /**
     * The reads a second a store on nodes serves with the nodes the cost prices.
     *
     * @param option  the datastore option
     * @param product its product on the request's cloud
     * @param nodes   the nodes priced in the region that serves the reads
     * @param how     how the nodes were counted
     * @return the capacity and its basis
     */
    public Capacity nodes(CatalogueEntry option, String product, int nodes, String how) {
        PerUnit per = stores.get(option.id());
        return new Capacity(nodes * per.readsPerUnit(), product + " as sized: " + nodes + (nodes == 1 ? " node" : " nodes") + " x "
                + Numbers.format(per.readsPerUnit()) + " reads/s; " + how + "; " + Numbers.format(per.readsPerUnit()) + " reads/s a node: "
                + per.basis() + " (store-reads.yaml)");
    }

    /**
     * The reads a second a relational store serves with the instances the cost prices: the instances that serve reads
     * (the primary and any read replicas; a standby serves none) at the size priced.
     *
     * @param option  the datastore option id whose instance figure applies
     * @param product its product on the request's cloud
     * @param reading the instances that serve reads
     * @param small   whether the small size is priced
     * @param how     which instances serve the reads, in words
     * @return the capacity and its basis
     */
    public Capacity instances(String option, String product, int reading, boolean small, String how) {
        PerUnit per = small ? new PerUnit(smallInstance.operationsPerSecond(), Unit.INSTANCE, smallInstance.basis()) : stores.get(option);
        String counted = reading == 1 ? "the primary alone" : "the primary and " + (reading - 1) + (reading == 2 ? " read replica" : " read replicas");
        return new Capacity(reading * per.readsPerUnit(), product + " as sized: " + counted + (small ? " (the small size)" : "") + " x "
                + Numbers.format(per.readsPerUnit()) + " reads/s; " + how + "; " + Numbers.format(per.readsPerUnit()) + " reads/s "
                + (small ? "the small size: " : "an instance: ") + per.basis() + " (store-reads.yaml)");
    }

    /** The most operations a second (reads and writes) a relational store is priced at the small instance size for. */
    public double smallInstanceOperations() {
        return smallInstance.operationsPerSecond();
    }

    /**
     * A store's read capacity.
     *
     * @param readsPerSecond reads a second it serves as sized
     * @param basis          the arithmetic and its source, in words
     */
    public record Capacity(double readsPerSecond, String basis) {
    }
}
