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
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Six archetypes of our own (requests under {@code src/test/resources/costs}) and the sample requests, priced by the
 * offline architect and checked against hand arithmetic and against the monthly range a practitioner would accept at
 * months 1 and 36. List prices are those of {@code prices.yaml}; a month is 730 hours (2,628,000 s).
 */
class CostArchetypesTest {

    private static final OfflineArchitect ARCHITECT = OfflineArchitect.create();

    static ConsultationRequest archetype(String name) {
        try (InputStream in = CostArchetypesTest.class.getResourceAsStream("/costs/" + name + ".yaml")) {
            return RequestReader.read(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static CostLineItem item(CostEstimate cost, String id) {
        return cost.items().stream().filter(i -> i.id().equals(id)).findFirst().orElseThrow(() -> new AssertionError("no line " + id));
    }

    private static double month36(CostEstimate cost) {
        return cost.monthlyTotalAt(36).orElseThrow();
    }

    @Test
    void smallBookingAppCostsHundredsNotThousands() {
        CostEstimate cost = ARCHITECT.cost(archetype("small-booking"));

        // In eu-west-1, regional prices are 1.115 x us-east-1's (assumption as-regional-prices), to a hundredth of a cent.
        // 30 requests/s over 3 capabilities on a managed platform: ceil(30 / 700) = 1; in the single zone the availability
        // decision chose, App Runner replaces a failed instance itself, so one always-on instance holds the 99.5% target
        // (prices.yaml oneInstanceUpToPercent 99.9) -> 1 x $113.88 x 1.115 ($126.9762) = $126.98 (two were priced, $253.95)
        assertThat(item(cost, "app-compute").quantity()).isEqualTo(1);
        assertThat(item(cost, "app-compute").monthly()).isEqualTo(126.98);
        assertThat(item(cost, "app-compute").assumption()).contains("at least 1: the platform replaces a failed instance itself");
        // 27.27 reads + 2.73 writes a second <= 500 operations/s, in the single zone its availability decision chose: one
        // small instance, the primary alone (no zone to keep a standby in), x $94.17 x 1.115 ($104.9996) = $105.00
        assertThat(item(cost, "db-instances").unit()).isEqualTo("instance-month");
        assertThat(item(cost, "db-instances").quantity()).isEqualTo(1);
        assertThat(item(cost, "db-instances").monthly()).isEqualTo(105.00);
        // Storage: 10 GB x 1.3 (indexes) x 1 copy = 13 GB x $0.115 x 1.115 ($0.1282) = $1.67; by month 36: (10 + 1 x 35) x 1.3
        // = 58.5 GB = $7.50 (+$5.83), backups (10 + 35) x 1.3 = 58.5 GB x $0.095 x 1.115 ($0.1059) = $6.20 (from $1.38, +$4.82):
        // month 36 = month 1 + $10.65
        assertThat(item(cost, "db-storage").monthly()).isEqualTo(1.67);
        assertThat(month36(cost)).isEqualTo(cost.monthlyTotal() + 10.65, org.assertj.core.data.Offset.offset(0.011));
        assertThat(cost.monthlyTotal()).isBetween(300.0, 1_200.0);
        assertThat(month36(cost)).isBetween(300.0, 1_500.0);
    }

    @Test
    void aManagedContainerPlatformSpreadOverZonesRunsOneInstanceInEachZone() {
        // The same booking app at 99.95%: its availability decision spreads it over 3 zones, one App Runner instance in
        // each; 30 requests/s needs ceil(30 / (1,000 x 70%)) = 1, the minimum wins: 3 x $126.9762 = $380.93
        CostEstimate cost = ARCHITECT.cost(archetype("small-booking").toBuilder()
                .availability(new dev.architect.request.Availability(99.95, 15, 60)).build());

        assertThat(item(cost, "app-compute").quantity()).isEqualTo(3);
        assertThat(item(cost, "app-compute").monthly()).isEqualTo(380.93);
        assertThat(item(cost, "app-compute").assumption()).contains("at least 3: one in each of 3 zones the availability decision spans");
    }

    @Test
    void globalMediaPaysForTheCdnOnceAndTheOriginOnlyForMisses() {
        CostEstimate cost = ARCHITECT.cost(archetype("global-media"));

        // Only cacheable reads pass the CDN (assumption as-cdn-traffic), once whichever region serves them, hits and misses
        // alike (a miss is a CDN request too, fetched from the origin); writes go to the origin directly: 79,840.32 reads/s x
        // 100% cacheable = 79,840.32 / 3 x 2,628,000 s / 1,000,000 = 69,940.12 million x $1.00 (it was 55,952.10, the hits
        // only; not 70,080 for every request, writes included)
        assertThat(item(cost, "cdn-requests").quantity()).isEqualTo(69_940.12);
        assertThat(item(cost, "cdn-requests").monthly()).isEqualTo(69_940.12);
        // CDN egress is priced by volume tier: the first 10,240 GB at $0.085 = $870.40, the next 40,960 GB at $0.080 = $3,276.80 ...
        assertThat(item(cost, "cdn-egress").quantity()).isEqualTo(10_240);
        assertThat(item(cost, "cdn-egress-tier-2").monthly()).isEqualTo(3_276.80);
        // The origin sees 20% of 79,840.32 reads = 15,968.06 + 159.68 writes = 16,127.74 requests/s, split over 3 active regions:
        // 5,375.91 each -> ceil(5,375.91 / 700) = 8 instances x 3 regions = 24 at peak (not 3 x the whole peak). On the container
        // platform they are billed as it scales (autoscaled-compute.yaml): readers on three continents (a global audience) spread
        // their evenings over the day, so the peak count runs 12 h a day (daily-load-shapes.yaml acrossTimeZones, assumption
        // as-time-zones-spread): 12 x 730 / 24 = 365 h, and the other 365 h the count the average needs: 5,375.91 / 3 = 1,791.97
        // a region / 700 = ceil(2.56) = 3 x 3 regions = 9; (24 x 365 + 9 x 365) / 730 = (8,760 + 3,285) / 730 = 16.5
        // instance-months (11.5 when one time zone's 4 evening hours were assumed for a worldwide audience; 24 all month)
        assertThat(item(cost, "app-compute").quantity()).isEqualTo(16.5);
        assertThat(item(cost, "app-compute").assumption()).contains("(assumption as-time-zones-spread)");
        assertThat(item(cost, "app-compute").assumption()).contains("24 instances: 8 in each of 3 regions");
        // One WAF policy at the edge, not one per region
        assertThat(item(cost, "waf").quantity()).isEqualTo(1);
        assertThat(cost.items()).noneMatch(i -> i.id().equals("api-gateway-requests"));
        // The measure: a CDN-fronted design of this size costs roughly $60,000-150,000 a month. Readers of public
        // pages cached at the edge need no account: 10% of the 30 million monthly users sign in (assumption
        // as-signed-in-share), 3,000,000 on Cognito Lite: 90,000 x $0.0055 + 900,000 x $0.0046 + 2,000,000 x $0.00325 = $11,135
        assertThat(cost.monthlyTotal()).isBetween(60_000.0, 150_000.0);
        assertThat(month36(cost)).isBetween(60_000.0, 160_000.0);
    }

    @Test
    void telemetryIsPricedAsTimestreamForInfluxDbInstancesByWriteRateWithTieredData() {
        CostEstimate cost = ARCHITECT.cost(archetype("telemetry"));

        // Timestream for LiveAnalytics is closed to new customers: Timestream for InfluxDB bills instances (a db.influx.2xlarge
        // takes about 150,000 writes/s) with a Multi-AZ standby in its price, so no three-node minimum (minNodes: 1):
        // max(1, ceil(200,000 / 150,000)) = 2 x $1,391.38 = $2,782.76
        assertThat(item(cost, "telemetry-store-nodes").quantity()).isEqualTo(2);
        assertThat(item(cost, "telemetry-store-nodes").monthly()).isEqualTo(2_782.76);
        assertThat(cost.items()).extracting(dev.architect.dossier.CostLineItem::id)
                .doesNotContain("telemetry-store-writes", "telemetry-store-memory-store", "telemetry-store-magnetic-store");
        // Data classes (the tiering option keeps raw readings hot for a month, assumption as-data-classes), on provisioned
        // storage of the primary and its standby ($0.40 per GB-month) x 1.3 for indexes:
        // - raw readings: 5,000 GB at launch x 1.3 = 6,500 GB = $2,600; 20,000 GB from month 2 on = $10,400 (+$7,800)
        // - 5-minute rollups, 1/15 of raw: 333.33 GB x 1.3 = $173.33; (333.33 + 1,333.33 x 35) x 1.3 x $0.40 = $24,440 (+$24,266.67)
        // - raw past the window in the cold archive, 5x smaller as Parquet: 0 GB + 4,000 GB a month x $0.0125: +$1,750 by month 36
        // - snapshots, a copy of each class: the rollups' 1,733.33 GB a month x 35 x $0.095 = +$5,763.25 (each month's line rounded
        //   to the cent), and the raw hot window's step from 6,500 to 26,000 GB in month 2: 19,500 GB x $0.095 = +$1,852.50
        //   (the backups once grew with the rollups alone and missed it)
        assertThat(item(cost, "telemetry-store-storage").monthly()).isEqualTo(2_600);
        assertThat(item(cost, "telemetry-store-rollup-storage").monthly()).isEqualTo(173.33);
        assertThat(item(cost, "cold-archive-storage").quantity()).isZero();
        assertThat(month36(cost)).isEqualTo(cost.monthlyTotal() + 7_800 + 24_266.67 + 1_750 + 5_763.25 + 1_852.50, org.assertj.core.data.Offset.offset(0.02));
        // The telemetry archetype places alerts with ingestion, so that service takes 200,000 device messages/s at 5,000
        // an instance and alerts' reads at 1,000, both at 70%. The 10,000 reads/s are shared by what each capability does
        // (load-profiles.yaml): alerts 0.3 (telemetry alerting), dashboards 0.2 (reports and dashboards), devices, which
        // nothing describes, the lower of the median of all profiles (0.3) and of the described two ((0.3 + 0.2) / 2 = 0.25):
        // 0.25 (before: an equal weight of 1, and alerts 1 too). Alerts 10,000 x 0.3 / 0.75 = 4,000.
        // ceil(200,000 / 3,500 + 4,000 / 700) = ceil(57.14 + 5.71) = 63 (not 291, as if every message were an HTTP request).
        // Billed as the platform scales, the devices' messages stay all day (as-constant-load); the grid operators are staff, so
        // their reads follow the business day (daily-load-shapes.yaml: 168 / (8 x 5 + 0.05 x 128) = 3.62, it was a flat 3):
        // average 200,000 + 4,000 / 3.62 = 201,104.97 / (4,636.36 per instance, the load-weighted capacity, x 70% = 3,245.45)
        // = ceil(61.97) = 62 off the peak; 63 for the business day's 8 x 5 / 7 x 730 / 24 = 173.81 peak hours:
        // (63 x 173.81 + 62 x 556.19) / 730 = (10,950.03 + 34,483.78) / 730 = 62.24 instance-months
        assertThat(item(cost, "telemetry-ingestion-service-compute").quantity()).isEqualTo(62.24);
        assertThat(cost.items()).noneMatch(i -> i.id().equals("api-gateway-requests"));
        assertThat(cost.monthlyTotal()).isBetween(25_000.0, 100_000.0);
        assertThat(month36(cost)).isBetween(40_000.0, 200_000.0);
    }

    @Test
    void paymentsWithAnRpoOfZeroOnOnePrimaryKeepOneWritingRegionAndReplicateTheData() {
        CostEstimate cost = ARCHITECT.cost(archetype("payments"));

        // Recovery in 5 minutes would be active-active, but the RPO of 0 on one relational primary keeps one writing region:
        // the first serves all 2,000 requests/s -> ceil(2,000 / 700) = 3 (at least 3 zones), the warm standby runs 2 -> 5
        // (it was 3 x 2 regions = 6, with both regions writing to a store that copies across regions asynchronously)
        assertThat(item(cost, "app-compute").quantity()).isEqualTo(5);
        // Primary and standby plus one cross-region replica: 3 x $328.50 = $985.50
        assertThat(item(cost, "db-instances").monthly()).isEqualTo(985.50);
        // Replication: 100 GB written a month x 1 other region x $0.02 = $2.00
        assertThat(item(cost, "db-replication").monthly()).isEqualTo(2.00);
        assertThat(cost.monthlyTotal()).isBetween(2_500.0, 20_000.0);
        assertThat(month36(cost)).isBetween(3_000.0, 25_000.0);
    }

    @Test
    void realtimeChatWithAWarmStandbyRegionRunsAMinimalCopyThere() {
        CostEstimate cost = ARCHITECT.cost(archetype("chat"));

        // A 25-person team that runs Kubernetes gets a service per capability, but the realtime-messaging archetype
        // designs channels with messages: three services. Recovery in 30 minutes: warm standby. No capability serves public
        // content (assumption as-content-kind): messages, channels and presence travel on the realtime connection and a
        // person's notifications are theirs alone, so the CDN answers none of the reads (they were taken as 80% cached,
        // 16,666.66 origin requests/s). The first region serves all 50,000 requests/s, 41,666.67 reads and 8,333.33 writes,
        // shared by what each capability does (load-profiles.yaml): messages, channels and presence 1 of reads each,
        // notifications 0.05; of the writes messages and channels 1 each, notifications 0.3, and presence none: its writes are
        // its clients' heartbeats, 1,000,000 connections / 30 s = 33,333.33 a second (heartbeat-rates.yaml, assumption
        // as-heartbeat-rate), counted apart. Messages and channels: 41,666.67 / 3.05 = 13,661.2 + 8,333.33 / 2.3 = 3,623.19
        // = 17,284.39 requests/s each; presence 13,661.2 + 33,333.33 = 46,994.53; notifications 683.06 + 1,086.96 = 1,770.02.
        // Messages and channels ceil(34,568.78 / 700) = 50, presence ceil(46,994.53 / 700) = 68, notifications
        // ceil(1,770.02 / 700) = 3; the standby region runs 2 of each -> 52, 70 and 5
        assertThat(item(cost, "messages-service-compute").quantity()).isEqualTo(52);
        assertThat(item(cost, "presence-service-compute").quantity()).isEqualTo(70);
        assertThat(item(cost, "notifications-service-compute").quantity()).isEqualTo(5);
        assertThat(cost.items()).noneMatch(i -> i.id().equals("channels-service-compute"));
        // Messages, channels and presence travel on the realtime connection, never through the CDN, and notifications answer
        // one person: no read is cacheable (0 reads/s, under 20% of 50,000 requests/s): no CDN request line (it was 43,800
        // million lookups x $0.75 = $32,850 for every request)
        assertThat(cost.items()).noneMatch(i -> i.id().equals("cdn-requests"));
        // nor a CDN transfer line of 0 GB: the origin serves the whole egress
        assertThat(cost.assumptions()).anyMatch(a -> a.startsWith("[cdn-egress] No CDN transfer line"));
        assertThat(cost.items()).noneMatch(i -> i.id().startsWith("cdn-egress"));
        // A million concurrent connections: 3,000,000 monthly users / 3 at once (assumption as-concurrent-connections). On
        // Google Cloud the gateway runs on GKE, sized by connections: ceil(1,000,000 / (20,000 per instance x 70%)) =
        // ceil(71.43) = 72 in the serving region + 2 in the warm standby = 74 x $70.90 = $5,246.60
        assertThat(item(cost, "realtime-gateway-connections-compute").quantity()).isEqualTo(74);
        assertThat(item(cost, "realtime-gateway-connections-compute").monthly()).isEqualTo(5_246.60);
        assertThat(cost.assumptions()).anyMatch(a -> a.startsWith("[as-connections-per-instance] One 2-vCPU / 8-GiB gateway instance holds 20,000"));
        assertThat(cost.monthlyTotal()).isBetween(20_000.0, 120_000.0);
        assertThat(month36(cost)).isBetween(40_000.0, 250_000.0);
    }

    @Test
    void aMillionConnectionsArePricedByThePathEachCloudTakes() {
        ConsultationRequest chat = archetype("chat");
        CostEstimate aws = ARCHITECT.cost(chat.toBuilder().deployment(new Deployment(Cloud.AWS, List.of("us-east-1", "eu-west-1"))).build());
        CostEstimate azure = ARCHITECT.cost(chat.toBuilder().deployment(new Deployment(Cloud.AZURE, List.of("eastus", "westeurope"))).build());

        // AWS: API Gateway WebSocket APIs bill connection minutes and messages, whatever the regions. 1,000,000 connections
        // at peak / 3 on average = 333,333.33 x 43,800 minutes a month / 1,000,000 = 14,600 million x $0.25 = $3,650
        assertThat(item(aws, "realtime-gateway-connection-minutes").quantity()).isEqualTo(14_600);
        assertThat(item(aws, "realtime-gateway-connection-minutes").monthly()).isEqualTo(3_650);
        // Messages, both ways (API Gateway bills what clients send and what it sends): from clients, every request of the
        // capabilities on the connection (messages, channels and presence, which the HTTP API gateway leaves out), 17,284.39
        // x 2 + 13,661.2 = 48,229.98 requests/s, the 33,333.33 presence heartbeats (answered by no one, relayed to no one) and
        // the keep-alives a client with nothing else to send must send within API Gateway's 10-minute idle timeout
        // (assumption as-keep-alive): 1,000,000 connections / 540 s = 1,851.85/s; 83,415.16 in all. To clients: one reply to
        // each request, 48,229.98, and each message and channel write pushed to the 3 other members of its conversation
        // (push-fanout.yaml): 3,623.19 x 3 x 2 = 21,739.14; 69,969.12 in all. (83,415.16 + 69,969.12) / 3 x 2,628,000 s /
        // 1,000,000 = 134,364.61 million, priced by volume tier (not all at the first): the first 1,000 million x $1.00 =
        // $1,000, the other 133,364.61 million x $0.80 = $106,691.69
        assertThat(item(aws, "realtime-gateway-messages").quantity()).isEqualTo(1_000);
        assertThat(item(aws, "realtime-gateway-messages").monthly()).isEqualTo(1_000);
        assertThat(item(aws, "realtime-gateway-messages-tier-2").quantity()).isEqualTo(133_364.61, org.assertj.core.data.Offset.offset(0.05));
        assertThat(item(aws, "realtime-gateway-messages-tier-2").monthly()).isEqualTo(106_691.69, org.assertj.core.data.Offset.offset(0.05));
        // The chat traffic is on the WebSocket connection, so it is never charged again as CDN requests
        assertThat(aws.items()).noneMatch(i -> i.id().equals("cdn-requests"));
        // API Gateway takes 500 new WebSocket connections a second per account and region (default quota): after a deploy or a
        // failover drops them, 1,000,000 clients need 1,000,000 / 500 = 2,000 s to connect again, past the 60 s they expect
        assertThat(aws.assumptions()).anyMatch(a -> a.startsWith("[service-limit-realtime-gateway] 1,000,000 connections at peak")
                && a.contains("= 2,000 s for every client to connect again"));
        // Azure: Web PubSub units of 1,000 connections: 1,000 units x $48.97 = $48,970 (messages included: 1,000 million a day)
        assertThat(item(azure, "realtime-gateway-units").quantity()).isEqualTo(1_000);
        assertThat(item(azure, "realtime-gateway-units").monthly()).isEqualTo(48_970);
        assertThat(aws.items()).noneMatch(i -> i.id().startsWith("realtime-gateway") && i.unit().equals("instance-month"));
        // The self-run path is stated beside the managed one: 72 instances (as on Google Cloud) at $70.08 on Azure
        assertThat(azure.assumptions()).anyMatch(a -> a.startsWith("[realtime-path]") && a.contains("about 72 instances") && a.contains("$70.08"));
    }

    @Test
    void aMigrationSaysTheOldSystemIsNotInTheEstimate() {
        CostEstimate cost = ARCHITECT.cost(archetype("migration"));

        // West Europe's prices are 1.198 x East US's (assumption as-regional-prices).
        // 400 requests/s on Azure Container Apps: ceil(400 / 700) = 1; the design is spread over 3 zones, one instance in
        // each -> 3 x $157.68 x 1.198 ($188.9006) = $566.70
        assertThat(item(cost, "app-compute").monthly()).isEqualTo(566.70);
        assertThat(item(cost, "app-compute").assumption()).contains("at least 3: one in each of 3 zones the availability decision spans");
        // The team runs SQL Server, so the store is Azure SQL Database, priced as itself with the licence included:
        // 355.56 reads + 44.44 writes = 400 operations/s <= 500: one small General Purpose database (2 vCores), its standby
        // in the price, x $368.21 x 1.198 ($441.1156) = $441.12, + the zone-redundancy surcharge once: $220.93 x 1.198
        // ($264.6741) = $264.67 (it was billed as two full replicas, $882.23)
        assertThat(item(cost, "db-instances").monthly()).isEqualTo(441.12);
        assertThat(item(cost, "db-zone-redundancy").monthly()).isEqualTo(264.67);
        // 800 GB x 1.3 x 1 database = 1,040 GB of zone-redundant data storage x $0.1438 x 1.198 ($0.1723) = $179.19
        assertThat(item(cost, "db-storage").monthly()).isEqualTo(179.19);
        assertThat(cost.assumptions()).anyMatch(a -> a.contains("system being replaced keeps running"));
        assertThat(cost.monthlyTotal()).isBetween(600.0, 5_000.0);
        assertThat(month36(cost)).isBetween(700.0, 6_000.0);
    }

    /** Each sample request of the repository inside the monthly range a practitioner would accept. */
    @ParameterizedTest(name = "{0}")
    @CsvSource({
            "bookshelf-legacy-migration, 300, 5000, 300, 6000",
            "carelink-healthcare, 1000, 10000, 1000, 12000",
            // The vans speak MQTT, so their readings enter through the cloud's MQTT broker, priced per message
            "fleetpulse-iot, 15000, 250000, 15000, 300000",
            "paylane-payments, 3000, 40000, 3000, 50000",
            "shopfast-ecommerce, 1500, 20000, 1500, 25000",
            "tasktrack-saas, 1500, 15000, 1500, 20000"})
    void everySampleRequestIsInsideItsRange(String name, double low1, double high1, double low36, double high36) {
        CostEstimate cost = ARCHITECT.cost(RequestReader.read(Path.of("../examples/requests", name + ".yaml")));

        assertThat(cost.monthlyTotal()).isBetween(low1, high1);
        assertThat(month36(cost)).isBetween(low36, high36);
    }
}
