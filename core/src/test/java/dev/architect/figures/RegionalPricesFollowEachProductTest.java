package dev.architect.figures;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.architect.dossier.CostEstimate;
import dev.architect.dossier.CostLineItem;
import dev.architect.request.Cloud;
import java.io.IOException;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Each price row follows the region by its own basis (prices.yaml {@code regional}): a product with one global price is
 * not scaled by the VM ratio, a product with its own regional tiers takes its tier, and everything else takes the
 * general-purpose instance's ratio. A row whose basis is none of these fails at load, naming the row.
 */
class RegionalPricesFollowEachProductTest {

    private static final CostCalculator CALCULATOR = CostCalculator.standard();

    private static double monthly(Cloud cloud, String region, String continent, String kind, double quantity) {
        CostEstimate e = CALCULATOR.inRegion(cloud, region, continent).estimate(cloud, List.of(ResourceNeed.flat("x", "X", null, kind, quantity, "test")), List.of());
        return e.items().stream().mapToDouble(CostLineItem::monthly).sum();
    }

    @Test
    void googleApiGatewayHasOneGlobalPriceAndIsNotScaledInLondon() {
        // 21,900 million calls: 2 free + 998 x $3.00 + 20,900 x $1.50 = 2,994 + 31,350 = $34,344 in europe-west2
        // (the VM ratio 1.288 would have made it 44,234.11)
        assertThat(monthly(Cloud.GCP, "europe-west2", null, "api-gateway.requests", 21_900)).isEqualTo(34_344.00);
    }

    @Test
    void azureApiManagementConsumptionIsNotScaledByTheVmRatio() {
        // 613.2 million calls in northeurope: 1 free + 612.2 x $3.50 = $2,142.70 (x 1.115 would be 2,389.11)
        assertThat(monthly(Cloud.AZURE, "northeurope", null, "api-gateway.requests", 613.2)).isEqualTo(2_142.70);
    }

    @Test
    void cloudLoggingKeepsItsFiftyFreeGibibytesAndOneGlobalPrice() {
        // 157.68 GiB in europe-west1: (157.68 - 50) x $0.50 = $53.84, not 157.68 x 0.55 = 86.72
        assertThat(monthly(Cloud.GCP, "europe-west1", null, "logs.ingestion", 157.68)).isEqualTo(53.84);
        // 40 GiB stays inside the free tier
        assertThat(monthly(Cloud.GCP, "europe-west1", null, "logs.ingestion", 40)).isZero();
    }

    @Test
    void cloudRunTakesItsOwnTierNotTheVmRatio() {
        // europe-west1 is a Cloud Run Tier 1 region: 3 x $115.63 = $346.89, while a VM there is x 1.1
        assertThat(monthly(Cloud.GCP, "europe-west1", null, "paas.instance", 3)).isEqualTo(346.89);
        assertThat(monthly(Cloud.GCP, "europe-west1", null, "compute.instance", 1)).isEqualTo(77.99);   // 70.90 x 1.1
        // europe-west2 is Tier 2: $115.63 x 1.4 = $161.882 an instance; 2 x 161.882 = $323.76
        assertThat(monthly(Cloud.GCP, "europe-west2", null, "paas.instance", 2)).isEqualTo(323.76);
        CostEstimate e = CALCULATOR.inRegion(Cloud.GCP, "europe-west2").estimate(Cloud.GCP,
                List.of(ResourceNeed.flat("run", "Run", null, "paas.instance", 1, "test")), List.of());
        assertThat(e.items().get(0).assumption()).contains("x 1.4 for europe-west2").contains("cloud-run-tiers");
    }

    @Test
    void aSpannerMultiRegionConfigurationIsPricedAsItselfNotScaledByItsFirstRegion() {
        // eur-configuration node in Europe: $2,190 whatever the first region's VM ratio (1.288 for europe-west2)
        assertThat(monthly(Cloud.GCP, "europe-west2", "Europe", "spanner.node.multi-region", 3)).isEqualTo(6_570.00);
        // a regional Spanner node still follows the VM ratio: 657 x 1.288 = 846.216
        assertThat(monthly(Cloud.GCP, "europe-west2", null, "spanner.node", 1)).isEqualTo(846.22);
    }

    @Test
    void theTableSaysWhichBasisEachRowFollows() {
        PriceTable table = PriceTable.standard();
        assertThat(table.regional(Cloud.GCP, "api-gateway.requests", "europe-west2")).isEmpty();
        assertThat(table.regional(Cloud.AWS, "api-gateway.requests", "eu-west-1")).get().extracting(RegionalPrice::multiplier).isEqualTo(1.115);
        assertThat(table.regional(Cloud.GCP, "paas.instance", "europe-west1")).get().extracting(RegionalPrice::multiplier).isEqualTo(1.0);
        assertThat(table.regional(Cloud.GCP, "identity.users", "europe-west1")).isEmpty();
    }

