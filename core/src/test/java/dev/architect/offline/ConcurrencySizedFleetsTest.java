package dev.architect.offline;

import static org.assertj.core.api.Assertions.assertThat;

import dev.architect.dossier.BudgetStatus;
import dev.architect.dossier.Consultation;
import dev.architect.dossier.CostLineItem;
import dev.architect.dossier.CostScenario;
import dev.architect.dossier.DecisionTopic;
import dev.architect.dossier.Estimate;
import dev.architect.dossier.OpenQuestion;
import dev.architect.dossier.ScenarioName;
import dev.architect.request.ConsultationRequest;
import dev.architect.request.RequestReader;
import dev.architect.validation.DossierValidator;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * A part whose size is set by the clients on it at once (concurrency-fleets.yaml) is sized from the stated concurrency,
 * not as a redundancy pair: game servers by matches, sync nodes by editors, media servers by participants, device
 * gateways by the devices holding a socket. Counts below are worked by hand:
 * per region = max(minimum, ceil(units x (1 + headroom) / per instance)); the minimum is one instance in each of the 3
 * zones the availability decision spans in these requests.
 */
class ConcurrencySizedFleetsTest {

    private static Consultation consult(ConsultationRequest request) {
        Consultation c = OfflineArchitect.create().consult(request);
        assertThat(DossierValidator.validate(c, request).hasErrors()).as(DossierValidator.validate(c, request).describe()).isFalse();
        return c;
    }

    private static Optional<CostLineItem> line(Consultation c, String id) {
        return c.cost().items().stream().filter(i -> i.id().equals(id)).findFirst();
    }

    private static Optional<Estimate> estimate(Consultation c, String id) {
        return c.capacity().estimates().stream().filter(e -> e.id().equals(id)).findFirst();
    }

    private static double scenario(Consultation c, ScenarioName name) {
        return c.cost().scenarios().stream().filter(s -> s.name() == name).mapToDouble(CostScenario::monthlyTotal).findFirst().orElseThrow();
    }

    private static final ConsultationRequest ARENA = RequestReader.readString("""
            system: Skirmish Arena
            description: >
              A mobile 3v3 arena brawler. Players queue and are matched into matches of 6 players; each match runs on a dedicated
              authoritative game server for about four minutes. We expect 120,000 concurrent players in the evening peak and
              1.5 million monthly players. After each match the server posts the result and trophies are updated.
            capabilities: [matchmaking, trophies and leagues, player profiles]
            load: {peakRequestsPerSecond: 8000, readWriteRatio: 3, monthlyActiveUsers: 1500000, audience: global}
            data: {initialVolumeGb: 50, growthGbPerMonth: 30, retentionYears: 2}
            availability: {targetPercent: 99.9}
            budget: {monthlyUsd: 40000}
            team: {size: 12, expertise: [C#, Unity, AWS]}
            deployment: {cloud: aws, regions: [eu-west-1]}
            """);

    @Test
    void gameServersAreSizedByTheStatedPlayersOverPlayersAMatch() {
        Consultation c = consult(ARENA);
        // 120,000 players / 6 a match ("matches of 6 players") = 20,000 matches; x 1.2 / 6 matches an instance = 4,000 at
        // peak in one region. A fleet autoscaler over its node pool follows the day (concurrency-fleets.yaml autoscaler): a
        // global audience keeps the peak 12 hours a day (365 of 730 hours); the workload's peak-to-average is 15.57, so
        // 20,000 / 15.57 = 1,284.52 matches x 1.2 / 6 = 256.9 -> 257 servers the other 365 hours:
        // (4,000 x 365 + 257 x 365) / 730 = 2,128.5 instance-months (was the peak's 4,000 all month)
        CostLineItem fleet = line(c, "game-server-fleet-fleet").orElseThrow();
        assertThat(fleet.quantity()).isEqualTo(2128.5);
        assertThat(fleet.assumption()).contains("120,000 at peak (given: description \"120,000 concurrent players\")")
                .contains("/ 6 a match (given: description \"matches of 6 players\") = 20,000 matches")
                .contains("(assumed: as-matches-per-game-server)");
        assertThat(estimate(c, "fleet-game-server-fleet")).hasValueSatisfying(e -> assertThat(e.value()).isEqualTo(4000));
        // The fleet is now the largest cost driver, the verdict is over the $40,000 budget, and the estimate is asked about
        assertThat(c.cost().drivers().get(0).name()).contains("compute.instance");
        assertThat(c.cost().budget().status()).isEqualTo(BudgetStatus.OVER);
        assertThat(c.requirements().openQuestions()).extracting(OpenQuestion::id).contains("fleet-capacity-game-server-fleet");
    }

