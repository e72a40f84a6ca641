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
        // The 2-vCore size holds 1,024 GB: (200 + 10 x (m - 1)) x 1.3 > 1,024 first at m - 1 > 58.77, month 60, when
        // (200 + 590) x 1.3 = 1,027 GB fits the 6-vCore size (1,536 GB): 4 more vCores from month 60, nothing in month 1,
        // and no product-limit risk, since General Purpose holds it by scaling up
        CostLineItem added = item(cost, "db-vcores-4");
        assertThat(added.quantity()).isZero();
        assertThat(added.assumption()).contains("4 vCores x 1 database from month 60").contains("General Purpose at 6 vCores (1,536 GB");
        assertThat(item(cost, "db-zone-redundancy-vcores-4").quantity()).isZero();
        assertThat(cost.assumptions()).noneMatch(a -> a.startsWith("[product-limit-db]"));
    }

    @Test
    void aGeneralPurposeDatabaseStepsUpItsVCoresInTheMonthItsDataNeedsThem() {
        // No budget: at 24 vCores by month 60 the clinic passes its $8,000 budget in month 60, where the verdict (which covers
        // the whole run rate) would adopt tiering and keep only a hot tier in the database; the steps are what this test is about
        CostEstimate cost = ARCHITECT.cost(CostArchetypesTest.archetype("azure-sql-clinic").toBuilder()
                .data(new dev.architect.request.DataVolume(700.0, 40.0, 7)).budget(null).build());

        // (700 + 40 x (m - 1)) x 1.3 GB: 910 in month 1, within the 1,024 GB of 2 vCores; 3,978 by month 60, within General
        // Purpose's 4,096 GB (no Hyperscale). 1,066 in month 4: 6 vCores (1,536 GB), +4; 1,586 in month 14: 8 vCores (2,048), +2;
        // 2,054 in month 23: 12 vCores (3,072), +4; 3,094 in month 43: 24 vCores (4,096), +12
        assertThat(item(cost, "db-vcores-4").assumption()).contains("4 vCores x 1 database from month 4");
        assertThat(item(cost, "db-vcores-6").assumption()).contains("2 vCores x 1 database from month 14");
        assertThat(item(cost, "db-vcores-10").assumption()).contains("4 vCores x 1 database from month 23");
        assertThat(item(cost, "db-vcores-22").assumption()).contains("12 vCores x 1 database from month 43");
        assertThat(cost.items()).filteredOn(i -> i.id().startsWith("db-vcores")).allMatch(i -> i.quantity() == 0);
        // Month 36 bills 12 vCores, 10 over month 1: 4, 2 and 4 x $184.105 = $736.42 + $368.21 + $736.42 = $1,841.05, and their
        // surcharge 4, 2 and 4 x $110.4625 = $441.85 + $220.93 + $441.85 = $1,104.63; storage grown by 35 x 40 x 1.3 = 1,820 GB x
        // $0.1438 = $261.72 (backups within the included 1X stay $0): $3,207.40 over month 1
        assertThat(cost.monthlyTotalAt(36).orElseThrow() - cost.monthlyTotal()).isCloseTo(3_207.40, org.assertj.core.data.Offset.offset(0.05));
        assertThat(cost.assumptions()).noneMatch(a -> a.startsWith("[product-limit-db]"));
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
