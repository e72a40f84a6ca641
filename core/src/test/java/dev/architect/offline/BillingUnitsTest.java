package dev.architect.offline;

import static org.assertj.core.api.Assertions.assertThat;

import dev.architect.dossier.CostEstimate;
import dev.architect.dossier.CostLineItem;
import dev.architect.request.Cloud;
import dev.architect.request.ConsultationRequest;
import dev.architect.request.Deployment;
import dev.architect.request.RequestReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Each product priced in the units its vendor bills (prices.yaml, list prices of its priceDate): API gateways by volume
 * tier, Pub/Sub by throughput, Event Hubs by throughput units and ingress events, Data Explorer as its own service, and
 * identity by monthly active users past the vendor's free tier. A month is 730 hours (2,628,000 s).
 */
class BillingUnitsTest {

    private static final OfflineArchitect ARCHITECT = OfflineArchitect.create();

    private static ConsultationRequest request(String name) {
        try (InputStream in = BillingUnitsTest.class.getResourceAsStream("/billing/" + name + ".yaml")) {
            return RequestReader.read(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static ConsultationRequest on(ConsultationRequest r, Cloud cloud) {
        return r.toBuilder().deployment(new Deployment(cloud, List.of())).build();
    }

    private static CostLineItem item(CostEstimate cost, String id) {
        return cost.items().stream().filter(i -> i.id().equals(id)).findFirst().orElseThrow(() -> new AssertionError("no line " + id));
    }

    @Test
    void pubSubIsBilledByThroughputNotPerRequest() {
        CostEstimate cost = ARCHITECT.cost(request("print-orders"));

        // 600 requests/s at a 3:1 read/write ratio: 150 writes/s at peak, one queued job each; users' traffic follows the day,
        // / 3 = 50 a second on average
        // x 1 KB (the billed minimum) x (1 publish + 1 subscription's delivery) x 2,628,000 s / 1,000,000 = 262.8 GB
        // the first 10 GiB free for the account, then 252.8 x $40 per TiB ($0.0390625 per GB) = $9.875 -> $9.88; per request it
        // was 50 x 3 x 2,628,000 / 1,000,000 = 394.2 million x $0.40 = $157.68
        assertThat(item(cost, "queue-throughput").quantity()).isEqualTo(10);
        assertThat(item(cost, "queue-throughput").monthly()).isZero();
        assertThat(item(cost, "queue-throughput-tier-2").quantity()).isEqualTo(252.8);
        assertThat(item(cost, "queue-throughput-tier-2").monthly()).isEqualTo(9.88);
        assertThat(cost.items()).noneMatch(i -> i.id().equals("queue-messages"));
    }

    @Test
    void theQueueTierNoteQuotesThePriceTheBandsAreBilledAtInTheDeploymentsRegion() {
        // West Europe is billed at its ratio to the base list (the bands' lines say "x ... for westeurope"): the note's
        // per-operation figure is the sum of those lines, 0 + 69.6 x r + 147.1 x r, not the base list's $216.70
        CostEstimate cost = ARCHITECT.cost(request("print-orders").toBuilder().deployment(new Deployment(Cloud.AZURE, List.of("westeurope"))).build());

        double billed = cost.items().stream().filter(i -> i.id().startsWith("queue-messages")).mapToDouble(CostLineItem::monthly).sum();
        assertThat(billed).isNotEqualTo(216.70);
        String note = cost.assumptions().stream().filter(n -> n.startsWith("[queue-tier]")).findFirst().orElseThrow();
        assertThat(note).contains(dev.architect.internal.Numbers.usd(dev.architect.internal.Numbers.round(billed, 2)) + " on the per-operation tier");
    }

    @Test
    void aQueueOnAzureIsPricedByTheStandardTiersBandsAndComparedWithPremiumUnits() {
        CostEstimate cost = ARCHITECT.cost(on(request("print-orders"), Cloud.AZURE));

        // 150 writes/s at peak / 3 = 50 on average x 3 requests (send, receive, delete) x 2,628,000 s / 1,000,000 = 394.2 million
        // operations: the first 13 million in the base charge ($0), 87 million x $0.80 = $69.60, 294.2 million x $0.50 = $147.10
        assertThat(item(cost, "queue-messages").quantity()).isEqualTo(13);
        assertThat(item(cost, "queue-messages").monthly()).isZero();
        assertThat(item(cost, "queue-messages-tier-2").monthly()).isEqualTo(69.60);
        assertThat(item(cost, "queue-messages-tier-3").quantity()).isEqualTo(294.2);
        assertThat(item(cost, "queue-messages-tier-3").monthly()).isEqualTo(147.10);
        // Premium: max(1, ceil(150 x 3 / 1,000)) = 1 messaging unit x $677.08 costs more than $216.70, so Standard is priced
        assertThat(cost.assumptions()).anyMatch(n -> n.startsWith("[queue-tier]") && n.contains("$216.70 on the per-operation tier")
                && n.contains("$677.08 for 1 dedicated messaging unit") && n.endsWith("the per-operation tier is priced")
                        || n.contains("the per-operation tier is priced; it has no availability-zone support"));
        assertThat(cost.items()).noneMatch(i -> i.id().startsWith("queue-messaging-units"));
    }

    @Test
    void apiGatewayRequestsArePricedByTheVendorsVolumeTiers() {
        ConsultationRequest chat = CostArchetypesTest.archetype("chat");
        CostEstimate aws = ARCHITECT.cost(on(chat, Cloud.AWS));
        CostEstimate gcp = ARCHITECT.cost(on(chat, Cloud.GCP));

        // Messages, channels and presence travel on the realtime connection (priced on the realtime gateway): the HTTP API
        // gateway carries notifications only. A person's notifications are not cacheable (assumption as-content-kind; they
        // were taken as 80% answered by the CDN). Notifications weigh 0.05 of reads and 0.3 of writes beside 1 each for
        // messages, channels and presence (load-profiles.yaml); presence takes no share of the writes (its writes are its
        // clients' heartbeats, counted apart, assumption as-heartbeat-rate): 41,666.67 reads x 0.05 / 3.05 = 683.06 + 8,333.33
        // writes x 0.3 / 2.3 = 1,086.96 = 1,770.02 requests/s at peak / 3 x 2,628,000 / 1,000,000 = 1,550.53 million a month
        // (an equal quarter was 10,950 million; 14,600 million for every capability).
        // AWS HTTP API: 300 million x $1.00 = $300 + 1,250.53 million x $0.90 = $1,125.48
        assertThat(item(aws, "api-gateway-requests").monthly()).isEqualTo(300);
        assertThat(item(aws, "api-gateway-requests-tier-2").quantity()).isEqualTo(1_250.53, org.assertj.core.data.Offset.offset(0.02));
        assertThat(item(aws, "api-gateway-requests-tier-2").monthly()).isEqualTo(1_125.48, org.assertj.core.data.Offset.offset(0.02));
        // Google API Gateway: the first 2 million free, 998 million x $3.00 = $2,994, 550.53 million above 1 billion x $1.50 = $825.80
        assertThat(item(gcp, "api-gateway-requests").monthly()).isZero();
        assertThat(item(gcp, "api-gateway-requests-tier-2").monthly()).isEqualTo(2_994);
        assertThat(item(gcp, "api-gateway-requests-tier-3").monthly()).isEqualTo(825.80, org.assertj.core.data.Offset.offset(0.02));
    }

    @Test
    void eventHubsIsBilledByThroughputUnitsAndIngressEventsNotBrokers() {
        // 31,500 requests/s at 0.05 reads per write: 30,000 events/s, inside the 40 throughput units a Standard namespace takes
        // (past them the premium tier applies: CostRealismTest)
        CostEstimate cost = ARCHITECT.cost(on(CostArchetypesTest.archetype("telemetry"), Cloud.AZURE).toBuilder()
                .load(new dev.architect.request.Load(31_500.0, 0.05, 2_000L, dev.architect.request.Audience.REGIONAL)).build());

        // 30,000 1-KB events/s at peak: max(30,000 / 1,000 events, 29.3 MB/s / 1 MB/s) = 30 throughput units x $21.90 = $657
        assertThat(item(cost, "stream-throughput-units").quantity()).isEqualTo(30);
        assertThat(item(cost, "stream-throughput-units").monthly()).isEqualTo(657);
        // Ingress: devices report at a fixed interval, so the month's average is the peak (assumption as-constant-load):
        // 30,000 x 2,628,000 / 1,000,000 = 78,840 million events x $0.028 = $2,207.52 (not peak / 3: 26,280 million, $735.84)
        assertThat(item(cost, "stream-events").quantity()).isEqualTo(78_840);
        assertThat(item(cost, "stream-events").monthly()).isEqualTo(2_207.52);
        // The text names the machines the request says report (its actor "Smart meter"), not devices in general
        assertThat(cost.assumptions()).anyMatch(a -> a.startsWith("[as-constant-load] Meters report at a fixed interval around the clock (actor Smart meter; "
                + "\"Two million smart meters send readings every ten seconds;\")"));
        assertThat(cost.items()).noneMatch(i -> i.unit().equals("broker-month"));
    }

    @Test
    void dataExplorerIsPricedAsItsOwnServiceNotVirtualMachinesAndDisks() {
        CostEstimate cost = ARCHITECT.cost(on(CostArchetypesTest.archetype("telemetry"), Cloud.AZURE));

        // max(3, ceil(200,000 writes/s / 50,000 per node)) = 4 engine nodes for the writes; the hot month's cache is 20,000 GB
        // x 1.3 (indexes) / 10 (compression) = 2,600 GB: on E8ads v5 (300 GB of SSD) max(4, ceil(2,600 / 300)) = 9 x $1,062.88
        // = $9,565.92, on L8as v3 (1,920 GB) max(4, ceil(2,600 / 1,920)) = 4 x ($0.624 + 8 x $0.11 markup) x 730 = 4 x
        // $1,097.92 = $4,391.68, the cheaper
        assertThat(item(cost, "telemetry-store-nodes").quantity()).isEqualTo(4);
        assertThat(item(cost, "telemetry-store-nodes").unitPrice()).isEqualTo(1_097.92);
        assertThat(item(cost, "telemetry-store-nodes").monthly()).isEqualTo(4_391.68);
        // Its data in Azure Storage at $0.0208 per GB-month, one billed copy, not premium SSD x 3 replicas
        assertThat(item(cost, "telemetry-store-storage").unitPrice()).isEqualTo(0.0208);
    }

    @Test
    void identityIsPricedPerMonthlyActiveUserPastTheVendorsFreeTier() {
        ConsultationRequest booking = CostArchetypesTest.archetype("small-booking");
        CostEstimate aws = ARCHITECT.cost(booking);
        CostEstimate azure = ARCHITECT.cost(on(booking, Cloud.AZURE));
        CostEstimate media = ARCHITECT.cost(CostArchetypesTest.archetype("global-media"));

        // 40,000 monthly active users all sign in (that is what active means), not 10% of them. Cognito Lite: the first
        // 10,000 free, 30,000 x $0.0055 = $165
        assertThat(item(aws, "identity-users").monthly()).isZero();
        assertThat(item(aws, "identity-users-tier-2").quantity()).isEqualTo(30);
        assertThat(item(aws, "identity-users-tier-2").monthly()).isEqualTo(165);
        // Entra External ID: the first 50,000 free, so 40,000 cost nothing
        assertThat(azure.items().stream().filter(i -> i.id().startsWith("identity-users")).mapToDouble(CostLineItem::monthly).sum()).isZero();
        // A news site serves public pages from the CDN: 10% of its 30 million monthly users sign in (assumption
        // as-signed-in-share), 3,000,000 on Cognito: 90,000 x $0.0055 + 900,000 x $0.0046 + 2,000,000 x $0.00325
        // = 495 + 4,140 + 6,500 = $11,135
        assertThat(media.items().stream().filter(i -> i.id().startsWith("identity-users")).mapToDouble(CostLineItem::monthly).sum())
                .isEqualTo(11_135);
        assertThat(item(media, "identity-users").assumption()).contains("assumption as-signed-in-share");
    }

    @Test
    void aScheduledJobIsBilledForTheTimeItRunsWithNoStandby() throws java.io.IOException {
        ConsultationRequest grants;
        try (java.io.InputStream in = BillingUnitsTest.class.getResourceAsStream("/archetype-requests/grant-applications.yaml")) {
            grants = dev.architect.request.RequestReader.read(in);
        }
        CostEstimate cost = ARCHITECT.cost(grants);
        // The SLA escalation job runs about 6 s a minute: 10% of 730 hours = 73 hours of one instance (assumption
        // as-job-duty), not two always-on instances; billed per hour it runs, and its unit is not described as always on.
        CostLineItem job = item(cost, "sla-scheduler-runs");
        assertThat(job.quantity()).isEqualTo(73);
        assertThat(job.unit()).isEqualTo("instance-hour");
        assertThat(job.assumption()).doesNotContain("always-on").contains("= 73 hours of one instance");
        assertThat(job.monthly()).isCloseTo(73 * job.unitPrice(), org.assertj.core.data.Offset.offset(0.01));
        assertThat(job.assumption()).contains("as-job-duty");
        assertThat(cost.items()).noneMatch(i -> i.id().equals("sla-scheduler-instances"));
    }

    @Test
    void aCdnAloneDoesNotMakeSignedInUsersAnonymous() {
        // The news site's readers, with the words that say so taken out: a CDN still serves its pages, but nothing says
        // its users read without an account, so all 30 million are priced: 90,000 x $0.0055 + 900,000 x $0.0046
        // + 9,000,000 x $0.00325 + 20,000,000 x $0.0025 = 495 + 4,140 + 29,250 + 50,000 = $83,885
        String yaml;
        try (java.io.InputStream in = BillingUnitsTest.class.getResourceAsStream("/costs/global-media.yaml")) {
            yaml = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        ConsultationRequest members = dev.architect.request.RequestReader.readString(
                yaml.replaceAll("(?i)\\b(visitors|visitor|readers|reader|search engines|search engine|the public|anonymous)\\b", "subscribers"));
        CostEstimate cost = ARCHITECT.cost(members);
        assertThat(cost.items().stream().filter(i -> i.id().startsWith("identity-users")).mapToDouble(CostLineItem::monthly).sum())
                .isEqualTo(83_885);
        assertThat(cost.items()).noneMatch(i -> i.assumption() != null && i.assumption().contains("as-signed-in-share"));
    }

    @Test
    void aRegionOutsideTheBaseListIsPricedAtItsRegionalRatioAndSaysSo() {
        ConsultationRequest orders = request("print-orders");
        CostEstimate iowa = ARCHITECT.cost(orders);
        CostEstimate frankfurt = ARCHITECT.cost(orders.toBuilder().deployment(new Deployment(Cloud.GCP, List.of("europe-west3"))).build());
        CostEstimate unlisted = ARCHITECT.cost(orders.toBuilder().deployment(new Deployment(Cloud.GCP, List.of("me-central2"))).build());

        // us-central1 is the base: Cloud SQL 4 vCPU $284.12 x 2 (primary, standby) = $568.24. Frankfurt costs 1.284 x as much:
        // $284.12 x 1.284 = $364.8101 x 2 = $729.62, and the line says why
        assertThat(item(iowa, "db-instances").monthly()).isEqualTo(568.24);
        assertThat(item(frankfurt, "db-instances").unitPrice()).isEqualTo(364.8101);
        assertThat(item(frankfurt, "db-instances").monthly()).isEqualTo(729.62);
        assertThat(item(frankfurt, "db-instances").assumption()).contains("x 1.284 for europe-west3 (regional multiplier over the cloud's base-region list prices");
        // Identity and the WAF are priced the same everywhere
        assertThat(item(frankfurt, "waf").unitPrice()).isEqualTo(item(iowa, "waf").unitPrice());
        assertThat(frankfurt.assumptions()).anyMatch(a -> a.startsWith("[as-regional-prices] Every line priced by the general-purpose instance's regional ratio is x 1.284 for europe-west3"));
        // A region the table does not list is priced at base prices, and the estimate says so
        assertThat(item(unlisted, "db-instances").monthly()).isEqualTo(568.24);
        assertThat(unlisted.assumptions()).anyMatch(a -> a.startsWith("[as-regional-prices] me-central2 has no regional multiplier"));
    }

    @Test
    void filesArePricedAsObjectStorageAndTheDatabaseKeepsOnlyTheRecords() {
        CostEstimate cost = ARCHITECT.cost(request("site-inspections"));

        // Photo and document uploads give the design a file store: the stated 2,000 GB is split by class (assumption
        // as-object-data). Files, 90%: 1,800 GB at launch and 90 GB a month, one billed copy (S3 keeps its own), by age
        // (assumption as-file-lifecycle): the files stored before launch in the cool class, 1,800 GB x $0.0125 = $22.50;
        // the standard class holds the newest 3 months, 0 GB at launch
        assertThat(item(cost, "file-store-cool-storage").quantity()).isEqualTo(1_800);
        assertThat(item(cost, "file-store-cool-storage").monthly()).isEqualTo(22.50);
        assertThat(item(cost, "file-store-storage").quantity()).isZero();
        // Records, 10%: 200 GB x 1.3 (indexes) x 2 copies = 520 GB x $0.115 = $59.80 (not 2,000 x 2.6 = 5,200 GB = $598 of SSD)
        assertThat(item(cost, "db-storage").quantity()).isEqualTo(520);
        assertThat(item(cost, "db-storage").monthly()).isEqualTo(59.80);
        // Month 36: standard 90 x 3 = 270 GB x $0.023 = $6.21; cool (1,800 + 90 x 9) = 2,610 GB x $0.0125 = $32.63 (+$10.13); cold
        // 90 x (36 - 13) = 2,070 GB x $0.004 = $8.28; records + 10 x 2.6 x 35 = 910 GB x $0.115 = $104.65; their backups
        // + 10 x 1.3 x 35 = 455 GB x $0.095 = $43.23: 6.21 + 10.13 + 8.28 + 104.65 + 43.23 = $172.50 (to the cent of each line)
        assertThat(cost.monthlyTotalAt(36).orElseThrow()).isCloseTo(cost.monthlyTotal() + 172.50, org.assertj.core.data.Offset.offset(0.03));
        assertThat(cost.assumptions()).anyMatch(a -> a.startsWith("[as-object-data] Stored data is split by class"));
    }

    @Test
    void aStoreThatOutgrowsItsProductsMaximumWithinFiveYearsIsDecidedAgainOnAProductThatHoldsIt() {
        dev.architect.dossier.Consultation c = ARCHITECT.consult(request("claims-archive"));

        // One RDS instance would hold the data and its indexes: 20,000 GB x 1.3 = 26,000 GB + 1,500 x 1.3 = 1,950 GB a month.
        // Month 21: 26,000 + 1,950 x 20 = 65,000 GB (inside 64 TiB = 65,536 GB); month 22: 26,000 + 1,950 x 21 = 66,950 GB,
        // past it. RDS's maximum is a hard one, so the single RDS database is ruled out and the decision is made again, on an
        // option whose product holds it; the ADR says why (was: the RDS database kept, with only a risk)
        dev.architect.dossier.Decision store = c.decisions().stream().filter(d -> d.topic() == dev.architect.dossier.DecisionTopic.DATASTORE)
                .findFirst().orElseThrow();
        assertThat(store.drivers()).anyMatch(d -> d.startsWith("options that cannot carry the load as priced relational-single")
                && d.contains("One instance of db holds 66,950 GB in month 22") && d.contains("65,536 GB maximum of Amazon RDS for PostgreSQL"));
        assertThat(store.chosenOption()).doesNotContain("Amazon RDS for PostgreSQL 16 (Multi-AZ)");
        assertThat(c.risks()).noneMatch(r -> r.id().equals("risk-product-limit-db"));
        assertThat(dev.architect.validation.DossierValidator.validate(c, request("claims-archive")).describe()).isEmpty();
        // A small store stays far inside its limit: no note, no risk
        dev.architect.dossier.Consultation small = ARCHITECT.consult(CostArchetypesTest.archetype("small-booking"));
        assertThat(small.capacity().estimate("limit-db")).isEmpty();
        assertThat(small.risks()).noneMatch(r -> r.id().startsWith("risk-product-limit"));
    }

    @Test
    void aServerlessStoreBilledPerUseStillKeepsARiskWhenItsDataPassesItsProductsMaximum() {
        dev.architect.dossier.Consultation c = ARCHITECT.consult(request("till-sales-dsql"));

        // 12,000 writes/s at peak choose distributed SQL, on AWS Aurora DSQL billed per use (no instances), which holds at most
        // 10 TiB = 10,240 GB per cluster by default. Data and indexes: 2,000 GB x 1.3 = 2,600 GB + 200 x 1.3 = 260 GB a month.
        // Month 30: 2,600 + 260 x 29 = 10,140 GB (inside); month 31: 2,600 + 260 x 30 = 10,400 GB, past it.
        assertThat(c.cost().items()).anyMatch(i -> "db".equals(i.containerId()) && i.name().equals("Store writes"));
        assertThat(c.capacity().estimate("limit-db").orElseThrow().value()).isEqualTo(31);
        assertThat(c.risks()).anyMatch(r -> r.id().equals("risk-product-limit-db")
                && r.description().contains("10,400 GB in month 31") && r.description().contains("10,240 GB maximum of Amazon Aurora DSQL")
                && r.mitigation().contains("before that month"));
        assertThat(dev.architect.validation.DossierValidator.validate(c, request("till-sales-dsql")).describe()).isEmpty();
    }
}
