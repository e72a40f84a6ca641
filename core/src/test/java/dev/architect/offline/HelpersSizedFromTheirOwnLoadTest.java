package dev.architect.offline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.architect.dossier.Consultation;
import dev.architect.dossier.CostLineItem;
import dev.architect.request.ConsultationRequest;
import dev.architect.request.RequestReader;
import dev.architect.validation.DossierValidator;
import org.junit.jupiter.api.Test;

/**
 * Parts off the request path (a queue-fed worker, a dispatcher, a relay that picks up rows) are sized from the messages
 * they drain and the availability target (helper-instances.yaml), not as an always-on pair; a fleet on its own node pool
 * follows the players' day where an autoscaler runs it (concurrency-fleets.yaml). Every figure is worked by hand below.
 */
class HelpersSizedFromTheirOwnLoadTest {

    private static Consultation consult(String yaml) {
        ConsultationRequest request = RequestReader.readString(yaml);
        Consultation c = OfflineArchitect.create().consult(request);
        assertThat(DossierValidator.validate(c, request).hasErrors()).as(DossierValidator.validate(c, request).describe()).isFalse();
        return c;
    }

    private static CostLineItem item(Consultation c, String id) {
        return c.cost().items().stream().filter(i -> i.id().equals(id)).findFirst()
                .orElseThrow(() -> new AssertionError(id + " in " + c.cost().items().stream().map(CostLineItem::id).toList()));
    }

    @Test
    void aSmallClubsReminderSenderIsOneRestartedInstanceAt995() {
        Consultation c = consult("""
                system: Oarlock
                description: >
                  A rowing club of 180 members books its 40 boats. Members book a boat for a session, the boat captain takes a
                  boat out of service when it is damaged, and members get an email reminder the evening before their session.
                goals: [members book a boat on their phone in under a minute]
                actors:
                  - {name: Member, description: "books and cancels boat sessions"}
                  - {name: Boat captain, description: "takes boats out of service and back"}
                capabilities: [boat bookings, boat out of service, session reminders by email]
                integrations:
                  - {name: Email service, purpose: "send reminders and cancellation notices"}
                load: {peakRequestsPerSecond: 3, readWriteRatio: 5, monthlyActiveUsers: 180}
                availability: {targetPercent: 99.5}
                team: {size: 2, expertise: [TypeScript, Node.js]}
                deployment: {cloud: azure, regions: [westeurope]}
                """);
        // 99.5% is within the 99.95% one restarted instance holds, so one sender, not a pair; the broker's
        // 3 / (5 + 1) = 0.5 messages/s are quoted as what all its consumers drain together, not as its own load
        CostLineItem dispatcher = item(c, "notification-dispatcher-instances");
        assertThat(dispatcher.quantity()).isEqualTo(1);
        assertThat(dispatcher.monthly()).isCloseTo(dispatcher.unitPrice(), within(0.01));
        assertThat(dispatcher.assumption()).contains("the broker's 0.5 messages/s at peak are what all its consumers drain together").contains("no caller waits on it")
                .doesNotContain("for redundancy");
        // the capacity plan shows the count the cost prices
        assertThat(c.capacity().estimates().stream().filter(e -> e.id().equals("instances-notification-dispatcher")).findFirst().orElseThrow().value())
                .isEqualTo(dispatcher.quantity());
    }

    @Test
    void aWorkerBesideA9995ApiSpreadOverZonesIsAPairNotOneAZone() {
        Consultation c = consult("""
                system: LabelHub
                description: >
                  A shipping-label API for online shops. A shop's checkout calls the API to rate a parcel and buy a label;
                  tracking events from the carriers are received by webhook and pushed to the shop by its own webhook. Carrier
                  webhooks and shop notifications are handled in the background by a worker so checkout never waits on them.
                goals: [rate and buy a label in under 800 ms at p99]
                actors:
                  - {name: Shop, description: "calls the API from its checkout and receives tracking webhooks"}
                capabilities: [parcel rating, label purchase, tracking events, shop webhooks]
                integrations:
                  - {name: Carrier APIs, purpose: "rates, labels and tracking webhooks"}
                load: {peakRequestsPerSecond: 400, readWriteRatio: 3, monthlyActiveUsers: 12000}
                latency: {p99Ms: 800}
                availability: {targetPercent: 99.95}
                team: {size: 6, expertise: [Go, PostgreSQL]}
                deployment: {cloud: aws, regions: [eu-central-1]}
                """);
        // the availability decision spreads the design over zones, so the minimum is a pair in two of them (one a zone would
        // be 3); the broker's 400 / (3 + 1) = 100 messages/s are quoted, not used as the worker's own load
        assertThat(item(c, "worker-compute").quantity()).isEqualTo(2);
        assertThat(item(c, "worker-compute").assumption()).contains("the broker's 100 messages/s at peak")
                .contains("a pair in two of the");
    }

