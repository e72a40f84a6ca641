package dev.architect.offline.internal.design;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.architect.figures.PriceTable;
import dev.architect.offline.internal.catalog.DataFiles;
import dev.architect.request.Cloud;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * node-storage.yaml is keyed by the billing products of prices.yaml: a misspelt key would size no node for its data, and a
 * figure without its https source is not one the cost may print.
 */
class NodeStorageFileTest {

    @Test
    void everyProductIsANodePricedBillingProductOfThePriceTable() {
        Set<String> nodeProducts = new HashSet<>();
        for (String option : java.util.List.of("distributed-sql", "time-series", "wide-column", "relational-replicas")) {
            for (Cloud cloud : Cloud.values()) {
                dev.architect.figures.StoreBilling b = PriceTable.standard().storeBilling(cloud, option);
                if (b.model() == dev.architect.figures.BillingModel.NODES) {
                    b.product().ifPresent(nodeProducts::add);
                }
            }
        }
        assertThat(NodeStorage.standard().nodeStorage()).isNotEmpty();
        assertThat(NodeStorage.standard().nodeStorage().keySet()).allSatisfy(p -> assertThat(nodeProducts).as("product " + p).contains(p));
        assertThat(NodeStorage.standard().nodeStorage().values()).allSatisfy(n -> assertThat(n.source()).startsWith("https://"));
    }

    @Test
    void aCopyWithoutAnHttpsSourceFailsNamingTheEntry() {
        String bad = "nodeStorage:\n  bigtable: {gbPerNode: 5000, product: \"Bigtable\", source: \"cloud.google.com/bigtable/quotas\", checked: \"2026-12-05\"}\n";
        assertThatThrownBy(() -> DataFiles.read(new ByteArrayInputStream(bad.getBytes(StandardCharsets.UTF_8)), "bad-copy.yaml", NodeStorage.class, "node storage"))
                .hasMessageContaining("bad-copy.yaml").hasMessageContaining("bigtable").hasMessageContaining("https source");
    }

    @Test
    void aCopyWithANodeThatHoldsNothingFails() {
        String bad = "nodeStorage:\n  spanner: {gbPerNode: 0, product: \"Spanner\", source: \"https://cloud.google.com/spanner/quotas\", checked: \"2026-12-05\"}\n";
        assertThatThrownBy(() -> DataFiles.read(new ByteArrayInputStream(bad.getBytes(StandardCharsets.UTF_8)), "bad-copy.yaml", NodeStorage.class, "node storage"))
                .hasMessageContaining("spanner").hasMessageContaining("gbPerNode > 0");
    }

    @Test
    void stepsAddTheNodesTheNextTwelveMonthsOfDataNeedWhenTheDataFirstPassesThem() {
        // 10,000 GB + 1,000 GB a month at 5,000 GB a node, 3 nodes (15,000 GB): month 7 holds 16,000 > 15,000; month 18
        // holds 27,000 -> 6 nodes; 30,000 passed in month 22 (31,000), month 33 holds 42,000 -> 9 nodes, which serve the
        // 45,000 of month 36 (exactly at the limit is within it): no third step
        var steps = NodeStorage.steps(3, 5000, m -> 10_000 + 1_000.0 * (m - 1), 36);
        assertThat(steps).containsExactly(new NodeStorage.Step(7, 6, 18, 27_000), new NodeStorage.Step(22, 9, 33, 42_000));
    }
}
