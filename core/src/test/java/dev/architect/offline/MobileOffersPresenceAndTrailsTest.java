package dev.architect.offline;

import static org.assertj.core.api.Assertions.assertThat;

import dev.architect.dossier.Consultation;
import dev.architect.dossier.CostLineItem;
import dev.architect.dossier.SequenceDiagram;
import dev.architect.testing.ValidDossiers;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The mechanisms a dispatch or an order-acceptance design needs on phones and tablets, on requests of our own: an offer
 * that finds a driver's app in the background wakes it through the cloud's push service (drawn, in the sequence as the
 * fallback, priced, with its risk); the offer timeout and the number of offers fit the assignment window the request
 * states; a merchant's tablet presence comes from the gateway's connect and disconnect events, not an unrouted heartbeat;
 * and the trail kept as dispute evidence is read from the design's durable broker, never the at-most-once fan-out bus.
 */
class MobileOffersPresenceAndTrailsTest {

    /** Ride-hailing on Google Cloud: drivers assigned within 15 seconds, FCM free of charge. */
    private static final String RIDES = """
            system: Hailo Lite
            description: >
              Ride-hailing in two cities. A rider requests a ride and the platform assigns the nearest available driver within
              15 seconds; drivers' phones send their position every 3 seconds and riders watch the driver approach on a map; up to
              40,000 phones hold a connection at the evening peak.
            actors:
              - {name: Rider, description: requests rides and watches the driver on the map}
              - {name: Driver, description: "accepts ride requests on a phone app, often with the app in the background"}
            capabilities: [ride requests, driver dispatch, live tracking]
            load: {peakRequestsPerSecond: 800, readWriteRatio: 3, monthlyActiveUsers: 500000}
            data: {initialVolumeGb: 100, growthGbPerMonth: 10, retentionYears: 2}
            availability: {targetPercent: 99.9, rpoMinutes: 5, rtoMinutes: 30}
            budget: {monthlyUsd: 40000}
            team: {size: 8, expertise: [Kotlin, PostgreSQL]}
            deployment: {cloud: gcp, regions: [europe-west1]}
            """;

    /** Home-care visits on Azure with a 30-second acceptance window: Notification Hubs bills a namespace. */
    private static final String HOME_CARE = """
            system: CareRound
            description: >
              Home-care visits across one region. When a client needs an unplanned visit, the platform offers it to the
              nearest available carer; a carer must accept the visit within a 30-second acceptance window or it goes to the next
              carer. Carers' phones send their position every 30 seconds while on shift; up to 8,000 phones hold a connection.
            actors:
              - {name: Carer, description: accepts visits on a phone app between other visits}
              - {name: Coordinator, description: watches open visits and carers on a map}
            capabilities: [visit requests, carer dispatch, live location]
            load: {peakRequestsPerSecond: 150, readWriteRatio: 3, monthlyActiveUsers: 60000}
            data: {initialVolumeGb: 20, growthGbPerMonth: 2, retentionYears: 6}
            availability: {targetPercent: 99.9, rpoMinutes: 5, rtoMinutes: 60}
            budget: {monthlyUsd: 15000}
            team: {size: 5, expertise: [CSharp, SQL Server]}
            deployment: {cloud: azure, regions: [uksouth]}
            """;

    /** Kitchen display tablets on AWS: orders accepted on a tablet that can die without closing its connection. */
    private static final String KITCHEN = """
            system: PassLine
            description: >
              Order routing for a chain of 300 restaurants. Online orders go to a kitchen display tablet in the restaurant, where
              staff accept or reject orders and mark them ready; an order not accepted within 3 minutes is escalated to the
              restaurant manager by phone.
            actors:
              - {name: Guest, description: orders food online}
              - {name: Kitchen staff, description: accept orders on the kitchen display tablet}
            capabilities: [online ordering, kitchen display, order status]
            load: {peakRequestsPerSecond: 120, readWriteRatio: 4, monthlyActiveUsers: 200000}
            data: {initialVolumeGb: 10, growthGbPerMonth: 2, retentionYears: 3}
            availability: {targetPercent: 99.9, rpoMinutes: 5, rtoMinutes: 30}
            budget: {monthlyUsd: 10000}
            team: {size: 4, expertise: [TypeScript, PostgreSQL]}
            deployment: {cloud: aws, regions: [us-east-1]}
            """;