    @Test
    void aBatchHeavyBackOfficesDispatcherIsOneInstanceAtItsFloor() {
        Consultation c = consult("""
                system: Tallyhall
                description: >
                  A property management back office for 2,400 rented flats. Each night a batch run imports the bank statement
                  file (about 6,000 lines), matches payments to tenants' rent accounts and produces arrears letters; on the
                  first of each month a run raises 2,400 rent invoices and emails them as PDFs.
                goals: [rent matched to accounts by 7 am every day]
                actors:
                  - {name: Property manager, description: "handles repairs, arrears and tenant queries"}
                  - {name: Tenant, description: "sees their rent account and invoices"}
                capabilities: [rent accounts, nightly bank statement matching, monthly rent invoicing, arrears letters, repairs]
                integrations:
                  - {name: Email service, purpose: "send invoices and letters"}
                load: {peakRequestsPerSecond: 20, readWriteRatio: 4, monthlyActiveUsers: 2600}
                availability: {targetPercent: 99.5}
                team: {size: 3, expertise: [Java, PostgreSQL]}
                deployment: {cloud: gcp, regions: [europe-west2]}
                """);
        // a single zone at 99.5%: 1 sender instead of the pair it was; the broker's 20 / (4 + 1) = 4 messages/s are quoted
        assertThat(item(c, "notification-dispatcher-instances").quantity()).isEqualTo(1);
        assertThat(item(c, "notification-dispatcher-instances").assumption()).contains("the broker's 4 messages/s at peak");
    }

    @Test
    void aGameServerFleetFollowsThePlayersDayOnItsNodePool() {
        Consultation c = consult("""
                system: Driftline
                description: >
                  An online kart racing game for PC and consoles. Players queue for a match, the matchmaker forms it from
                  players of similar rating and allocates a dedicated game server, and results update ratings and leaderboards.
                goals: [60,000 concurrent players at launch]
                actors:
                  - {name: Player, description: "queues for matches, races, buys cosmetics"}
                capabilities: [matchmaking, race results and ratings, leaderboards]
                load: {peakRequestsPerSecond: 6000, readWriteRatio: 4, monthlyActiveUsers: 900000}
                availability: {targetPercent: 99.9}
                team: {size: 15, expertise: [C++, Go, Kubernetes]}
                deployment: {cloud: aws, regions: [eu-west-1]}
                """);
        // 60,000 players / 10 a match (assumed) = 6,000 matches; ceil(6,000 x 1.2 / 6) = 1,200 servers at peak. The players'
        // evening (4 hours a day, 730 / 24 x 4 = 121.67 hours) runs 1,200; the average 6,000 / 3 = 2,000 matches needs
        // ceil(2,000 x 1.2 / 6) = 400 for the other 608.33 hours: (1,200 x 121.67 + 400 x 608.33) / 730 = 533.34
        // instance-months, where the peak count all month was 1,200
        CostLineItem fleet = item(c, "game-server-fleet-fleet");
        assertThat(fleet.quantity()).isCloseTo(533.34, within(0.01));
        assertThat(fleet.assumption()).contains("(1,200 x 121.67 + 400 x 608.33) / 730 = 533.34 instance-months").contains("autoscaler");
        // the capacity plan's count is the peak count the line starts from
        assertThat(c.capacity().estimates().stream().filter(e -> e.id().equals("fleet-game-server-fleet")).findFirst().orElseThrow().value())
                .isEqualTo(1200);
    }

    @Test
    void aTwoRegion9999SystemKeepsItsPairs() {
        Consultation c = consult("""
                system: Clearbay
                description: >
                  A payment processor for marketplaces: merchants' card payments are authorised through the acquirer, settled
                  daily and paid out to sellers. Webhooks tell merchants of every payment state change; a worker sends them.
                goals: [authorise a payment in under 300 ms at p99]
                actors:
                  - {name: Merchant, description: "takes payments through the API and receives webhooks"}
                capabilities: [payment authorisation, settlement, seller payouts, merchant webhooks]
                integrations:
                  - {name: Card acquirer, purpose: "authorise and capture card payments"}
                load: {peakRequestsPerSecond: 1500, readWriteRatio: 2, monthlyActiveUsers: 40000}
                latency: {p99Ms: 300}
                availability: {targetPercent: 99.99, rpoMinutes: 0, rtoMinutes: 5}
                compliance: [PCI-DSS]
                team: {size: 20, expertise: [Java, PostgreSQL, Kafka]}
                deployment: {cloud: aws, regions: [us-east-1, us-west-2]}
                """);
        // a 99.99% design spread over zones and regions: a pair in two zones, + 1 in the standby region = 3
        CostLineItem relay = item(c, "outbox-relay-instances");
        assertThat(relay.quantity()).isEqualTo(3);
        assertThat(relay.assumption()).contains("a pair in two of the");
        // the webhook dispatcher keeps the same floor: a pair in two zones + 1 in the standby region = 3; the broker's
        // 1,500 / 3 = 500 messages/s are what all its consumers drain together, not its own load
        assertThat(item(c, "webhook-dispatcher-instances").quantity()).isEqualTo(3);
    }
}
