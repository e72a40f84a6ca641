package dev.architect.offline.internal.design;

import dev.architect.offline.internal.catalog.DataFiles;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Facts about managed database products that set how many billed units a design needs ({@code product-facts.yaml}):
 * which products hold several databases in one instance, and the hot cache one node of a node-priced analytics store
 * holds.
 *
 * @param sharedInstances products whose one instance holds several databases, by their billing product
 * @param nodeCaches the node sizes of cache-sized analytics stores, by their billing product
 * @param vendorUses how a usage-priced vendor is called by a mechanism the design has, by the vendor table's category
 */
record ProductFacts(Map<String, SharedInstance> sharedInstances, Map<String, List<NodeCache>> nodeCaches, Map<String, VendorUse> vendorUses) {

    static final String RESOURCE = "/dev/architect/offline/product-facts.yaml";

    /**
     * A product one instance of which holds several databases.
     *
     * @param databases the most databases one instance holds
     * @param product the product and the limit, as the cost note names it
     * @param source the page the limit was read on
     * @param checked the day it was read
     */
    record SharedInstance(int databases, String product, String source, String checked) {
        SharedInstance {
            if (databases < 2) {
                throw new IllegalStateException(RESOURCE + ": a shared instance holds at least 2 databases");
            }
        }
    }

    /**
     * One node size of an analytics store whose nodes keep the hot data on their local SSD.
     *
     * @param kind the node's price kind (prices.yaml)
     * @param cacheGb the SSD cache one node holds, in GB
     * @param vm the virtual machine the node runs on
     * @param source the page the cache size was read on
     * @param checked the day it was read
     */
    record NodeCache(String kind, double cacheGb, String vm, String source, String checked) {
        NodeCache {
            if (!(cacheGb > 0)) {
                throw new IllegalStateException(RESOURCE + ": " + kind + " needs a cache size");
            }
        }
    }

    /**
     * A low and a high figure.
     *
     * @param low the low figure
     * @param high the high figure, at least the low
     */
    record Range(double low, double high) {
        Range {
            if (!(low > 0) || high < low) {
                throw new IllegalStateException(RESOURCE + ": a range needs 0 < low <= high");
            }
        }
    }

    /**
     * The calls a mechanism's jobs make to a usage-priced vendor.
     *
     * @param archetype the mechanism whose jobs make the calls (archetypes.yaml)
     * @param caller the part of the mechanism that calls, as the dossier names it ("dispatcher")
     * @param jobsPerUserMonth the jobs a monthly user starts
     * @param callsPerJob the vendor's billed calls each job makes
     * @param kind the price kind of {@code perCalls} calls
     * @param perCalls the calls the kind's price is for
     * @param basis what the calls are
     */
    record VendorUse(String archetype, String caller, Range jobsPerUserMonth, Range callsPerJob, String kind, double perCalls, String basis) {
    }

    ProductFacts {
        sharedInstances = sharedInstances == null ? Map.of() : Map.copyOf(sharedInstances);
        nodeCaches = nodeCaches == null ? Map.of() : Map.copyOf(nodeCaches);
        vendorUses = vendorUses == null ? Map.of() : Map.copyOf(vendorUses);
        for (VendorUse use : vendorUses.values()) {
            if (dev.architect.offline.internal.archetype.Archetypes.standard().byId(use.archetype()).isEmpty()) {
                throw new IllegalStateException(RESOURCE + ": vendorUses names no archetype " + use.archetype());
            }
        }
    }

    /** How a vendor of the category is called by a mechanism, where the facts say. */
    Optional<VendorUse> vendorUse(String category) {
        return Optional.ofNullable(vendorUses.get(category));
    }

    /** Whether one instance of the product holds several databases, and how many. */
    Optional<SharedInstance> sharedInstance(String product) {
        return Optional.ofNullable(sharedInstances.get(product));
    }

    /** The node sizes of a product sized for its hot cache; empty for a product sized on its write rate only. */
    List<NodeCache> nodeCaches(String product) {
        return nodeCaches.getOrDefault(product, List.of());
    }

    private static final class Holder {
        static final ProductFacts STANDARD = DataFiles.shipped(RESOURCE, ProductFacts.class, "product facts");
    }

    /** The facts shipped with the SDK, read once. */
    static ProductFacts standard() {
        return Holder.STANDARD;
    }
}
