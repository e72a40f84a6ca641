package dev.architect.figures;

import static org.assertj.core.api.Assertions.assertThat;

import dev.architect.dossier.CostEstimate;
import dev.architect.dossier.CostLineItem;
import dev.architect.request.Cloud;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Products with a price of their own per region, or one price everywhere, are not scaled by the general-purpose VM's
 * ratio: Memorystore takes its own regional table (a region it does not list falls back to the VM ratio, named in the
 * line), Pub/Sub keeps its one global price; and a face-detection API is priced at each cloud's own product and tiers.
 */
class EachProductFollowsItsOwnRegionalPriceTest {

    private static final CostCalculator CALCULATOR = CostCalculator.standard();

    private static List<CostLineItem> lines(Cloud cloud, String region, String kind, double quantity) {
        CostEstimate e = CALCULATOR.inRegion(cloud, region).estimate(cloud, List.of(ResourceNeed.flat("x", "X", null, kind, quantity, "test")), List.of());
        return e.items();
    }

    private static double monthly(Cloud cloud, String region, String kind, double quantity) {
        return lines(cloud, region, kind, quantity).stream().mapToDouble(CostLineItem::monthly).sum();
    }

    @Test
    void memorystoreInLondonTakesItsOwnTableNotTheVmRatio() {
        // 2 nodes x $197.10 x 1.204 (memorystore-regions, europe-west2) = 2 x $237.3084 = $474.62; the VM ratio 1.288 would
        // have made it 2 x $253.8648 = $507.73
        assertThat(monthly(Cloud.GCP, "europe-west2", "cache.node", 2)).isEqualTo(474.62);
        assertThat(lines(Cloud.GCP, "europe-west2", "cache.node", 2).get(0).assumption()).contains("x 1.204 for europe-west2").contains("memorystore-regions");
        // Belgium: $197.10 x 1.102 = $217.2042 -> $217.20
        assertThat(monthly(Cloud.GCP, "europe-west1", "cache.node", 1)).isEqualTo(217.20);
    }

    @Test
    void aRegionMemorystoresTableDoesNotListTakesTheVmRatioAndSaysSo() {
        // asia-southeast1 is not in memorystore-regions: $197.10 x 1.233 (the n2-standard-2 ratio) = $243.0243 -> $243.02
        assertThat(monthly(Cloud.GCP, "asia-southeast1", "cache.node", 1)).isEqualTo(243.02);
        assertThat(lines(Cloud.GCP, "asia-southeast1", "cache.node", 1).get(0).assumption()).contains("x 1.233 for asia-southeast1")
                .contains("n2-standard-2 per region");
    }

    @Test
    void pubSubHasOnePriceInEveryRegion() {
        // 1,000 GB, the first 10 GiB free for the account: 990 x $0.0390625 = $38.671875 -> $38.67 in europe-west2 as in
        // us-central1 (x 1.288 would be $49.81)
        assertThat(monthly(Cloud.GCP, "europe-west2", "queue.throughput", 1_000)).isEqualTo(38.67);
        assertThat(PriceTable.standard().regional(Cloud.GCP, "queue.throughput", "europe-west2")).isEmpty();
    }

    @Test
    void faceDetectionOnAwsIsRekognitionGroupTwoWithItsOwnBreakPoints() {
        // 432,000 thousand images: 1,000 x $1.00 + 9,000 x $0.80 + 90,000 x $0.60 + 332,000 x $0.25
        // = 1,000 + 7,200 + 54,000 + 83,000 = $145,200 (Group 1's 1/5/35 million break points with Group 2's top rate made it $121,450)
        List<CostLineItem> aws = lines(Cloud.AWS, "us-east-1", "vendor.image-thousand", 432_000);
        assertThat(aws).extracting(CostLineItem::quantity).containsExactly(1_000.0, 9_000.0, 90_000.0, 332_000.0);
        assertThat(aws.stream().mapToDouble(CostLineItem::monthly).sum()).isEqualTo(145_200.0);
        assertThat(aws.get(0).assumption()).contains("Amazon Rekognition Image face detection (Group 2");
    }

    @Test
    void faceDetectionOnAzureAndGoogleCloudIsEachCloudsOwnApi() {
        // Azure AI Face: 1,000 x $1.00 + 4,000 x $0.80 + 95,000 x $0.60 + 332,000 x $0.40 = 1,000 + 3,200 + 57,000 + 132,800 = $194,000
        List<CostLineItem> azure = lines(Cloud.AZURE, "eastus", "vendor.image-thousand", 432_000);
        assertThat(azure.stream().mapToDouble(CostLineItem::monthly).sum()).isEqualTo(194_000.0);
        assertThat(azure.get(0).assumption()).contains("Azure AI Face").doesNotContain("Rekognition");
        // Cloud Vision face detection: 1 x $0 + 4,999 x $1.50 + 1,000 x $0.60 = 0 + 7,498.50 + 600 = $8,098.50
        List<CostLineItem> gcp = lines(Cloud.GCP, "us-central1", "vendor.image-thousand", 6_000);
        assertThat(gcp.stream().mapToDouble(CostLineItem::monthly).sum()).isEqualTo(8_098.50);
        assertThat(gcp.get(0).assumption()).contains("Google Cloud Vision Face Detection").doesNotContain("Rekognition");
        // Vision's published table ends at 20 million a month: a larger use is not priced at its last rate
        assertThat(PriceTable.standard().price(Cloud.GCP, "vendor.image-thousand")).get()
                .satisfies(p -> assertThat(p.tiers().get(p.tiers().size() - 1).upTo()).isEqualTo(20_000.0));
    }
}