    @Test
    void theScenariosScaleTheFleetWithConcurrency() {
        Consultation c = consult(ARENA);
        double perInstance = line(c, "game-server-fleet-fleet").orElseThrow().unitPrice();
        // high (x2): 240,000 / 6 = 40,000 matches x 1.2 / 6 = 8,000 at peak; off peak 40,000 / 15.57 = 2,569.04 x 0.2 = 513.8
        // -> 514; (8,000 + 514) / 2 = 4,257 instance-months, 2,128.5 more than the base's 2,128.5;
        // low (x0.5): 10,000 matches -> 2,000 at peak, 642.26 x 0.2 = 128.5 -> 129 off peak; (2,000 + 129) / 2 = 1,064.5,
        // 1,064 fewer. The rest of the design moves too, never down at high.
        assertThat(scenario(c, ScenarioName.HIGH) - scenario(c, ScenarioName.BASE)).isGreaterThanOrEqualTo(2128.5 * perInstance - 0.01);
        assertThat(scenario(c, ScenarioName.BASE) - scenario(c, ScenarioName.LOW)).isGreaterThanOrEqualTo(1064 * perInstance - 0.01);
    }

    @Test
    void withNoStatedConcurrencyTheFleetIsSizedOnAnAssumptionNotAPair() {
        Consultation c = consult(RequestReader.readString("""
                system: Card Den
                description: >
                  An online club for real-time card games. Members find opponents through matchmaking, each game is hosted on a
                  dedicated game server for fairness, and the results feed a ranked ladder.
                capabilities: [matchmaking, ranked ladder, member profiles]
                load: {peakRequestsPerSecond: 1200, readWriteRatio: 4, monthlyActiveUsers: 400000, audience: regional}
                data: {initialVolumeGb: 20, growthGbPerMonth: 5, retentionYears: 3}
                availability: {targetPercent: 99.9}
                team: {size: 6, expertise: [Go, GCP]}
                deployment: {cloud: gcp, regions: [europe-west1]}
                """));
        // 400,000 monthly users x 0.05 (as-peak-concurrent-players) = 20,000 players / 10 a match (as-players-per-match)
        // = 2,000 matches x 1.2 / 6 = 400 instances at peak; a regional audience's evening is 4 hours a day (121.67 of 730
        // hours), the average 2,000 / 3 = 666.67 matches x 1.2 / 6 = 133.3 -> 134 the other 608.33 hours:
        // (400 x 121.67 + 134 x 608.33) / 730 = (48,668 + 81,516.22) / 730 = 178.33 instance-months
        CostLineItem fleet = line(c, "game-server-fleet-fleet").orElseThrow();
        assertThat(fleet.quantity()).isEqualTo(178.33);
        assertThat(estimate(c, "fleet-game-server-fleet")).hasValueSatisfying(e -> assertThat(e.value()).isEqualTo(400));
        assertThat(fleet.assumption()).contains("assumed: as-peak-concurrent-players, 400,000 monthly users x 0.05")
                .contains("10 a match (assumed: as-players-per-match)");
        assertThat(c.cost().assumptions()).anyMatch(n -> n.startsWith("[as-peak-concurrent-players]"))
                .anyMatch(n -> n.startsWith("[as-players-per-match]"));
    }

