package dev.architect.offline;

import static org.assertj.core.api.Assertions.assertThat;

import dev.architect.dossier.CostEstimate;
import dev.architect.dossier.CostLineItem;
import dev.architect.request.DataVolume;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A node of a node-priced store serves a bounded amount of stored data (node-storage.yaml: Bigtable 5,000 GB a node on SSD):
 * the cluster is sized for its data as well as its writes, and steps up as the data grows, so the later months of the run
 * rate price the nodes their data needs. Our own request {@code costs/vineyard-probes.yaml}: vineyard probes on Google
 * Cloud (europe-west1, node $474.50 x 1.1 = $521.95), one region, 3 nodes for its writes (5,454.55 writes/s / 10,000 a
 * node, at least 3). Stored GB a cluster = (initial + growth x (m - 1)) x 1.3 (indexes).
 */
class NodesCarryTheirStoredDataTest {

    private static final OfflineArchitect ARCHITECT = OfflineArchitect.create();

    private static List<CostLineItem> steps(CostEstimate cost) {
        return cost.items().stream().filter(i -> i.id().startsWith("telemetry-store-nodes-for-data-")).toList();
    }

    private static CostLineItem item(CostEstimate cost, String id) {
        return cost.items().stream().filter(i -> i.id().equals(id)).findFirst().orElseThrow(() -> new AssertionError("no line " + id));
    }

    @Test
    void dataPastWhatThreeNodesServeByMonth36AddsNodesFromTheMonthItPassesThem() {
        CostEstimate cost = ARCHITECT.cost(CostArchetypesTest.archetype("vineyard-probes"));

        // 4,000 GB + 400 GB a month: 3 nodes serve 15,000 GB; (4,000 + 400 x (m - 1)) x 1.3 > 15,000 first at m - 1 > 18.85,
        // month 20. The step carries 12 months: month 31 holds (4,000 + 400 x 30) x 1.3 = 20,800 GB, ceil(20,800 / 5,000) = 5
        // nodes, 2 more. 5 nodes serve 25,000 GB: month 40 holds (4,000 + 400 x 39) x 1.3 = 25,480 (month 39: 24,960), and
        // month 51 (4,000 + 400 x 50) x 1.3 = 31,200 -> 7 nodes, 2 more. 7 serve 35,000: month 59 holds 35,360 (month 58:
        // 34,840), month 60 35,880 -> 8 nodes, 1 more
        assertThat(item(cost, "telemetry-store-nodes").quantity()).isEqualTo(3);
        assertThat(steps(cost)).extracting(CostLineItem::id).containsExactly("telemetry-store-nodes-for-data-20",
                "telemetry-store-nodes-for-data-40", "telemetry-store-nodes-for-data-59");
        assertThat(item(cost, "telemetry-store-nodes-for-data-20").assumption()).contains("2 nodes from month 20")
                .contains("20,800 GB by month 31").contains("= 5 nodes a cluster").contains("https://cloud.google.com/bigtable/quotas");
        assertThat(item(cost, "telemetry-store-nodes-for-data-59").assumption()).contains("1 node from month 59").doesNotContain("1 nodes");
        // Nothing billed in month 1: each step is billed from its month (quantity 0, growing once by the nodes it adds)
        assertThat(steps(cost)).allMatch(i -> i.quantity() == 0 && i.monthly() == 0);
    }

    @Test
    void dataJustUnderWhatTheNodesServeAtMonth60KeepsTheirCount() {
        // 4,000 GB + 140 GB a month: month 60 holds (4,000 + 140 x 59) x 1.3 = 15,938 GB > 15,000; at 120 GB a month
        // (4,000 + 120 x 59) x 1.3 = 14,404 GB, within 3 nodes' 15,000: no step
        CostEstimate under = ARCHITECT.cost(CostArchetypesTest.archetype("vineyard-probes").toBuilder()
                .data(new DataVolume(4000.0, 120.0, 5)).build());
        assertThat(steps(under)).isEmpty();
        assertThat(item(under, "telemetry-store-nodes").quantity()).isEqualTo(3);
        CostEstimate over = ARCHITECT.cost(CostArchetypesTest.archetype("vineyard-probes").toBuilder()
                .data(new DataVolume(4000.0, 140.0, 5)).build());
        // (4,000 + 140 x (m - 1)) x 1.3 > 15,000 first at m - 1 > 53.85, month 55: 4 nodes to month 60
        assertThat(steps(over)).extracting(CostLineItem::id).containsExactly("telemetry-store-nodes-for-data-55");
    }

    @Test
    void dataPastWhatTheMinimumServesInMonth1RaisesMonth1sNodes() {
        // 20,000 GB in month 1 x 1.3 = 26,000 GB: ceil(26,000 / 5,000) = 6 nodes, not the 3 the writes need
        CostEstimate cost = ARCHITECT.cost(CostArchetypesTest.archetype("vineyard-probes").toBuilder()
                .data(new DataVolume(20000.0, 0.0, 5)).build());
        assertThat(item(cost, "telemetry-store-nodes").quantity()).isEqualTo(6);
        assertThat(item(cost, "telemetry-store-nodes").assumption()).contains("raised to 6 a cluster for its 26,000 GB in month 1 at 5,000 GB a node");
        assertThat(steps(cost)).isEmpty();
    }
}
