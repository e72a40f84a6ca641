package dev.architect.offline;

import static org.assertj.core.api.Assertions.assertThat;

import dev.architect.dossier.Consultation;
import dev.architect.dossier.CostEstimate;
import dev.architect.dossier.CostLineItem;
import dev.architect.dossier.CostScenario;
import dev.architect.request.ConsultationRequest;
import dev.architect.request.RequestReader;
import dev.architect.validation.DossierValidator;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Each managed service priced by its own billing model: a stream past one standard namespace on the cheapest tier that
 * carries it, a store that keeps its data in its own storage without a snapshot line, and scenarios whose totals rise
 * with their load because the same design keeps its tiers. Requests of our own under {@code src/test/resources/costs}.
 */
class EachServicePricedByItsBillingModelTest {

    private static final OfflineArchitect ARCHITECT = OfflineArchitect.create();

    private static ConsultationRequest request(String name) throws IOException {
        try (InputStream in = EachServicePricedByItsBillingModelTest.class.getResourceAsStream("/costs/" + name + ".yaml")) {
            return RequestReader.read(in);
        }
    }

    private static CostLineItem item(CostEstimate cost, String id) {
        return cost.items().stream().filter(i -> i.id().equals(id)).findFirst().orElseThrow(() -> new AssertionError("no line " + id));
    }

    private static void scenariosRiseWithLoad(CostEstimate cost) {
        List<Double> totals = cost.scenarios().stream().map(CostScenario::monthlyTotal).toList();
        assertThat(totals).hasSize(3);
        assertThat(totals.get(0)).as("low <= base").isLessThanOrEqualTo(totals.get(1));
        assertThat(totals.get(1)).as("base <= high").isLessThanOrEqualTo(totals.get(2));
    }

    @Test
    void aStreamPastOneStandardNamespaceIsSplitOverNamespacesWhenThatIsTheCheapestTier() throws IOException {
        ConsultationRequest r = request("substation-stream");
        Consultation c = ARCHITECT.consult(r);
        assertThat(DossierValidator.validate(c, r).hasErrors()).as("validator").isFalse();
        CostEstimate cost = c.cost();

        // 15,000 substations x 400 channels x 16 bytes = 6.4 KB a message: 15,000 x 6.4 KB + 100 people's writes x 1 KB = 96,100 KB/s
        // = 96.1 MB/s, 15,100 events/s: ceil(max(15,100 / 1,000, 96.1 / 1)) = 97 throughput units, past Standard's 40 a namespace.
        // Standard over ceil(97 / 40) = 3 namespaces: 97 x $21.90 = $2,124.30 + 15,100 x 2,628,000 / 1,000,000 = 39,682.8 million
        // events x $0.028 = $1,111.12, $3,235.42 a month; premium needs ceil(96.1 / 5) = 20 -> 32 processing units, past its 16;
        // one dedicated capacity unit (100 MB/s) is $5,840.73. The standard tier is the cheapest (the base-region list prices).
        assertThat(item(cost, "stream-throughput-units").quantity()).isEqualTo(97);
        assertThat(item(cost, "stream-throughput-units").assumption()).contains("split by key over 3 namespaces of at most 40");
        assertThat(item(cost, "stream-events").quantity()).isEqualTo(39_682.8);
        assertThat(cost.items()).noneMatch(i -> i.id().startsWith("stream-capacity-units") || i.id().startsWith("stream-processing-units"));
        assertThat(cost.assumptions()).anyMatch(a -> a.contains("$3,235.42 a month on the standard tier split by key over 3 namespaces")
                && a.contains("$5,840.73 for 1 dedicated capacity unit"));
        scenariosRiseWithLoad(cost);
    }

    @Test
    void aDataExplorerStoreHasNoSnapshotBackupLineItsDataLivesInItsOwnStorage() throws IOException {
        ConsultationRequest r = request("substation-stream");
        CostEstimate cost = ARCHITECT.consult(r).cost();

        // Data Explorer keeps its data in Azure Storage (its storage lines); it sells no backups, so nothing is priced at a
        // PostgreSQL Flexible Server snapshot rate for it
        assertThat(cost.items()).anyMatch(i -> i.id().equals("telemetry-store-nodes"));
        assertThat(cost.items()).noneMatch(i -> i.id().startsWith("telemetry-store-backup"));
        assertThat(cost.items()).filteredOn(i -> i.containerId() != null && i.containerId().equals("telemetry-store"))
                .noneMatch(i -> i.assumption().contains("Flexible Server backup storage"));
        assertThat(cost.assumptions()).anyMatch(a -> a.startsWith("[backups-telemetry-store] No backup line for telemetry-store. Azure Data Explorer")
                && a.contains("Data Explorer bills no backups: it keeps its data in Azure Storage"));
    }

    @Test
    void twiceTheLoadOfAGeneralPurposeDatabaseKeepsItsTierAndNeverCostsLess() throws IOException {
        ConsultationRequest r = request("vet-records");
        Consultation c = ARCHITECT.consult(r);
        assertThat(DossierValidator.validate(c, r).hasErrors()).as("validator").isFalse();
        CostEstimate cost = c.cost();

        // At the stated growth the data peaks at (900 + 30 x 59) x 1.3 = 3,471 GB within 60 months, under General Purpose's
        // 4,096 GB: General Purpose. Twice the growth reaches (900 + 60 x 59) x 1.3 = 5,772 GB, past it: planned afresh, that
        // load would move to Hyperscale, billed per replica and per GB used, and cost less than the base. The high scenario is
        // the same design at twice the load: General Purpose, stepping up its vCores.
        assertThat(cost.items()).anyMatch(i -> i.id().equals("db-zone-redundancy"));
        assertThat(cost.items()).noneMatch(i -> i.assumption().contains("Hyperscale"));
        scenariosRiseWithLoad(cost);
    }
}