    @Test
    void syncNodesOfACollaborativeEditorAreSizedByEditorsAndScaleOverTheDay() {
        Consultation c = consult(RequestReader.readString("""
                system: Sketchpad Together
                description: >
                  A shared whiteboard and notes editor for classrooms. Several pupils and their teacher edit the same board at
                  once and see each other's cursors in real time; offline edits merge when a tablet reconnects. We plan for
                  30,000 concurrent editors in the morning peak and 900,000 monthly users.
                capabilities: [collaborative editing, version history, sharing]
                load: {peakRequestsPerSecond: 3000, readWriteRatio: 2, monthlyActiveUsers: 900000, audience: global}
                data: {initialVolumeGb: 200, growthGbPerMonth: 80, retentionYears: 5}
                availability: {targetPercent: 99.95}
                team: {size: 18, expertise: [TypeScript, Node.js, Azure]}
                deployment: {cloud: azure, regions: [westeurope, eastus]}
                """));
        // warm standby: 30,000 editors x 1.3 / 2,000 = 19.5 -> 20 in the first region + 2 kept ready in the standby = 22 at peak;
        // on Container Apps the count follows the day: average 30,000 / 3 = 10,000 -> ceil(10,000 x 1.3 / 2,000) = 7, + 2 = 9;
        // a global audience keeps it near its peak 12 hours a day (as-time-zones-spread): 12 / 24 x 730 = 365 peak hours;
        // (22 x 365 + 9 x 365) / 730 = (8,030 + 3,285) / 730 = 15.5 instance-months
        assertThat(estimate(c, "fleet-document-sync")).hasValueSatisfying(e -> assertThat(e.value()).isEqualTo(22));
        assertThat(line(c, "document-sync-fleet")).hasValueSatisfying(l -> assertThat(l.quantity()).isEqualTo(15.5));
    }

    @Test
    void aSelfHostedMediaServerFleetIsSizedByParticipantsAndAVendorsIsNot() {
        String webinar = """
                system: Lecture Live
                description: >
                  A platform for live online lectures: a lecturer presents with camera and screen share and students join
                  from the browser with live video, ask questions and answer polls. At the busiest time 50,000 concurrent
                  participants are in lectures of about 100 each.
                capabilities: [live video sessions, lecture scheduling, polls and questions]
                load: {peakRequestsPerSecond: 2000, readWriteRatio: 3, monthlyActiveUsers: 600000, audience: global}
                data: {initialVolumeGb: 100, growthGbPerMonth: 50, retentionYears: 1}
                availability: {targetPercent: 99.9}
                team: {size: %d, expertise: [Go, WebRTC, LiveKit, Kubernetes, GCP]}
                deployment: {cloud: gcp, regions: [us-east1]}
                """;
        Consultation own = consult(RequestReader.readString(String.format(java.util.Locale.ROOT, webinar, 45)));
        assertThat(own.decisions()).filteredOn(d -> d.topic() == DecisionTopic.VIDEO).singleElement()
                .satisfies(d -> assertThat(d.chosenOption()).containsIgnoringCase("SFU"));
        // 50,000 participants x 1.3 / 250 = 260 media servers at peak in the one region; a global audience's peak is 12
        // hours a day (365 of 730 hours) and the average 50,000 / 3 = 16,666.67 x 1.3 / 250 = 86.7 -> 87 servers the rest:
        // (260 x 365 + 87 x 365) / 730 = 173.5 instance-months
        assertThat(line(own, "video-rooms-fleet")).hasValueSatisfying(l -> assertThat(l.quantity()).isEqualTo(173.5));
        assertThat(estimate(own, "fleet-video-rooms")).hasValueSatisfying(e -> assertThat(e.value()).isEqualTo(260));
        // the media servers are ours, priced on that line: not also listed as a video vendor left unpriced
        assertThat(own.cost().assumptions()).anyMatch(n -> n.startsWith("[vendor-ext-video-vendor]") && n.contains("runs on the team's own instances"))
                .noneMatch(n -> n.startsWith("[vendor-ext-video-vendor] Not priced"));
        // A team of 8 takes the vendor's media platform: the session service is only the control plane, priced as before
        Consultation vendor = consult(RequestReader.readString(String.format(java.util.Locale.ROOT, webinar, 8)));
        assertThat(line(vendor, "video-rooms-fleet")).isEmpty();
        assertThat(estimate(vendor, "fleet-video-rooms")).isEmpty();
    }

