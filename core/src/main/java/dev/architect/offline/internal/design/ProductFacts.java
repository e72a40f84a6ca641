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
 */
record ProductFacts(Map<String, SharedInstance> sharedInstances, Map<String, List<NodeCache>> nodeCaches) {

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

    ProductFacts {
        sharedInstances = sharedInstances == null ? Map.of() : Map.copyOf(sharedInstances);
        nodeCaches = nodeCaches == null ? Map.of() : Map.copyOf(nodeCaches);
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
