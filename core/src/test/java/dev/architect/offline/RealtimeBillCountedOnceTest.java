package dev.architect.offline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.architect.dossier.Consultation;
import dev.architect.dossier.CostLineItem;
import dev.architect.dossier.Estimate;
import dev.architect.testing.ValidDossiers;
import org.junit.jupiter.api.Test;

/**
 * The realtime bill counted once: one count of the messages each way feeds the message line, the pusher, the
 * connection table's lookups, the pushed egress and the capacity plan; replies are billed where the service bills what
 * it sends and receives; a peak past a default service quota is named in capacity, risks and operations; and presence
 * writes follow the clients' heartbeat, not a share of the stated writes. Requests of our own: a live auction on AWS, a
 * multiplayer quiz on Azure, a collaborative editor on Google Cloud.
 */
class RealtimeBillCountedOnceTest {

    private static final String AUCTION = """
            system: Gavelnight
            description: >
              Live online auctions of collectibles. Bidders watch a lot, place bids and see every outbid within a second until the
              lot closes; up to 90,000 bidders hold a connection at the Sunday evening close.
            actors:
              - {name: Bidder, description: watches lots and places bids}
              - {name: Auctioneer, description: lists lots and runs the close}
            capabilities: [live bidding, lot catalogue, accounts]
            load: {peakRequestsPerSecond: 9000, readWriteRatio: 3, monthlyActiveUsers: 600000}
            data: {initialVolumeGb: 200, growthGbPerMonth: 20, retentionYears: 7}
            availability: {targetPercent: 99.95, rpoMinutes: 1, rtoMinutes: 15}
            budget: {monthlyUsd: 80000}
            team: {size: 10, expertise: [TypeScript, PostgreSQL, AWS]}
            deployment: {cloud: aws, regions: [us-east-1]}
            """;

    private static final String QUIZ = """
            system: Buzzline
            description: >
              A live multiplayer quiz show on phones. Players join a room, see who else is online in it, answer each question within
              ten seconds and watch the scoreboard change live; up to 250,000 players hold a connection during the Friday show.
            actors:
              - {name: Player, description: joins rooms and answers questions}
              - {name: Host, description: runs the show and its questions}
            capabilities: [quiz rooms, player presence, scoreboard]
            load: {peakRequestsPerSecond: 6000, readWriteRatio: 2, monthlyActiveUsers: 1500000}
            data: {initialVolumeGb: 50, growthGbPerMonth: 10, retentionYears: 2}
            availability: {targetPercent: 99.9, rpoMinutes: 5, rtoMinutes: 30}
            budget: {monthlyUsd: 60000}
            team: {size: 8, expertise: [C#, PostgreSQL]}
            deployment: {cloud: azure, regions: [westeurope]}
            """;

    private static final String EDITOR = """
            system: Draftwell
            description: >
              A collaborative document editor for law firms. Up to 20 people edit the same contract at once and see each other's
              cursors and who is online; every change is kept in the document's history.
            goals: [remote edits visible within 200 ms, 60,000 concurrent editors]
            actors:
              - {name: Editor, description: drafts and comments on contracts}
            capabilities: [document editing, editor presence, document history]
            load: {peakRequestsPerSecond: 4000, readWriteRatio: 1, monthlyActiveUsers: 400000}
            data: {initialVolumeGb: 500, growthGbPerMonth: 60, retentionYears: 10}
            availability: {targetPercent: 99.9, rpoMinutes: 5, rtoMinutes: 60}
            budget: {monthlyUsd: 40000}
            team: {size: 12, expertise: [TypeScript, PostgreSQL]}
            deployment: {cloud: gcp, regions: [europe-west1]}
            """;

    private static Estimate estimate(Consultation c, String id) {
        return c.capacity().estimates().stream().filter(e -> e.id().equals(id)).findFirst().orElseThrow(() -> new AssertionError("no estimate " + id));
    }

    private static double quantity(Consultation c, String namePrefix) {
        return c.cost().items().stream().filter(i -> i.name().startsWith(namePrefix)).mapToDouble(CostLineItem::quantity).sum();
    }

