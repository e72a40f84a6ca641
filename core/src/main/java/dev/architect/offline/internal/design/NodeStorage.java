package dev.architect.offline.internal.design;

import dev.architect.offline.internal.catalog.DataFiles;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.IntToDoubleFunction;

/**
 * The data one node of a node-priced managed store serves ({@code node-storage.yaml}), and the nodes a cluster needs for
 * its stored data over the months: a cluster is sized for its write rate and for its data, whichever needs more nodes.
 *
 * @param nodeStorage the storage one node serves, by the store's billing product (prices.yaml storeBilling)
 */
record NodeStorage(Map<String, PerNode> nodeStorage) {

    static final String RESOURCE = "/dev/architect/offline/node-storage.yaml";

    /** Months over which the nodes are sized: the run rate's last month. */
    static final int HORIZON_MONTHS = 60;
    /** When the data first passes what the nodes hold, the nodes added carry this many months of data, the first included. */
    static final int STEP_MONTHS = 12;

    /**
     * The storage one node serves.
     *
     * @param gbPerNode the documented storage of one node, in GB
     * @param product the product and the figure, as the cost note names it
     * @param source the https page the figure was read on
     * @param checked the day it was read
     */
    record PerNode(double gbPerNode, String product, String source, String checked) {
        PerNode {
            if (!(gbPerNode > 0)) {
                throw new IllegalStateException(RESOURCE + ": a node's storage needs gbPerNode > 0");
            }
            if (product == null || product.isBlank() || checked == null || checked.isBlank()) {
                throw new IllegalStateException(RESOURCE + ": a node's storage needs its product and the day it was checked");
            }
            if (source == null || !source.startsWith("https://")) {
                throw new IllegalStateException(RESOURCE + ": a node's storage needs an https source, not " + source);
            }
        }
    }

    NodeStorage {
        nodeStorage = nodeStorage == null ? Map.of() : Map.copyOf(nodeStorage);
    }

    /** The storage one node of the billing product serves, where the file gives it. */
    Optional<PerNode> of(String product) {
        return Optional.ofNullable(nodeStorage.get(product));
    }

    /**
     * A step up in a cluster's nodes for its data.
     *
     * @param month the first month the added nodes are billed
     * @param nodes the nodes the cluster's data needs from that month
     * @param untilMonth the last month those nodes carry the data for
     * @param gb the cluster's data in that last month
     */
    record Step(int month, int nodes, int untilMonth, double gb) {
    }

    /** The nodes {@code gb} of data needs at {@code perNode} GB a node. */
    static int nodesFor(double gb, double perNode) {
        return (int) Math.ceil(gb / perNode - 1e-9);
    }

    /**
     * The steps up in a cluster's nodes for its data: month 1's count carries month 1's data; when a month's data first
     * passes what the nodes hold, the nodes step up to what the data of that month and the next {@value #STEP_MONTHS} - 1
     * need. Data that only grows or stays gives steps in month order, each more nodes than the one before.
     *
     * @param nodes the cluster's nodes in month 1 (for its writes and month 1's data)
     * @param perNode the GB one node serves
     * @param gbAt the cluster's GB in a month
     * @param horizon the last month considered
     * @return the steps, empty when month 1's nodes hold the data to the horizon
     */
    static List<Step> steps(int nodes, double perNode, IntToDoubleFunction gbAt, int horizon) {
        List<Step> out = new ArrayList<>();
        int current = nodes;
        for (int month = 2; month <= horizon; month++) {
            if (gbAt.applyAsDouble(month) <= current * perNode + 1e-9) {
                continue;
            }
            int until = Math.min(month + STEP_MONTHS - 1, horizon);
            double gb = gbAt.applyAsDouble(until);
            current = Math.max(current, nodesFor(gb, perNode));
            out.add(new Step(month, current, until, gb));
            month = until;
        }
        return out;
    }

    private static final class Holder {
        static final NodeStorage STANDARD = DataFiles.shipped(RESOURCE, NodeStorage.class, "node storage");
    }

    /** The facts shipped with the SDK, read once. */
    static NodeStorage standard() {
        return Holder.STANDARD;
    }
}
