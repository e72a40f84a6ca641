package dev.architect.offline;

import static org.assertj.core.api.Assertions.assertThat;

import dev.architect.dossier.CostEstimate;
import dev.architect.dossier.CostLineItem;
import dev.architect.request.Cloud;
import dev.architect.request.Deployment;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Azure SQL Database priced by its own billing model (prices.yaml, Azure SQL kinds): General Purpose keeps its standby
 * and its copies across zones in the price, zone redundancy is a surcharge billed once, storage and backups are Azure
 * SQL's own (zone-redundant under a zone-redundant decision, backups free up to the database's size), and a store past
 * General Purpose's 4,096 GB is priced as Hyperscale. Requests of our own under {@code src/test/resources/costs}: a .NET
 * team that runs SQL Server, on Azure (East US, regional ratio 1.0) at 99.95%. A month is 730 hours.
 */
class AzureSqlBillingTest {

    private static final OfflineArchitect ARCHITECT = OfflineArchitect.create();

    private static CostLineItem item(CostEstimate cost, String id) {
        return cost.items().stream().filter(i -> i.id().equals(id)).findFirst().orElseThrow(() -> new AssertionError("no line " + id));
    }

    @Test
    void aZoneRedundantGeneralPurposeDatabaseBillsOneComputeSetAndTheSurchargeOnce() {
        CostEstimate cost = ARCHITECT.cost(CostArchetypesTest.archetype("azure-sql-clinic"));

        // 144 reads + 80 writes a second after the cache = 224 operations/s <= 500: the 2-vCore size. 99.95% spans zones, but
        // General Purpose runs one compute replica with its failover in the price: 1 x $368.21 = $368.21 (not 2 x $368.21)
        assertThat(item(cost, "db-instances").quantity()).isEqualTo(1);
        assertThat(item(cost, "db-instances").monthly()).isEqualTo(368.21);
        // Zone redundancy: the surcharge on the primary's 2 vCores, once: 1 x $220.93 = $220.93
        assertThat(cost.items()).filteredOn(i -> i.id().endsWith("zone-redundancy")).hasSize(1);
        assertThat(item(cost, "db-zone-redundancy").quantity()).isEqualTo(1);
        assertThat(item(cost, "db-zone-redundancy").monthly()).isEqualTo(220.93);
        // Azure SQL's zone-redundant data storage, billed once for the database: 200 GB x 1.3 (indexes) x 1 = 260 GB x $0.1438
        // = $37.388 -> $37.39 (not 2 copies at PostgreSQL's locally redundant disk price)
        assertThat(item(cost, "db-storage").unitPrice()).isEqualTo(0.1438);
        assertThat(item(cost, "db-storage").assumption()).contains("Azure SQL Database General Purpose data storage, zone-redundant");
        assertThat(item(cost, "db-storage").quantity()).isEqualTo(260);
        assertThat(item(cost, "db-storage").monthly()).isEqualTo(37.39);
        // Point-in-time backups: one copy of 260 GB, and 1X the database's size is included: (1 - 1) x 260 = 0 GB x $0.125
        // (zone-redundant backup storage) = $0.00; PostgreSQL's backup price is not used
        assertThat(item(cost, "db-backups").unitPrice()).isEqualTo(0.125);
        assertThat(item(cost, "db-backups").assumption()).contains("Azure SQL Database point-in-time backup storage, ZRS");
        assertThat(item(cost, "db-backups").quantity()).isZero();
        assertThat(item(cost, "db-backups").monthly()).isZero();
        assertThat(cost.items()).noneMatch(i -> i.assumption().contains("PostgreSQL") || i.assumption().contains("Flexible Server"));
        // The 2-vCore size holds 1,024 GB: (200 + 10 x (m - 1)) x 1.3 > 1,024 first at m - 1 > 58.77, month 60
        assertThat(cost.assumptions()).anyMatch(a -> a.startsWith("[product-limit-db]") && a.contains("in month 60")
                && a.contains("1,024 GB maximum of Azure SQL Database General Purpose at 2 vCores"));
    }

    @Test
    void aSecondRegionAddsOneGeoReplicaButNotASecondSurcharge() {
        CostEstimate cost = ARCHITECT.cost(CostArchetypesTest.archetype("azure-sql-clinic").toBuilder()
                .deployment(new Deployment(Cloud.AZURE, List.of("eastus", "westus2"))).build());

        // East US and West US 2 both have regional ratio 1.0. The primary's compute set (standby in the price) + one geo-replica,
        // a database of its own in the other region: 2 x $368.21 = $736.42; the surcharge stays on the primary alone, 1 x $220.93
        CostLineItem instances = item(cost, "db-instances");
        assertThat(instances.quantity()).isEqualTo(2);
        assertThat(instances.monthly()).isEqualTo(736.42);
        assertThat(instances.assumption()).contains("one geo-replica in each of 1 other region");
        assertThat(item(cost, "db-zone-redundancy").quantity()).isEqualTo(1);
        // Each database bills its own data storage: 260 GB x 2 databases = 520 GB x $0.1438 = $74.776 -> $74.78
        assertThat(item(cost, "db-storage").quantity()).isEqualTo(520);
        assertThat(item(cost, "db-storage").monthly()).isEqualTo(74.78);
    }

    @Test
    void aStorePastTheGeneralPurposeMaximumIsPricedAsHyperscale() {
        CostEstimate cost = ARCHITECT.cost(CostArchetypesTest.archetype("azure-sql-archive"));

        // 18,000 GB x 1.3 = 23,400 GB in month 1, (18,000 + 100 x 59) x 1.3 = 31,070 GB by month 60: past the 4,096 GB
        // General Purpose holds at 24 vCores or more, so the design says so and prices Hyperscale
        assertThat(cost.assumptions()).anyMatch(a -> a.startsWith("[as-sql-hyperscale-db]") && a.contains("31,070 GB")
                && a.contains("4,096 GB maximum") && a.contains("Hyperscale"));
        // Hyperscale bills each compute replica: the primary and one high-availability replica in another zone (zone
        // redundancy needs one), 2 x $266.45 = $532.90; no General Purpose surcharge
        assertThat(item(cost, "db-instances").assumption()).contains("Azure SQL Database Hyperscale, standard-series, 2 vCores, per replica");
        assertThat(item(cost, "db-instances").quantity()).isEqualTo(2);
        assertThat(item(cost, "db-instances").monthly()).isEqualTo(532.90);
        assertThat(cost.items()).noneMatch(i -> i.id().endsWith("zone-redundancy"));
        // Storage per GB used, once whatever the replicas: 23,400 GB x $0.10 = $2,340.00
        assertThat(item(cost, "db-storage").assumption()).contains("Azure SQL Database Hyperscale storage per GB used");
        assertThat(item(cost, "db-storage").quantity()).isEqualTo(23_400);
        assertThat(item(cost, "db-storage").monthly()).isEqualTo(2_340.00);
        // Hyperscale backups are snapshots: the data is billed once as storage, the backup bills what changes within the
        // 7-day retention: 100 GB/month x 1.3 x 7 / 30 = 30.33 GB x $0.125 (zone-redundant) = $3.79 (not 23,400 GB again)
        assertThat(item(cost, "db-backups").quantity()).isEqualTo(30.33);
        assertThat(item(cost, "db-backups").monthly()).isEqualTo(3.79);
        // Hyperscale holds 100 TB: 31,070 GB by month 60 is within it, so no product-limit note
        assertThat(cost.assumptions()).noneMatch(a -> a.startsWith("[product-limit-db]"));
    }
}
