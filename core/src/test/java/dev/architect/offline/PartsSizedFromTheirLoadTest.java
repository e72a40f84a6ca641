package dev.architect.offline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.architect.dossier.Consultation;
import dev.architect.dossier.CostLineItem;
import dev.architect.request.RequestReader;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * The processes an archetype adds are sized from the load they carry (part-loads.yaml), every database counts the rows
 * the design's own processes write into it, and a managed WebSocket service is priced from its documented behaviour
 * (realtime-services.yaml): rows put on connect and deleted on its disconnect event, never refreshed on an interval.
 */
class PartsSizedFromTheirLoadTest {

    private static final OfflineArchitect ARCHITECT = OfflineArchitect.create();

    /** Roadside assistance: the trucks' tablets report every 5 seconds; only the connections held are counted. */
    private static final String TOWING = """
            system: TowLink
            description: >
              Roadside assistance across Spain. A stranded motorist asks for help, the platform offers the job to the nearest tow
              truck, the trucks' tablets send their position every 5 seconds, and the motorist watches the driver move on a map;
              up to %s tablets and phones hold a connection at the busiest hour.
            goals: [a truck assigned within 60 seconds, the motorist sees the truck approach]
            actors:
              - {name: Motorist, description: asks for help and follows the truck}
              - {name: Driver, description: takes jobs on a tablet in the truck}
            capabilities: [assistance requests, truck dispatch, live tracking]
            load: {peakRequestsPerSecond: 600, readWriteRatio: 4, monthlyActiveUsers: 200000}
            team: {size: 20, expertise: [Java, PostgreSQL]}
            deployment: {cloud: %s, regions: [%s]}
            """;

    /** Pumping stations behind gateways that lose their link: readings are kept at the station and sent in batches. */
    private static final String PUMPS = """
            system: ReservoirWatch
            description: >
              Monitoring for 4,000 water pumping stations. Each station sends 50 sensor readings every 5 seconds through a gateway
              at the station; the platform raises an alarm when pressure or flow leaves its band. Stations lose connectivity for
              hours at a time and no data may be lost.
            goals: [alarm within 1 minute of the reading, no readings lost when a station's link drops]
            actors:
              - {name: Operator, description: watches the stations and acknowledges alarms}
            capabilities: [sensor ingestion, alarm rules, station dashboards]
            load: {peakRequestsPerSecond: 100, readWriteRatio: 1, monthlyActiveUsers: 300}
            data: {initialVolumeGb: 1000, growthGbPerMonth: 2000, retentionYears: 5}
            team: {size: 8, expertise: [Python, Azure]}
            deployment: {cloud: azure, regions: [westeurope]}
            """;

    private static Consultation towing(String connections, String cloud, String region) {
        return ARCHITECT.consult(RequestReader.readString(String.format(Locale.ROOT, TOWING, connections, cloud, region)));
    }

    @Test
    void aWorkersCountGrowsWithTheLoadItCarries() {
        Consultation small = towing("240,000", "aws", "eu-south-2");
        Consultation large = towing("600,000", "aws", "eu-south-2");

        // 240,000 connections x 0.2 reporting (assumption as-reporting-share) = 48,000 tablets / 5 s = 9,600 positions/s;
        // the trail writer takes 5,000 a second at full load, 3,500 at 70%: ceil(9,600 / 3,500) = 3, which is also the
        // floor of one in each of 3 zones. At 600,000 connections: 120,000 / 5 s = 24,000/s, ceil(24,000 / 3,500) = 7.
        assertThat(item(small, "trail-writer-instances").quantity()).isEqualTo(3);
        assertThat(item(large, "trail-writer-instances").quantity()).isEqualTo(7);
        assertThat(item(large, "trail-writer-instances").assumption()).contains("ceil(24,000 reports a second at peak / (5,000 per instance x 70% target utilisation))")
                .doesNotContain("redundancy");
        // The pusher posts the service-to-client messages of the realtime messages: one reply to each of the other
        // 531.68 requests a second of the capabilities on the connection, each of their 114.29 writes pushed to the 1 client
        // watching it (push-fanout.yaml), and each position to its watcher: 531.68 + 114.29 + 9,600 = 10,245.97/s,
        // ceil(10,245.97 / 1,400) = 8; at 600,000, 531.68 + 114.29 + 24,000 = 24,645.97/s, ceil(24,645.97 / 1,400) = 18;
        // with the typical read weight at 0.25 (the median of the profiles since the action shapes) the capabilities on the
        // connection take 655.24 of them: 24,655.24/s, still 18 pushers.
        assertThat(item(small, "connection-table-pusher-instances").quantity()).isEqualTo(8);
        assertThat(item(large, "connection-table-pusher-instances").quantity()).isEqualTo(18);
        assertThat(item(large, "connection-table-pusher-instances").assumption()).contains("24,655.24 messages posted to connections a second at peak");
    }