    @Test
    void oneMessageCountFeedsTheMessageLineThePusherAndTheConnectionLookups() {
        Consultation c = ValidDossiers.of(AUCTION);
        // No capability travels on the connection, so the 9,000 requests/s of pages and bids stay HTTP requests (before, they
        // were counted over the socket as 9,000 requests and 9,000 replies): from clients only the keep-alives of the 90,000
        // idle connections, 90,000 / 540 s = 166.67. Back: the outbids pushed to the bidders watching: the sentence that
        // holds the connections says "place bids ... see every outbid", a bid being a changing value (push-fanout.yaml
        // liveContent: 1 update every 1 s), so each of the 90,000 stated connections receives 1 a second = 90,000 pushes;
        // 166.67 + 90,000 = 90,166.67 both ways (was 108,166.67).
        Estimate messages = estimate(c, "realtime-messages");
        assertThat(messages.value()).isEqualTo(90_166.67);
        assertThat(messages.basis()).contains("client to service: 166.67 keep-alives")
                .contains("service to client: (90,000 connections at peak")
                .contains("x 1 / 1 s each, live content: changing values (assumption as-push-fanout)) = 90,000 messages/s")
                .contains("billed both ways: 166.67 + 90,000 = 90,166.67 messages/s");
        // The message line bills that count: 90,166.67 / 3 x 2,628,000 s / 1e6 = 30,055.56 x 2.628 = 78,986 million messages
        // (1,000 + 77,986 by tier)
        assertThat(quantity(c, "Realtime messages")).isCloseTo(78_986, within(0.01));
        assertThat(c.cost().items()).filteredOn(i -> i.name().startsWith("Realtime messages")).first()
                .satisfies(i -> assertThat(i.assumption()).contains("billed both ways: 166.67 + 90,000 = 90,166.67 messages/s"));
        // The pusher and the connection table read the service-to-client count: 90,000 / 3 x 2,628,000 / 1e6 = 78,840 million
        // lookups; ceil(90,000 / (2,000 x 70%)) = ceil(64.29) = 65 pushers at peak. On Fargate they are billed as the service
        // scales (autoscaled-compute.yaml): 65 for 4 h a day (121.67 h) and, for the other 608.33 h, the count the average
        // needs: 90,000 / 3 = 30,000 a second / 1,400 = ceil(21.43) = 22; (65 x 121.67 + 22 x 608.33) / 730
        // = (7,908.55 + 13,383.26) / 730 = 29.17 instance-months
        assertThat(quantity(c, "Connection table reads")).isEqualTo(78_840);
        assertThat(c.cost().items()).filteredOn(i -> i.name().equals("Pusher instances")).singleElement()
                .satisfies(i -> assertThat(i.quantity()).isEqualTo(29.17))
                .satisfies(i -> assertThat(i.assumption()).contains("65 instances").contains("(65 x 121.67 + 22 x 608.33) / 730 = 29.17 instance-months"));
    }

    @Test
    void aPeakPastTheDefaultAccountQuotaIsNamedInCapacityRisksAndOperations() {
        Consultation c = ValidDossiers.of(AUCTION);
        // 90,166.67 messages and callbacks a second in us-east-1 (166.67 keep-alives from clients + 90,000 posts: the pushes of
        // the 90,000 connections at 1 a second; the page requests stay HTTP) against API Gateway's default 10,000: 9.02 times;
        // ask for ceil(90,166.67 x 1.25 / 1,000) x 1,000 = ceil(112.71) x 1,000 = 113,000
        Estimate quota = estimate(c, "quota-gateway-requests");
        assertThat(quota.value()).isEqualTo(90_166.67);
        assertThat(quota.basis()).contains("against the default 10,000 requests a second per account and region").contains("9.02 times the default");
        assertThat(c.risks()).filteredOn(r -> r.id().equals("risk-default-quota-realtime-gateway")).singleElement()
                .satisfies(r -> assertThat(r.description()).contains("Service Quotas (quota L-8A5B8E43)").contains("for at least 113,000 requests/s"));
        assertThat(c.operations().infrastructureAsCode()).anyMatch(l -> l.startsWith("Before launch, check the granted quota")
                && l.contains("10,000 requests a second per account and region"));
    }

    @Test
    void aManagedWebSocketPastItsUnitsPerResourceSaysHowManyUnitsAndResources() {
        Consultation c = ValidDossiers.of(QUIZ);
        // ceil(250,000 / 1,000) = 250 units; Standard holds 100 a resource: ceil(250 / 100) = 3 resources of ceil(250 / 3) = 84
        Estimate units = estimate(c, "realtime-units");
        assertThat(units.value()).isEqualTo(250);
        assertThat(units.basis()).contains("= 250 units").contains("3 resources of 84 units at most");
        assertThat(c.risks()).anyMatch(r -> r.id().startsWith("risk-default-quota-") && r.description().contains("250 units"));
        assertThat(c.operations().infrastructureAsCode()).anyMatch(l -> l.startsWith("Before launch, check the granted quota") && l.contains("250 units"));
        // No default is passed by a design whose peak stays under it: the editor on Google Cloud runs its own gateway
        assertThat(ValidDossiers.of(EDITOR).capacity().estimates()).noneMatch(e -> e.id().startsWith("quota-") || e.id().equals("realtime-units"));
    }

    @Test
    void presenceWritesFollowTheHeartbeatOfTheConnectedClients() {
        // 250,000 players / 30 s between heartbeats = 8,333.33 writes/s, not a share of the 2,000 stated writes
        Consultation quiz = ValidDossiers.of(QUIZ);
        assertThat(quiz.cost().assumptions()).anyMatch(a -> a.startsWith("[as-heartbeat-rate]")
                && a.contains("player presence: 250,000 connections at peak (stated: description \"250,000 players hold a connection\") / 30 s "
                        + "between two messages of one client = 8,333.33 writes/s at peak"));
        // Heartbeats are taken by the presence store and neither answered nor relayed: no presence pushes in the egress
        assertThat(estimate(quiz, "egress").basis()).doesNotContain("player presence 8,333.33 writes/s");
        // 60,000 editors / 30 s = 2,000 writes/s; the edits share the stated 2,000 writes among themselves alone
        Consultation editor = ValidDossiers.of(EDITOR);
        assertThat(editor.cost().assumptions()).anyMatch(a -> a.startsWith("[as-heartbeat-rate]") && a.contains("editor presence: 60,000 connections at peak")
                && a.contains("= 2,000 writes/s at peak"));
        assertThat(estimate(editor, "egress").basis()).contains("(document editing 1,000 writes/s x 4 + document history 1,000 writes/s x 4) = 8,000 pushes/s");
    }
}
