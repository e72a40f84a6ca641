package dev.architect.figures;

import static org.assertj.core.api.Assertions.assertThat;

import dev.architect.request.Cloud;
import org.junit.jupiter.api.Test;

class PriceTableTest {

    private final PriceTable prices = PriceTable.standard();

    @Test
    void listPricesCarryTheirDateUnitAndProduct() {
        assertThat(prices.priceDate()).matches("\\d{4}-\\d{2}-\\d{2}");
        Price compute = prices.price(Cloud.AWS, "compute.instance").orElseThrow();
        assertThat(compute.monthlyUsd()).isEqualTo(70.08);                // $0.096/hour x 730 hours
        assertThat(compute.unit()).isEqualTo("instance-month");
        assertThat(compute.description()).contains("m6i.large");
        assertThat(prices.price(Cloud.GCP, "database.storage").orElseThrow().monthlyUsd()).isEqualTo(0.17);
    }

    @Test
    void eachCloudListsItsKindsSortedAndOnlyThoseItPrices() {
        assertThat(prices.resourceKinds(Cloud.AWS)).isSorted().contains("compute.instance", "cdn.egress", "stream.node");
        assertThat(prices.resourceKinds(Cloud.ON_PREMISES)).contains("compute.instance").doesNotContain("cdn.egress");
        assertThat(prices.price(Cloud.ON_PREMISES, "kubernetes.cluster")).isEmpty();
        assertThat(prices.price(Cloud.AWS, "no.such.kind")).isEmpty();
    }
}