    @Test
    void aDeviceGatewayIsSizedByTheDevicesTheRequestCountsAsHoldingASocket() {
        Consultation c = consult(RequestReader.readString("""
                system: Dockpoint
                description: >
                  We run 60,000 smart parcel lockers in France and Spain. Every locker keeps a WebSocket open to our backend and
                  sends door and temperature status every 60 seconds; couriers and customers unlock the locker through our app,
                  and the command must reach the locker within 3 seconds.
                capabilities: [locker management, parcel drop-off and pick-up, remote unlock of lockers]
                load: {peakRequestsPerSecond: 2500, readWriteRatio: 1, monthlyActiveUsers: 1200000, audience: regional}
                data: {initialVolumeGb: 100, growthGbPerMonth: 40, retentionYears: 2}
                availability: {targetPercent: 99.9}
                team: {size: 9, expertise: [Java, Spring, AWS]}
                deployment: {cloud: aws, regions: [eu-west-3]}
                """));
        // 60,000 lockers x 1.3 / 10,000 = 7.8 -> 8, held day and night: 8 instance-months, not the 1,200,000 monthly users
        CostLineItem gateway = line(c, "device-gateway-fleet").orElseThrow();
        assertThat(gateway.quantity()).isEqualTo(8);
        assertThat(gateway.assumption()).contains("given: description \"60,000 smart parcel lockers\"");
    }

    @Test
    void anActorThatKeepsASocketOpenNamesTheDevicesCounted() {
        Consultation c = consult(RequestReader.readString("""
                system: Meterline
                description: >
                  Our 25,000 parking meters across northern Italy take card and app payments; the operations team reboots a
                  meter remotely and pushes firmware updates to it. Drivers pay from the app or at the meter.
                actors:
                  - {name: Parking meter, description: "keeps an OCPP-style websocket open to the backend and reports payments"}
                  - {name: Driver, description: "pays for parking"}
                capabilities: [meter management, parking payments, remote reboot]
                load: {peakRequestsPerSecond: 800, readWriteRatio: 1, monthlyActiveUsers: 300000, audience: regional}
                data: {initialVolumeGb: 50, growthGbPerMonth: 10, retentionYears: 5}
                availability: {targetPercent: 99.9}
                team: {size: 8, expertise: [Java, AWS]}
                deployment: {cloud: aws, regions: [eu-south-1]}
                """));
        // 25,000 meters x 1.3 / 10,000 = 3.25 -> 4
        assertThat(line(c, "device-gateway-fleet")).hasValueSatisfying(l -> {
            assertThat(l.quantity()).isEqualTo(4);
            assertThat(l.assumption()).contains("\"25,000 parking meters\"");
        });
    }

    @Test
    void aCrudServiceWithHighRequestsStaysSizedByRequests() {
        Consultation c = consult(RequestReader.readString("""
                system: Shelfdata
                description: >
                  A product catalogue and pricing API for retailers: store systems and partner sites read product records,
                  prices and stock by SKU, and merchandisers edit them in a back office. Each store keeps a connection
                  pool to the API; a read-to-write ratio of 20 vs 1.
                capabilities: [product catalogue, pricing, stock levels]
                load: {peakRequestsPerSecond: 40000, readWriteRatio: 20, monthlyActiveUsers: 50000, audience: regional}
                data: {initialVolumeGb: 300, growthGbPerMonth: 20, retentionYears: 3}
                availability: {targetPercent: 99.95}
                team: {size: 10, expertise: [Java, AWS]}
                deployment: {cloud: aws, regions: [us-east-1]}
                """));
        assertThat(c.cost().items()).noneMatch(i -> i.id().endsWith("-fleet"));
        assertThat(c.capacity().estimates()).noneMatch(e -> e.id().startsWith("fleet-"));
        // the application is still sized by its 40,000 requests/s
        assertThat(estimate(c, "app-instances")).hasValueSatisfying(e -> assertThat(e.value()).isGreaterThanOrEqualTo(58));
    }
}