    @Test
    void aStoresWritesIncludeEveryFlowThatWritesIt() {
        Consultation towing = towing("240,000", "aws", "eu-south-2");

        // People write 600 / 5 = 120 writes/s; the trail writer adds one segment per reporting tablet every 30 s:
        // 48,000 / 30 = 1,600 writes/s, so the database takes 120 + 1,600 = 1,720 writes/s at peak.
        assertThat(item(towing, "db-instances").assumption()).contains("1,720 writes/s");
        assertThat(towing.cost().assumptions()).anyMatch(a -> a.startsWith("[flow-writes-db]")
                && a.contains("Trail writer: 48,000 sending devices") && a.contains("/ 30 s x 1 row = 1,600 writes/s at peak"));

        // The pumping stations: ingestion takes every write, and the live readings go to the stream. Each station's
        // gateway records a numbered batch in the database only when it replays a backlog after an outage (the flow that
        // writes it, replay-after-link-drop, runs through the ingest unit, not every 10 s), so no batch rows are priced
        // as a steady load: the database stays at 0 writes/s and holds no batch bookkeeping.
        Consultation pumps = ARCHITECT.consult(RequestReader.readString(PUMPS));
        assertThat(item(pumps, "db-instances").assumption()).contains("0 writes/s");
        assertThat(pumps.cost().assumptions()).noneMatch(a -> a.startsWith("[flow-writes-db]"));
    }

    @Test
    void noHeartbeatWritesWhereTheServiceReportsDisconnects() {
        Consultation aws = towing("240,000", "aws", "eu-south-2");

        // API Gateway runs the $disconnect route when a connection goes, and closes every connection after 2 hours: a
        // session puts its row on connect and deletes it on disconnect, nothing in between.
        // 240,000 / 3 on average x 43,800 minutes / 120 minutes x 2 / 1,000,000 = 58.4 million writes, and as many handler runs.
        assertThat(item(aws, "connection-table-writes").quantity()).isCloseTo(58.4, within(0.01));
        assertThat(item(aws, "realtime-gateway-handler-invocations").quantity()).isCloseTo(58.4, within(0.01));
        assertThat(aws.cost().assumptions()).noneMatch(a -> a.startsWith("[as-heartbeat]"));
        assertThat(aws.cost().assumptions()).anyMatch(a -> a.startsWith("[as-session-length]") && a.contains("no row is refreshed on an interval"));
        assertThat(aws.c4().components()).noneMatch(c -> c.description().toLowerCase(Locale.ROOT).contains("heartbeat"));
        // The idle connections' keep-alives are messages: (240,000 - 48,000 reporting) / 540 s = 355.56/s on the message line
        assertThat(item(aws, "realtime-gateway-messages").assumption()).contains("192,000 connections with nothing else to send / 540 s between keep-alives");

        // Azure Web PubSub bills by unit, not per keep-alive: no keep-alive messages, the same two writes a session
        Consultation azure = towing("240,000", "azure", "spaincentral");
        assertThat(azure.cost().assumptions()).noneMatch(a -> a.startsWith("[as-keep-alive]") || a.startsWith("[as-heartbeat]"));
        assertThat(item(azure, "connection-table-writes").quantity()).isCloseTo(58.4, within(0.01));
    }

    private static CostLineItem item(Consultation c, String id) {
        return c.cost().items().stream().filter(i -> i.id().equals(id)).findFirst()
                .orElseThrow(() -> new AssertionError(id + " in " + c.cost().items().stream().map(CostLineItem::id).toList()));
    }
}
