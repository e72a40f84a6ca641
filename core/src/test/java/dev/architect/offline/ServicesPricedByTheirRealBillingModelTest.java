package dev.architect.offline;

import static org.assertj.core.api.Assertions.assertThat;

import dev.architect.dossier.Consultation;
import dev.architect.dossier.CostEstimate;
import dev.architect.dossier.CostLineItem;
import dev.architect.request.ConsultationRequest;
import dev.architect.request.RequestReader;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Node-priced managed databases bought for what they hold: several services' stores on a product one instance of which
 * holds several databases (Spanner) are databases of one instance sized for their combined writes, not an instance each
 * at the product's minimum; an analytics store that answers from its nodes' SSD cache (Data Explorer) has the nodes its
 * hot window needs, on the cheapest node size that holds it; a usage-priced vendor the dispatcher calls is estimated from
 * the jobs that call it. Requests of our own under {@code src/test/resources/costs} (resale-exchange*, pump-telemetry*, laundry-pickup).
 */
class ServicesPricedByTheirRealBillingModelTest {

    private static final OfflineArchitect ARCHITECT = OfflineArchitect.create();

    private static ConsultationRequest request(String name) throws IOException {
        try (InputStream in = ServicesPricedByTheirRealBillingModelTest.class.getResourceAsStream("/costs/" + name + ".yaml")) {
            return RequestReader.read(in);
        }
    }

    private static List<CostLineItem> spannerNodes(CostEstimate cost) {
        return cost.items().stream().filter(i -> i.assumption().contains("Cloud Spanner") && i.id().endsWith("-nodes")).toList();
    }

    @Test
    void servicesOnSpannerShareOneInstanceSizedForTheirCombinedWrites() throws IOException {
        Consultation c = ARCHITECT.consult(request("resale-exchange"));
        List<String> spannerStores = c.cost().items().stream().filter(i -> i.assumption().contains("Cloud Spanner") && i.id().endsWith("-storage"))
                .map(CostLineItem::containerId).distinct().toList();
        assertThat(spannerStores).as("the services' stores").containsExactlyInAnyOrder("listings-db", "orders-db", "payouts-db", "ratings-db", "disputes-db");

        // 70,000 requests/s / (4 + 1) = 14,000 writes/s over the five services' stores; one instance: max(3, ceil(14,000 / 3,500
        // per node)) = 4 nodes x $657.00 (a regional node, $0.90 x 730) = $2,628.00, where an instance per store would be at
        // least 3 nodes each (5 x 3 x $657.00 = $9,855.00)
        assertThat(spannerNodes(c.cost())).singleElement().satisfies(nodes -> {
            assertThat(nodes.id()).isEqualTo("shared-database-nodes");
            assertThat(nodes.quantity()).isEqualTo(4);
            assertThat(nodes.unitPrice()).isEqualTo(657.00);
            assertThat(nodes.monthly()).isEqualTo(2_628.00);
            assertThat(nodes.assumption()).contains("= 14,000 writes/s) / 3,500 per node)) in one instance holding a database for each of")
                    .contains("each service owns its database and schema");
        });
        // Each store keeps its own storage line (its own database), and the note and the capacity plan say why one instance
        spannerStores.forEach(id -> assertThat(c.cost().assumptions()).anyMatch(a -> a.startsWith("[shared-instance]") && a.contains(id)));
        assertThat(c.cost().assumptions()).noneMatch(a -> a.startsWith("Each service has its own database; small services could share"));
        assertThat(c.capacity().estimates()).anyMatch(e -> e.id().equals("shared-database-nodes") && e.value() == 4);
    }

    @Test
    void aSharedSpannerInstanceAcrossRegionsIsOneMultiRegionInstance() throws IOException {
        Consultation c = ARCHITECT.consult(request("resale-exchange-two-regions"));
        // The same 14,000 writes/s: 4 nodes of one multi-region instance at $3.00 x 730 = $2,190.00 each, $8,760.00, billed
        // once for both regions (an instance per store would be at least 5 x 3 x $2,190.00 = $32,850.00)
        assertThat(spannerNodes(c.cost())).singleElement().satisfies(nodes -> {
            assertThat(nodes.quantity()).isEqualTo(4);
            assertThat(nodes.unitPrice()).isEqualTo(2_190.00);
            assertThat(nodes.monthly()).isEqualTo(8_760.00);
            assertThat(nodes.assumption()).contains("multi-region configuration spanning the 2 regions");
        });
    }