    private static SequenceDiagram sequence(Consultation c, String id) {
        return c.sequences().stream().filter(s -> s.id().equals(id)).findFirst().orElseThrow(() -> new AssertionError("no sequence " + id));
    }

    private static List<CostLineItem> pushLines(Consultation c) {
        return c.cost().items().stream().filter(i -> "mobile-push".equals(i.containerId())).toList();
    }

    @Test
    void anOfferThatFindsNoOpenConnectionWakesTheDriversAppThroughTheCloudsPushService() {
        Consultation c = ValidDossiers.of(RIDES);

        assertThat(c.c4().containers()).filteredOn(x -> x.id().equals("mobile-push")).singleElement()
                .satisfies(x -> assertThat(x.technology()).isEqualTo("Firebase Cloud Messaging (relaying to APNs for iOS)"));
        // In the offer's sequence, after the push over the held connection, as its fallback, and on to the phone app
        SequenceDiagram dispatch = sequence(c, "seq-dispatch-job");
        int overSocket = indexOf(dispatch, "Push the offer to the driver's app");
        int fallback = indexOf(dispatch, "When the driver's app holds no open connection, send the offer as a high-priority notification that lives 5 s");
        assertThat(fallback).isGreaterThan(overSocket);
        assertThat(dispatch.steps().get(fallback).to()).isEqualTo("mobile-push");
        assertThat(dispatch.steps().get(fallback + 1).from()).isEqualTo("mobile-push");
        assertThat(dispatch.steps().get(fallback + 1).to()).isEqualTo("mobile-app");
        // FCM charges nothing per message: a line at $0 that says so
        assertThat(pushLines(c)).singleElement().satisfies(i -> {
            assertThat(i.quantity()).isEqualTo(2.0); // 500,000 monthly users x 4 / 1,000,000
            assertThat(i.monthly()).isZero();
            assertThat(i.assumption()).contains("500,000 monthly active users x 4 notifications a month (assumption as-mobile-push) / 1,000,000")
                    .contains("Firebase Cloud Messaging (no charge per message");
        });
        assertThat(c.risks()).anySatisfy(r -> {
            assertThat(r.title()).isEqualTo("An offer pushed to a backgrounded phone arrives late or not at all");
            assertThat(r.description()).contains("best effort").contains("throttles");
            assertThat(r.mitigation()).contains("expire with the offer (5 s)");
        });
    }

    @Test
    void aStatedThirtySecondAcceptanceWindowSetsTheOfferTimeoutAndHowManyCarersAreAsked() {
        Consultation c = ValidDossiers.of(HOME_CARE);

        // 30 s - 4 s to find and reach the first carer = 26 s: two offers of 13 s
        assertThat(c.c4().containers()).filteredOn(x -> x.id().equals("dispatcher")).singleElement()
                .satisfies(x -> assertThat(x.description()).contains("offers the job to one driver at a time with a timeout of 13 seconds, to at most 2 in turn "
                        + "so the assignment fits the stated 30 seconds (4 s to find, rank and reach the first candidate, then 2 offers of 13 s)"));
        assertThat(sequence(c, "seq-dispatch-job").steps()).anyMatch(s -> s.message().equals(
                "Insert the offer to the best candidate (expires in 13 s; at most 2 candidates in turn)"));
        assertThat(c.risks()).anyMatch(r -> r.mitigation().contains("expire with the offer (13 s)"));
        // Azure Notification Hubs: the Standard namespace, with the first 10 million pushes in it
        assertThat(pushLines(c)).extracting(CostLineItem::name).containsExactly("Mobile push notifications", "Mobile push namespace");
        assertThat(pushLines(c)).filteredOn(i -> i.name().equals("Mobile push namespace")).singleElement()
                .satisfies(i -> assertThat(i.monthly()).isEqualTo(200.0));
        assertThat(c.c4().containers()).filteredOn(x -> x.id().equals("mobile-push")).singleElement()
                .satisfies(x -> assertThat(x.technology()).isEqualTo("Azure Notification Hubs (over APNs and FCM)"));
    }

    @Test
    void withoutAStatedWindowEachOfferWaitsFifteenSecondsForThreeCandidates() {
        Consultation c = ValidDossiers.of(RIDES.replace("within\n  15 seconds", "quickly"));

        assertThat(sequence(c, "seq-dispatch-job").steps()).anyMatch(s -> s.message().equals(
                "Insert the offer to the best candidate (expires in 15 s; at most 3 candidates in turn)"));
    }

