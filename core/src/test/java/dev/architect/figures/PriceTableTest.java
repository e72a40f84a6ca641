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
    void kindsVendorsBillPerUseArePricedButNotOfferedToAModel() {
        for (String category : List.of("SMS", "email", "video calls", "identity verification")) {
            String kind = prices.vendorUsage(category).orElseThrow(() -> new AssertionError(category + " has no vendorUsage entry")).kind();
            for (Cloud cloud : List.of(Cloud.AWS, Cloud.AZURE, Cloud.GCP)) {
                assertThat(prices.price(cloud, kind)).as(kind + " on " + cloud).isPresent();
                assertThat(prices.price(cloud, kind).orElseThrow().source()).as(kind + " on " + cloud).matches("https://[a-z.]+/.*");
                assertThat(prices.resourceKinds(cloud)).as(cloud.name()).doesNotContain(kind);
            }
        }
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
    void containerAppsArePricedAtASizeTheirConsumptionPlanSells() {
        // Consumption fixes 2 GiB a vCPU: (2 x $0.000024 + 4 GiB x $0.000003) a second x 2,628,000 s = $157.68 a month, and a
        // job hour $157.68 / 730 = $0.216 (a 2 vCPU / 8 GiB task, $189.22, is not a size the plan offers)
        Price task = prices.price(Cloud.AZURE, "containers.instance").orElseThrow();
        assertThat(task.monthlyUsd()).isEqualTo(157.68);
        assertThat(task.description()).contains("2 vCPU / 4 GiB");
        assertThat(prices.price(Cloud.AZURE, "containers.job-hours").orElseThrow().monthlyUsd()).isEqualTo(0.216);
    }

    @Test
    void everyEnginePricedAsItselfHasItsInstancesAndStorageInEveryCloud() {
        for (String engine : List.of("SQL Server", "MySQL")) {
            String product = prices.engineProduct(engine).orElseThrow(() -> new AssertionError(engine + " has no enginePrices entry"));
            for (Cloud cloud : Cloud.values()) {
                for (String kind : List.of(product + ".instance", product + ".instance.small", product + ".storage")) {
                    assertThat(prices.price(cloud, kind)).as(kind + " on " + cloud).isPresent();
                    assertThat(prices.price(cloud, kind).orElseThrow().source()).as(kind + " on " + cloud)
                            .matches(cloud == Cloud.ON_PREMISES ? "estimate" : "https://[a-z.]+/.*");
                    // The SDK puts them in place of the generic kinds; the list a model prices by keeps the generic ones
                    assertThat(prices.resourceKinds(cloud)).doesNotContain(kind).contains("database.storage");
                }
            }
        }
        assertThat(prices.engineProduct("sql server")).contains("sqlserver");
        assertThat(prices.engineProduct("PostgreSQL")).isEmpty();
        // Connections per instance are data beside the prices, read by every connection-sized part
        assertThat(prices.connectionsPerInstance()).isEqualTo(20_000);
        // Licence-included SQL Server costs more than the open-source engine of the same size on every public cloud
        for (Cloud cloud : List.of(Cloud.AWS, Cloud.AZURE, Cloud.GCP)) {
            assertThat(prices.price(cloud, "sqlserver.instance").orElseThrow().monthlyUsd())
                    .isGreaterThan(prices.price(cloud, "database.instance").orElseThrow().monthlyUsd());
        }
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
                    case CLUSTER -> List.of("instance", "storage", "io");
                };
                for (String dimension : dimensions) {
                    productKinds.add(billing.kind(dimension));
                    assertThat(prices.price(cloud, billing.kind(dimension))).as(option + " on " + cloud + ": " + billing.kind(dimension)).isPresent();
                }
                // A product's own backup price, where it bills backups its own way (Spanner, Keyspaces) or none (Data Explorer)
                if (billing.product().isPresent() && prices.price(cloud, billing.kind("backup")).isPresent()) {
                    productKinds.add(billing.kind("backup"));
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

    @Test
    void everyKindThatRunsAllMonthTakesTheCommitmentAndNoPerUseKindDoes() {
        // Derived from each kind's unit, so the Hyperscale replicas, Aurora's cluster instances and the distributed nodes
        // a hand list once missed take the discount too
        for (String kind : List.of("compute.instance", "sqlserver.hyperscale.instance", "sqlserver.hyperscale.instance.small", "aurora.instance",
                "timestream-influxdb.node", "cache.node", "stream.node")) {
            assertThat(prices.alwaysOn(prices.price(Cloud.AWS, kind).or(() -> prices.price(Cloud.AZURE, kind)).orElseThrow())).as(kind).isTrue();
        }
        for (String kind : List.of("spanner.node", "bigtable.node")) {
            assertThat(prices.alwaysOn(prices.price(Cloud.GCP, kind).orElseThrow())).as(kind).isTrue();
        }
        for (String kind : List.of("api-gateway.requests", "database.storage", "compute.job-hours", "load-balancer", "kubernetes.cluster", "cdn.egress")) {
            assertThat(prices.alwaysOn(prices.price(Cloud.AWS, kind).orElseThrow())).as(kind).isFalse();
        }
    }

    @Test
    void aConsumptionBilledContainerPlatformRunsAllMonthButTakesNoCommitmentDiscount() {
        // App Runner, Container Apps consumption and Cloud Run are always on here, yet the reservations and resource-based
        // commitments the table prices do not cover them: a budget option must not discount them
        for (Cloud cloud : List.of(Cloud.AWS, Cloud.AZURE, Cloud.GCP)) {
            Price paas = prices.price(cloud, "paas.instance").orElseThrow();
            assertThat(prices.alwaysOn(paas)).as(cloud.label()).isTrue();
            assertThat(prices.takesCommitment("paas.instance", paas)).as(cloud.label()).isFalse();
            assertThat(prices.takesCommitment("compute.instance", prices.price(cloud, "compute.instance").orElseThrow())).as(cloud.label()).isTrue();
        }
    }

    @Test
    void serviceLimitsAndWriteCapacitiesNameKindsTheTablePricesAndAreDated() {
        // Event Hubs Standard takes at most 40 throughput units a namespace; Premium 16 processing units
        ServiceLimit eventHubs = prices.serviceLimit(Cloud.AZURE, "stream.throughput-unit").orElseThrow();
        assertThat(eventHubs.max()).isEqualTo(40);
        assertThat(eventHubs.beyond()).contains("premium");
        assertThat(eventHubs.date()).matches("\\d{4}-\\d{2}-\\d{2}");
        assertThat(prices.serviceLimit(Cloud.AZURE, "stream.processing-unit").orElseThrow().max()).isEqualTo(16);
        for (Cloud cloud : Cloud.values()) {
            for (String kind : List.of("stream.throughput-unit", "stream.processing-unit", "stream.ingest")) {
                prices.serviceLimit(cloud, kind).ifPresent(limit -> assertThat(prices.price(cloud, kind)).as(kind + " on " + cloud).isPresent());
            }
        }
        // One writer of the priced 4-vCPU size, on RDS or Aurora, sustains 5,000 writes a second; the small size 500 (RDS)
        assertThat(prices.writeCapacity("database.instance")).contains(5000.0);
        assertThat(prices.writeCapacity("database.instance.small")).contains(500.0);
        assertThat(prices.writeCapacity("aurora.instance")).contains(5000.0);
        assertThat(prices.writeCapacity("search.node")).isEmpty();
        assertThat(prices.writeCapacityBasis()).isNotBlank();
    }

    @Test
    void auroraIsBilledAsAClusterAndFilesHaveAColdClassOnEveryPublicCloud() {
        StoreBilling aurora = prices.storeBilling(Cloud.AWS, "relational-replicas");
        assertThat(aurora.model()).isEqualTo(BillingModel.CLUSTER);
        // db.r6g.xlarge at $0.519 an hour x 730 = $378.87; the cluster volume $0.10 per GB-month, once per cluster
        assertThat(prices.price(Cloud.AWS, aurora.kind("instance")).orElseThrow().monthlyUsd()).isEqualTo(378.87);
        assertThat(prices.price(Cloud.AWS, aurora.kind("storage")).orElseThrow().monthlyUsd()).isEqualTo(0.10);
        assertThat(prices.storeBilling(Cloud.GCP, "relational-replicas").model()).isEqualTo(BillingModel.INSTANCES);
        for (Cloud cloud : List.of(Cloud.AWS, Cloud.AZURE, Cloud.GCP)) {
            double cold = prices.price(cloud, "object.storage.cold").orElseThrow().monthlyUsd();
            assertThat(cold).as(cloud.label()).isLessThan(prices.price(cloud, "object.storage.infrequent").orElseThrow().monthlyUsd());
        }
        // API Gateway WebSocket messages: $1.00 a million up to a billion, $0.80 above: 1,500 million = 1,000 + 500 x 0.80 = $1,400
        Price messages = prices.price(Cloud.AWS, "realtime.messages").orElseThrow();
        assertThat(messages.bands(1500).stream().mapToDouble(b -> b.quantity() * b.usd()).sum()).isEqualTo(1400.0, org.assertj.core.data.Offset.offset(1e-9));
    }

    @Test
    void centralVendorsCarryAnEstimatePerMonthlyUser() {
        VendorPrice video = prices.vendors().stream().filter(v -> v.category().equals("video streaming")).findFirst().orElseThrow();
        assertThat(video.central()).isTrue();
        // 0.5 hours x 1.35 GB x $0.02 = $0.0135 and 5 hours x 1.35 GB x $0.085 = $0.57375 per monthly user
        assertThat(video.estimate().orElseThrow().low()).isEqualTo(0.0135);
        assertThat(video.estimate().orElseThrow().high()).isEqualTo(0.57375);
        VendorPrice payments = prices.vendors().stream().filter(v -> v.category().equals("payments")).findFirst().orElseThrow();
        assertThat(payments.central()).isFalse();
        assertThat(payments.estimate()).isEmpty();
    }

    @Test
    void emailIsRecognisedByItsOwnWordsNotByPostalMailOrAnotherSes() {
        VendorPrice email = prices.vendors().stream().filter(v -> v.category().equals("email")).findFirst().orElseThrow();
        assertThat(email.matches("Amazon SES: digest e-mails")).isTrue();
        assertThat(email.matches("Postmark")).isTrue();
        assertThat(email.matches("transactional email to applicants")).isTrue();
        // a print and mail house posts letters; SES Hospedajes is Spain's guest-registration service
        assertThat(email.matches("Print and mail house: paper bills for customers who opted out of e-billing")).isFalse();
        assertThat(email.matches("SES Hospedajes: guest registration for the police")).isFalse();
    }
}