    @Test
    void aRegulatedServicesStoreKeepsADedicatedInstance() throws IOException {
        Consultation c = ARCHITECT.consult(request("resale-exchange-audited"));
        // The audit trail SOC 2 requires keeps its own instance. It writes an event for every write of the services it audits
        // (load-profiles.yaml followsWrites), so its write weight is theirs added up: listings 0.05 + orders 0.05 + payouts
        // 0.02 + ratings 0.05 = 0.17, of 0.34 in all: 14,000 x 0.17 / 0.34 = 7,000 writes/s, as many as the four services
        // write, so max(3, ceil(7,000 / 3,500)) = 3 regional nodes x $657.00 = $1,971.00 (a fixed weight of 1 gave it
        // 14,000 x 1 / 1.17 = 11,965.81 writes/s, 85% of the writes, and 4 nodes); the other four services' stores share
        // one instance sized for their writes together
        CostLineItem audit = c.cost().items().stream().filter(i -> i.id().equals("audit-trail-db-nodes")).findFirst().orElseThrow();
        assertThat(audit.quantity()).isEqualTo(3);
        assertThat(audit.monthly()).isEqualTo(1_971.00);
        assertThat(audit.assumption()).contains("max(3, ceil(7,000 writes/s / 3,500 per node)) = 3");
        CostLineItem shared = c.cost().items().stream().filter(i -> i.id().equals("shared-database-nodes")).findFirst().orElseThrow();
        assertThat(shared.assumption()).contains("listings-db, orders-db, payouts-db, ratings-db").doesNotContain("audit-trail-db");
        assertThat(c.cost().assumptions()).anyMatch(a -> a.startsWith("[dedicated-instance] audit-trail-db (audit trail, a requirement of SOC 2) "
                + "keeps an instance of its own"));
    }

    @Test
    void mapsCalledByTheDispatcherAreEstimatedFromTheJobsNotFromAFlatUsePerUser() throws IOException {
        CostEstimate cost = ARCHITECT.consult(request("laundry-pickup")).cost();
        // Maps bill per request at volume tiers ($5.00 per 1,000 up to 100,000, $4.00 to 500,000, contact sales above):
        // 200,000 monthly users x 1 job x 10 calls = 2,000 thousand to 200,000 x 3 jobs x 30 calls = 18,000 thousand, both
        // above the published table, so the range has no figure (it was $8,100.00 to $72,100.00, the last tier's $4
        // extrapolated past the table); the basis still gives the jobs, not a flat use per user
        assertThat(cost.assumptions()).anyMatch(a -> a.startsWith("[budget-unpriced-estimate] not estimated")
                && a.contains("Google Maps Platform: 200,000 monthly active users x 1 to 3 jobs a user a month "
                + "x 10 to 30 requests a job = 2,000,000 to 18,000,000 requests a month at the vendor's volume tiers ($5 per 1,000 up to 100,000, "
                + "$4 per 1,000 up to 500,000, contact sales above); both ends are above the published table (contact sales above 500 thousand "
                + "requests a month), so not priced (assumption as-vendor-jobs-maps)"));
        assertThat(cost.assumptions()).anyMatch(a -> a.startsWith("[as-vendor-jobs-maps] Google Maps Platform is called by the dispatcher for each job"));
    }

    @Test
    void dataExplorerNodesHoldTheHotWindowOnTheCheapestNodeSize() throws IOException {
        CostEstimate cost = ARCHITECT.consult(request("pump-telemetry")).cost();
        // Hot cache: 60,000 GB a month x 1 month (the hot window, assumption as-hot-cache) x 1.3 (indexes) / 10 (compression)
        // = 7,800 GB. E8ads v5 (300 GB of SSD): ceil(7,800 / 300) = 26 nodes x $1,062.88 = $27,634.88; L8as v3 (1,920 GB):
        // ceil(7,800 / 1,920) = 5 nodes x $1,097.92 = $5,489.60, the cheaper; ingestion alone needs the minimum of 3
        CostLineItem nodes = cost.items().stream().filter(i -> i.id().equals("telemetry-store-nodes")).findFirst().orElseThrow();
        assertThat(nodes.quantity()).isEqualTo(5);
        assertThat(nodes.unitPrice()).isEqualTo(1_097.92);
        assertThat(nodes.monthly()).isEqualTo(5_489.60);
        assertThat(nodes.assumption()).contains("the hot cache needs 7,800 GB (60,000 GB in the 1-month hot window (assumption as-hot-cache) x 1.3 "
                + "(indexes) / 10 (compression))").contains("= 5 L8as v3").contains("26 E8ads v5 (300 GiB local SSD) nodes would cost more");
        assertThat(cost.assumptions()).anyMatch(a -> a.startsWith("[as-hot-cache] Queries read the last 1 month of data"));
    }

    @Test
    void aHotWindowTheIngestionNodesAlreadyHoldKeepsTheComputeOptimizedSize() throws IOException {
        CostEstimate cost = ARCHITECT.consult(request("pump-telemetry-small")).cost();
        // 1,600 GB x 1 month x 1.3 / 10 = 208 GB: ceil(208 / 300) = 1 E8ads v5 node, below the 3 the cluster runs at least;
        // 3 x $1,062.88 = $3,188.64 against 3 L8as v3 x $1,097.92 = $3,293.76, so the compute-optimized size stays
        CostLineItem nodes = cost.items().stream().filter(i -> i.id().equals("telemetry-store-nodes")).findFirst().orElseThrow();
        assertThat(nodes.quantity()).isEqualTo(3);
        assertThat(nodes.unitPrice()).isEqualTo(1_062.88);
        assertThat(nodes.monthly()).isEqualTo(3_188.64);
    }
}