    @Test
    void aProductWhoseOwnRegionalTableIsUnreadTakesTheVmRatioAndItsLineSaysItStandsIn() {
        // Amazon MSK in eu-west-1: $153.30 x 1.115 (the m6i.large ratio) = $170.9295 -> $170.93, as before, but the line now
        // says the ratio stands in for MSK's own regional list, which the table has not read
        CostEstimate e = CALCULATOR.inRegion(Cloud.AWS, "eu-west-1").estimate(Cloud.AWS,
                List.of(ResourceNeed.flat("brokers", "Brokers", null, "stream.node", 1, "test")), List.of());
        assertThat(e.items().get(0).monthly()).isEqualTo(170.93);
        assertThat(e.items().get(0).assumption()).contains("x 1.115 for eu-west-1")
                .contains("standing in for this product's own regional price list, which the table has not read");
        // The seven products the R3 review named, each on the cloud that sells it, say so; a VM says nothing of the kind
        PriceTable table = PriceTable.standard();
        for (String[] row : new String[][] {{"AWS", "stream.node", "eu-west-1"}, {"AWS", "cache.node", "eu-west-1"}, {"AWS", "queue.messages", "eu-west-1"},
                {"AWS", "keyvalue.writes", "eu-west-1"}, {"AZURE", "stream.throughput-unit", "westeurope"}, {"AZURE", "queue.messages", "westeurope"},
                {"AZURE", "cache.node", "westeurope"}}) {
            assertThat(table.regional(Cloud.valueOf(row[0]), row[1], row[2])).as(row[1] + " on " + row[0]).get()
                    .extracting(RegionalPrice::source).asString().contains("standing in");
        }
        assertThat(table.regional(Cloud.AWS, "compute.instance", "eu-west-1")).get().extracting(RegionalPrice::source).asString()
                .doesNotContain("standing in");
    }

    @Test
    void aGlobalKindMarkedAsAStandInFailsAtLoad() throws Exception {
        String bad = shipped().replace("aws: {usd: 0.085, product: \"CloudFront", "aws: {regional: vm-stand-in, usd: 0.085, product: \"CloudFront");
        assertThat(bad).isNotEqualTo(shipped());
        assertThatThrownBy(() -> PriceTable.load(copy("bad-regional-stand-in.yaml", bad))).hasMessageContaining("cdn.egress on aws says regional: vm-stand-in");
    }

    @Test
    void aRowNamingAnUnknownBasisFailsAtLoadNamingTheRow() throws Exception {
        String bad = shipped().replace("regional: cloud-run-tiers}", "regional: cloud-run-tier}");
        assertThatThrownBy(() -> PriceTable.load(copy("bad-regional-name.yaml", bad)))
                .hasMessageContaining("paas.instance on gcp").hasMessageContaining("cloud-run-tier'");
    }

    @Test
    void aRowNamingAnotherCloudsTableFailsAtLoad() throws Exception {
        String bad = shipped().replace("cloud: gcp\n    source: \"https://cloud.google.com/run/pricing", "cloud: aws\n    source: \"https://cloud.google.com/run/pricing");
        assertThatThrownBy(() -> PriceTable.load(copy("bad-regional-cloud.yaml", bad))).hasMessageContaining("on gcp has regional 'cloud-run-tiers'");
    }

    @Test
    void aGlobalKindMarkedVmFailsAtLoad() throws Exception {
        String bad = shipped().replace("aws: {usd: 0.085, product: \"CloudFront", "aws: {regional: vm, usd: 0.085, product: \"CloudFront");
        assertThat(bad).isNotEqualTo(shipped());
        assertThatThrownBy(() -> PriceTable.load(copy("bad-regional-vm.yaml", bad))).hasMessageContaining("cdn.egress on aws says regional: vm");
    }

    @Test
    void anOwnTableWithoutItsSourceFailsAtLoad() throws Exception {
        String bad = shipped().replace("    source: \"https://cloud.google.com/run/pricing (Tier 1", "    page: \"https://cloud.google.com/run/pricing (Tier 1");
        assertThatThrownBy(() -> PriceTable.load(copy("bad-regional-source.yaml", bad))).hasMessageContaining("regionalTables of cloud-run-tiers has no source");
    }

    static String shipped() throws IOException {
        try (InputStream in = PriceTable.class.getResourceAsStream(PriceTable.RESOURCE)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    /** Writes a changed copy of the table onto the test classpath and returns its resource name. */
    static String copy(String name, String text) throws IOException, URISyntaxException {
        Path root = Path.of(RegionalPricesFollowEachProductTest.class.getResource("/").toURI());
        Files.writeString(root.resolve(name), text, StandardCharsets.UTF_8);
        return "/" + name;
    }
}
