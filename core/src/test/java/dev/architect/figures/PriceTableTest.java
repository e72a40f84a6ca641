package dev.architect.figures;

import static org.assertj.core.api.Assertions.assertThat;

import dev.architect.request.Cloud;
import java.util.List;
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

    @Test
    void everyPriceNamesItsSourcePageAndTheTableIsDated() {
        for (Cloud cloud : Cloud.values()) {
            for (String kind : prices.resourceKinds(cloud)) {
                String source = prices.price(cloud, kind).orElseThrow().source();
                assertThat(source).as(kind + " on " + cloud).matches(cloud == Cloud.ON_PREMISES ? "estimate" : "https://[a-z.]+/.*");
            }
        }
        assertThat(prices.priceDate()).isEqualTo("2025-06-01");
    }

    @Test
    void everyGenericKindIsPricedOnEveryPublicCloudAndEveryStoreProductWhereItIsBilled() {
        java.util.Set<String> productKinds = new java.util.TreeSet<>();
        for (String option : prices.billedStoreOptions()) {
            for (Cloud cloud : Cloud.values()) {
                StoreBilling billing = prices.storeBilling(cloud, option);
                List<String> dimensions = switch (billing.model()) {
                    case PER_REQUEST -> List.of("writes", "reads", "storage");
                    case PER_GB_WRITTEN -> List.of("writes", "memory-store", "magnetic-store");
                    case NODES -> billing.product().isPresent() ? List.of("node", "storage") : List.of();
                    case INSTANCES -> List.of();
                };
                for (String dimension : dimensions) {
                    productKinds.add(billing.kind(dimension));
                    assertThat(prices.price(cloud, billing.kind(dimension))).as(option + " on " + cloud + ": " + billing.kind(dimension)).isPresent();
                }
            }
        }
        // Kinds a cloud has only when its product bills that way (per connection-minute on AWS, by units on Azure); the
        // design picks the first its cloud prices, else instances: every public cloud prices one of each group or falls back
        List<List<String>> alternatives = List.of(List.of("warehouse.rpu-hours", "warehouse.capacity", "query.scanned"),
                List.of("cdc.instance", "cdc.changed-gb"), List.of("realtime.connection-minutes", "realtime.messages", "realtime.unit"),
                List.of("iot.messages", "iot.unit"), List.of("queue.messages", "queue.throughput"),
                List.of("stream.node", "stream.throughput-unit", "stream.events"));
        for (Cloud cloud : List.of(Cloud.AWS, Cloud.AZURE, Cloud.GCP)) {
            for (List<String> group : alternatives.subList(0, 2)) {
                assertThat(group).as(cloud.label()).anyMatch(k -> prices.price(cloud, k).isPresent());
            }
            java.util.Set<String> generic = new java.util.TreeSet<>(prices.resourceKinds(Cloud.AWS));
            generic.removeAll(productKinds);
            alternatives.forEach(generic::removeAll);
            assertThat(prices.resourceKinds(cloud)).as(cloud.label()).containsAll(generic);
        }
        assertThat(productKinds).contains("timestream-influxdb.node", "keyspaces.writes", "dsql.storage", "bigtable.node", "spanner.storage");
    }

    @Test
    void theVendorTableIsDatedAndEachVendorHasASourceAndAReasonItIsNotPriced() {
        assertThat(prices.vendorsDate()).matches("\\d{4}-\\d{2}-\\d{2}");
        assertThat(prices.vendors()).extracting(VendorPrice::category).contains("payments", "SMS", "email", "video calls", "video streaming");
        assertThat(prices.vendors()).allSatisfy(v -> {
            assertThat(v.source()).startsWith("https://");
            assertThat(v.why()).isNotBlank();
        });
        VendorPrice calls = prices.vendors().stream().filter(v -> v.category().equals("video calls")).findFirst().orElseThrow();
        assertThat(calls.matches("Video visits for telehealth")).isTrue();
        assertThat(calls.matches("Telehealthcare billing")).isFalse();
    }

    @Test
    void volumeTiersPriceEachBandAtItsOwnPrice() {
        Price cdn = prices.price(Cloud.AWS, "cdn.egress").orElseThrow();

        // 60,000 GB: 10,240 at $0.085, 40,960 at $0.080, the remaining 8,800 at $0.060
        assertThat(cdn.bands(60_000)).extracting(Price.Band::quantity).containsExactly(10_240.0, 40_960.0, 8_800.0);
        assertThat(cdn.bands(60_000)).extracting(Price.Band::usd).containsExactly(0.085, 0.080, 0.060);
        assertThat(cdn.bands(500)).singleElement().satisfies(b -> assertThat(b.usd()).isEqualTo(0.085));
        assertThat(prices.commitment(Cloud.AWS).orElseThrow().discount()).isEqualTo(0.28);
        assertThat(prices.commitment(Cloud.ON_PREMISES)).isEmpty();
    }
}
