package dev.architect.figures;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import dev.architect.dossier.CostEstimate;
import dev.architect.dossier.CostLineItem;
import dev.architect.request.Cloud;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * A product sold at one price everywhere takes no regional multiplier, checked over every row of the price table (the R3
 * review found CloudFront Functions multiplied by 1.115): a row whose own words say it has one price in every region, and
 * every row of a product sold at the CDN's edge (CloudFront, Front Door, Cloud CDN, Fastly), is priced the same in a
 * region far from the base one. A free tier the vendor grants once per account is one tier of one line, never repeated
 * per region.
 */
class GloballySoldProductsTakeNoRegionalRatioTest {

    /** A region far from each cloud's base one, whose VM ratio is above 1. */
    private static final Map<Cloud, String> FAR = Map.of(Cloud.AWS, "eu-west-1", Cloud.AZURE, "westeurope", Cloud.GCP, "europe-west2");

    /** Words a row uses to say its price is the same in every region. */
    private static final Pattern ONE_PRICE = Pattern.compile("\\b(?:one price in every region|one global price|priced globally|same in every region)\\b");
    /** Products sold from the CDN's edge, priced by where the viewers are, not by the origin's region. */
    private static final Pattern EDGE_PRODUCT = Pattern.compile("^(?:CloudFront|Front Door|Cloud CDN|Fastly)\\b");

    private record Row(Cloud cloud, String kind, String text) {
    }

    private static List<Row> rows() throws Exception {
        JsonNode root;
        try (InputStream in = PriceTable.class.getResourceAsStream(PriceTable.RESOURCE)) {
            root = new ObjectMapper(new YAMLFactory()).readTree(in);
        }
        List<Row> out = new ArrayList<>();
        for (Map.Entry<String, JsonNode> kind : root.path("kinds").properties()) {
            for (Map.Entry<String, JsonNode> row : kind.getValue().path("prices").properties()) {
                if (row.getKey().equals("on-premises")) {
                    continue;
                }
                out.add(new Row(Cloud.of(row.getKey()), kind.getKey(), row.getValue().path("product").asText("")));
            }
        }
        return out;
    }

    @Test
    void everyRowSoldAtOnePriceEverywhereIsPricedTheSameInAFarRegion() throws Exception {
        PriceTable table = PriceTable.standard();
        List<String> scaled = new ArrayList<>();
        List<String> checked = new ArrayList<>();
        for (Row r : rows()) {
            boolean onePrice = ONE_PRICE.matcher(r.text().toLowerCase(Locale.ROOT)).find() || EDGE_PRODUCT.matcher(r.text()).find();
            if (!onePrice) {
                continue;
            }
            checked.add(r.kind() + " on " + r.cloud());
            table.regional(r.cloud(), r.kind(), FAR.get(r.cloud())).filter(p -> p.multiplier() != 1)
                    .ifPresent(p -> scaled.add(r.kind() + " on " + r.cloud() + " x " + p.multiplier()));
        }
        // The rows this walk must reach: CloudFront Functions (the review's case), Pub/Sub, the CDNs' egress and requests
        assertThat(checked).contains("edge.invocations on AWS", "queue.throughput on GCP", "cdn.egress on AWS", "cdn.egress on AZURE",
                "cdn.requests on GCP");
        assertThat(scaled).isEmpty();
    }

    @Test
    void cloudFrontFunctionsCostTheSameInIrelandAsInVirginia() {
        // 10,472.96 million checks x $0.13 = $1,361.48 in eu-west-1 (x 1.115 would have been 1,518.05)
        CostEstimate e = CostCalculator.standard().inRegion(Cloud.AWS, "eu-west-1").estimate(Cloud.AWS,
                List.of(ResourceNeed.flat("meter", "Meter", null, "edge.invocations", 10_472.96, "test")), List.of());
        assertThat(e.items()).extracting(CostLineItem::monthly).containsExactly(1_361.48);
    }

    @Test
    void pubSubKeepsItsFreeTenGibibytesOnceForTheAccount() {
        // 242.58 GB in europe-west2 (ratio 1.288 for a VM): the first 10 GiB free, then (242.58 - 10) x $0.0390625 = $9.09,
        // one line for the account however many regions publish (it was 242.58 x 0.0390625 = $9.48, no free tier)
        CostEstimate e = CostCalculator.standard().inRegion(Cloud.GCP, "europe-west2").estimate(Cloud.GCP,
                List.of(ResourceNeed.flat("queue-throughput", "Queue throughput", null, "queue.throughput", 242.58, "test")), List.of());
        assertThat(e.items()).extracting(CostLineItem::monthly).containsExactly(0.0, 9.09);
        assertThat(e.monthlyTotal()).isEqualTo(9.09);
        // 8 GB stays inside the free tier
        CostEstimate small = CostCalculator.standard().inRegion(Cloud.GCP, "europe-west2").estimate(Cloud.GCP,
                List.of(ResourceNeed.flat("queue-throughput", "Queue throughput", null, "queue.throughput", 8, "test")), List.of());
        assertThat(small.monthlyTotal()).isZero();
    }
}