    @Test
    void aMerchantsTabletPresenceComesFromTheGatewaysConnectAndDisconnectEvents() {
        Consultation c = ValidDossiers.of(KITCHEN);

        SequenceDiagram presence = sequence(c, "seq-merchant-device-presence");
        assertThat(presence.steps().get(0).from()).isEqualTo("realtime-gateway");
        assertThat(presence.steps().get(0).message()).isEqualTo("Disconnected: merchant device d (closed, or dropped by the gateway as idle)");
        assertThat(presence.steps()).anyMatch(s -> s.message().startsWith("Set the device's last_seen_at; where none of the merchant's devices is connected, set accepting false"));
        assertThat(c.risks()).filteredOn(r -> r.title().equals("Orders waiting on a merchant who is not there")).singleElement()
                .satisfies(r -> assertThat(r.mitigation()).contains("marked gone at once from the gateway's disconnect event")
                        .contains("when the gateway drops its idle connection").doesNotContain("heartbeat").doesNotContain("two minutes"));
        // The events come from the realtime gateway the cost prices (here instances the team runs, which hold the handlers)
        assertThat(c.cost().items()).anyMatch(i -> "realtime-gateway".equals(i.containerId()) && i.monthly() > 0);
    }

    @Test
    void theDisputeTrailIsReadFromTheDurableBrokerNotTheFanOutBus() {
        for (String request : List.of(RIDES, HOME_CARE)) {
            Consultation c = ValidDossiers.of(request);

            SequenceDiagram trail = sequence(c, "seq-record-job-trail");
            assertThat(trail.steps()).noneMatch(s -> s.from().equals("fanout-bus") && s.to().equals("trail-writer"));
            assertThat(trail.steps()).anyMatch(s -> s.from().equals("broker") && s.to().equals("trail-writer")
                    && s.message().equals("The job's positions, from the last position the writer stored"));
            assertThat(trail.steps()).anyMatch(s -> s.to().equals("broker") && s.message().startsWith("Positions of an assigned courier or driver"));
            assertThat(trail.description()).contains("which keeps each one until the trail writer has stored it, not through the fan-out bus");
        }
    }

    /** A two-person courier firm on its own hosts, whose design has no broker. */
    private static final String NO_BROKER = """
            system: VanShare
            description: >
              A small courier firm in one town. The dispatcher app assigns each parcel job to the nearest available courier within
              45 seconds; couriers' phones send their position every 10 seconds so customers can watch the courier move on a map.
            actors:
              - {name: Customer, description: books a parcel pickup and watches the courier}
              - {name: Courier, description: accepts jobs on a phone app}
            capabilities: [parcel jobs, courier dispatch, live tracking]
            load: {peakRequestsPerSecond: 20, readWriteRatio: 3, monthlyActiveUsers: 3000}
            data: {initialVolumeGb: 5, growthGbPerMonth: 1, retentionYears: 2}
            availability: {targetPercent: 99.5, rpoMinutes: 60, rtoMinutes: 240}
            budget: {monthlyUsd: 1500}
            team: {size: 2, expertise: [PHP, MySQL]}
            deployment: {cloud: on-premises}
            """;

    @Test
    void withoutABrokerTheTrailIsHandedOverInProcessAndWhatARestartLosesIsSaid() {
        Consultation c = ValidDossiers.of(NO_BROKER);

        assertThat(c.sequences()).noneMatch(s -> s.id().equals("seq-record-job-trail"));
        SequenceDiagram trail = sequence(c, "seq-record-job-trail-in-process");
        assertThat(trail.steps().get(0).to()).isEqualTo("trail-writer");
        assertThat(trail.steps().get(0).message()).isEqualTo("Positions of an assigned courier or driver as they are accepted, keyed by the job");
        assertThat(trail.description()).contains("a restart loses at most the 30 seconds not yet written");
        // FCM and APNs called directly from the team's own hosts: no charge per message
        assertThat(pushLines(c)).singleElement().satisfies(i -> assertThat(i.monthly()).isZero());
    }

    private static int indexOf(SequenceDiagram s, String message) {
        for (int i = 0; i < s.steps().size(); i++) {
            if (s.steps().get(i).message().equals(message)) {
                return i;
            }
        }
        throw new AssertionError("no step '" + message + "' in " + s.id() + ": " + s.steps());
    }
}
