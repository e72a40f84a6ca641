package dev.architect.offline;

import static org.assertj.core.api.Assertions.assertThat;

import dev.architect.dossier.ApiOperation;
import dev.architect.dossier.Component;
import dev.architect.dossier.Consultation;
import dev.architect.dossier.Container;
import dev.architect.dossier.Entity;
import dev.architect.dossier.Relationship;
import dev.architect.dossier.SequenceStep;
import dev.architect.testing.ValidDossiers;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * A mechanism an archetype designs is the one the rest of the dossier follows: the work another archetype's event starts
 * opens with that event (no person asks for it through the API); a capability the archetype designs has no generic
 * module of its own beside the archetype's tables; a render job reads what it draws from the service that owns it; an
 * index names only the records the design has; and a WebSocket gateway that is a managed service is described, alerted
 * on and run as one (a connection table, the service's management API, its quotas), not as nodes. Requests of our own.
 */
class NewMechanismsWiredIntoTheDossierTest {

    /** A grocery marketplace: shops answer each order on a tablet, and an accepted order is handed to a courier. */
    private static final String GROCERY = """
            system: Basketrun
            description: >
              A grocery marketplace in one city. Shops accept or reject orders on a store tablet within three minutes; an
              accepted order is delivered by the nearest available courier, whose phone gets the job offered and sends its
              position every 5 seconds; up to 30,000 phones hold a connection at the evening peak.
            actors:
              - {name: Shopper, description: orders groceries and tracks the courier}
              - {name: Shop, description: accepts orders on a tablet and packs them}
              - {name: Courier, description: accepts delivery jobs on a phone app}
            capabilities: [ordering, order acceptance, courier dispatch, live tracking]
            load: {peakRequestsPerSecond: 6000, readWriteRatio: 4, monthlyActiveUsers: 400000}
            latency: {p99Ms: 300}
            data: {initialVolumeGb: 40, growthGbPerMonth: 4, retentionYears: 2}
            availability: {targetPercent: 99.9, rpoMinutes: 5, rtoMinutes: 30}
            budget: {monthlyUsd: 90000}
            team: {size: 8, expertise: [Java, PostgreSQL]}
            deployment: {cloud: %s, regions: [%s]}
            """;

    private static Consultation grocery(String cloud, String region) {
        return ValidDossiers.of(String.format(Locale.ROOT, GROCERY, cloud, region));
    }

    @Test
    void theDispatchAnAcceptedOrderStartsOpensWithTheEventNotACustomersCall() {
        Consultation c = grocery("aws", "eu-west-1");

        List<SequenceStep> dispatch = c.sequences().stream().filter(s -> s.id().equals("seq-dispatch-job")).findFirst().orElseThrow().steps();
        SequenceStep first = dispatch.get(0);
        assertThat(first.from()).isEqualTo("broker");
        assertThat(first.message()).startsWith("order.accepted: dispatch the order from the merchant's pickup point");
        assertThat(dispatch).noneMatch(s -> s.message().startsWith("POST /dispatch-requests"));
        // Nobody asks for a dispatch through the API: the request is read back, not created there
        List<ApiOperation> operations = c.apis().stream().flatMap(a -> a.operations().stream()).toList();
        assertThat(operations).noneMatch(o -> o.path().equals("/dispatch-requests") && o.method().name().equals("POST"));
        assertThat(operations).anyMatch(o -> o.path().equals("/dispatch-requests/{requestId}"));
    }

    @Test
    void withoutAnOrderAcceptedByAMerchantTheRequesterStillAsksForTheDispatch() {
        Consultation c = ValidDossiers.of("""
                system: Hoprides
                description: >
                  Ride hailing in two cities: a rider requests a ride and the nearest available driver is offered the job on a
                  phone app, which sends its position every 4 seconds.
                actors:
                  - {name: Rider, description: requests rides}
                  - {name: Driver, description: accepts ride requests}
                capabilities: [ride requests, driver dispatch, live tracking]
                load: {peakRequestsPerSecond: 500, readWriteRatio: 3, monthlyActiveUsers: 200000}
                data: {initialVolumeGb: 30, growthGbPerMonth: 3, retentionYears: 2}
                availability: {targetPercent: 99.9, rpoMinutes: 5, rtoMinutes: 30}
                budget: {monthlyUsd: 30000}
                team: {size: 6, expertise: [Go, PostgreSQL]}
                deployment: {cloud: gcp, regions: [europe-west1]}
                """);

        SequenceStep first = c.sequences().stream().filter(s -> s.id().equals("seq-dispatch-job")).findFirst().orElseThrow().steps().get(0);
        assertThat(first.message()).isEqualTo("POST /dispatch-requests with Idempotency-Key");
        assertThat(c.apis().stream().flatMap(a -> a.operations().stream()))
                .anyMatch(o -> o.path().equals("/dispatch-requests") && o.method().name().equals("POST"));
    }

    @Test
    void aManagedWebSocketServiceKeepsAConnectionTablePushesThroughItsApiAndRaisesQuotasNotNodes() {
        Consultation c = grocery("aws", "eu-west-1");

        Container gateway = c.c4().containers().stream().filter(x -> x.id().equals("realtime-gateway")).findFirst().orElseThrow();
        assertThat(gateway.technology()).isEqualTo("Amazon API Gateway WebSocket APIs");
        assertThat(gateway.description()).contains("The managed WebSocket service holds clients' connections");
        assertThat(c.c4().components()).filteredOn(x -> x.containerId().equals("realtime-gateway")).extracting(Component::name)
                .containsExactly("Connect handler", "Pusher", "Resume handler");
        Entity connections = c.dataModel().entity("realtime_connection").orElseThrow();
        assertThat(connections.primaryKey()).containsExactly("connection_id");
        assertThat(c.sequences().stream().filter(s -> s.id().equals("seq-push-update")).findFirst().orElseThrow().steps())
                .anyMatch(s -> s.message().startsWith("Update n to each connection with POST @connections/{connectionId} on the API Gateway management API"));
        assertThat(c.operations().alerts()).anyMatch(a -> a.name().equals("gateway-connections")
                && a.condition().startsWith("Connections held above 80% of the service's connection quota for the account and region")
                && a.action().startsWith("Ask the cloud provider to raise the quota"));
        assertThat(c.operations().alerts()).anyMatch(a -> a.name().equals("realtime-message-rate"));
        assertThat(everyText(c)).doesNotContainIgnoringCase("gateway node").doesNotContainIgnoringCase("nodes holding")
                .doesNotContainIgnoringCase("node holding");
    }

    @Test
    void aGatewayTheTeamRunsKeepsItsNodes() {
        Consultation c = grocery("gcp", "europe-west1");

        Container gateway = c.c4().containers().stream().filter(x -> x.id().equals("realtime-gateway")).findFirst().orElseThrow();
        assertThat(gateway.technology()).isEqualTo("WebSocket gateway nodes behind Cloud Load Balancing");
        assertThat(c.dataModel().entity("realtime_connection")).isEmpty();
        assertThat(c.operations().alerts()).anyMatch(a -> a.name().equals("gateway-connections")
                && a.condition().equals("Connections per gateway node above 80% of the tested maximum")
                && a.action().startsWith("Add gateway nodes"));
    }

    @Test
    void aCapabilityAnArchetypeDesignsIsNotAlsoAGenericModuleOfRecordsTheDataModelLacks() {
        Consultation c = ValidDossiers.of("""
                system: Pumpwatch
                description: >
                  Water utility pump stations send vibration and temperature readings every 10 seconds from 3,000 pumps;
                  anomalies against each pump's normal behaviour alert the duty engineer within 5 minutes, and engineers
                  label each anomaly as a fault or a false alarm.
                actors:
                  - {name: Duty engineer, description: investigates anomaly alerts}
                  - {name: Pump station, description: sends sensor readings}
                capabilities: [sensor ingestion, anomaly detection, maintenance notes]
                load: {peakRequestsPerSecond: 400, readWriteRatio: 1, monthlyActiveUsers: 200}
                data: {initialVolumeGb: 200, growthGbPerMonth: 80, retentionYears: 3}
                availability: {targetPercent: 99.9, rpoMinutes: 15, rtoMinutes: 60}
                budget: {monthlyUsd: 15000}
                team: {size: 4, expertise: [Python, PostgreSQL]}
                deployment: {cloud: azure, regions: [westeurope]}
                """);

        assertThat(c.dataModel().entity("anomaly")).isPresent();
        assertThat(c.dataModel().entity("anomaly_detection")).isEmpty();
        // Nothing in the design owns, serves or holds "anomaly-detections": the archetype's tables are what is there
        assertThat(c.c4().components()).noneMatch(x -> x.description().contains("anomaly-detections"));
        assertThat(c.c4().containers()).noneMatch(x -> x.description().contains("anomaly-detections"));
        assertThat(c.c4().relationships()).extracting(Relationship::description).noneMatch(d -> d.contains("anomaly-detections"));
        assertThat(c.c4().relationships()).anyMatch(r -> r.description().equals("Reads and writes asset_baseline, anomaly, anomaly_label in"));
    }

    @Test
    void aRenderJobReadsTheVersionItDrawsFromTheServiceThatOwnsItNotFromItsOwnStore() {
        Consultation c = ValidDossiers.of("""
                system: Planbook
                description: >
                  A floor-plan editor for architects' offices across Europe: plans are edited in the browser, every saved
                  version is kept, and a plan can be exported to PDF for clients. Three product teams each own a part.
                actors:
                  - {name: Architect, description: draws and exports plans}
                capabilities: [plan editing, version history, pdf export, office accounts]
                load: {peakRequestsPerSecond: 1200, readWriteRatio: 5, monthlyActiveUsers: 300000}
                data: {initialVolumeGb: 300, growthGbPerMonth: 40, retentionYears: 5}
                availability: {targetPercent: 99.95, rpoMinutes: 5, rtoMinutes: 30}
                budget: {monthlyUsd: 60000}
                team: {size: 24, expertise: [Java, PostgreSQL, Kubernetes]}
                deployment: {cloud: aws, regions: [eu-central-1]}
                """);

        List<SequenceStep> render = c.sequences().stream().filter(s -> s.id().equals("seq-pdf-exports-render")).findFirst().orElseThrow().steps();
        SequenceStep read = render.stream().filter(s -> s.message().equals("Read the saved version of the source")).findFirst().orElseThrow();
        assertThat(read.from()).isEqualTo("pdf-export-service");
        // The plans are the plan editing service's: it is asked for the version, its database is not read from outside
        assertThat(read.to()).isEqualTo("plan-editing-service");
        assertThat(render).noneMatch(s -> s.to().equals("pdf-export-db") && s.message().contains("saved version"));
    }

    @Test
    void anIndexOfValidRightsNamesOnlyTheRecordsThatGrantThemInThisDesign() {
        String request = """
                system: Quaywatch
                description: >
                  Harbour mooring %s. Harbour officers check boat numbers on the quays with handhelds, often without signal,
                  and issue a penalty notice for a boat without a valid right; owners may appeal.
                actors:
                  - {name: Boat owner, description: %s}
                  - {name: Harbour officer, description: checks boats and issues penalty notices}
                capabilities: [%s, boat checks, penalty notices, appeals]
                load: {peakRequestsPerSecond: 30, readWriteRatio: 4, monthlyActiveUsers: 8000}
                data: {initialVolumeGb: 5, growthGbPerMonth: 1, retentionYears: 6}
                availability: {targetPercent: 99.5, rpoMinutes: 60, rtoMinutes: 240}
                budget: {monthlyUsd: 4000}
                team: {size: 3, expertise: [Java, PostgreSQL]}
                deployment: {cloud: aws, regions: [eu-west-1]}
                """;
        Consultation permits = ValidDossiers.of(String.format(Locale.ROOT, request, "permits and visitor passes", "holds mooring permits and issues visitor passes",
                "mooring permits"));
        Consultation alone = ValidDossiers.of(String.format(Locale.ROOT, request, "enforcement", "moors a boat", "mooring records"));

        assertThat(index(permits)).contains("Keeps every right in force, from permits and visitor passes, keyed by");
        assertThat(everyText(permits)).doesNotContain("paid session");
        assertThat(index(alone)).contains("Keeps every right in force, from the records that grant a right, keyed by");
        assertThat(everyText(alone)).doesNotContain("paid session").doesNotContain("visitor pass");
    }

    private static String index(Consultation c) {
        return c.c4().containers().stream().filter(x -> x.id().equals("right-index")).findFirst().orElseThrow().description();
    }

    /** The dossier's prose a builder reads: elements, relationships, flows, data, alerts and runbooks. */
    private static String everyText(Consultation c) {
        StringBuilder out = new StringBuilder();
        c.c4().containers().forEach(x -> out.append(x.description()).append('\n'));
        c.c4().components().forEach(x -> out.append(x.description()).append('\n'));
        c.c4().relationships().forEach(x -> out.append(x.description()).append('\n'));
        c.sequences().forEach(s -> {
            out.append(s.description()).append('\n');
            s.steps().forEach(x -> out.append(x.message()).append('\n'));
        });
        c.dataModel().entities().forEach(e -> out.append(e.description()).append('\n'));
        c.operations().alerts().forEach(a -> out.append(a.condition()).append(' ').append(a.action()).append('\n'));
        c.roadmap().phases().forEach(p -> out.append(p.toString()).append('\n'));
        return out.toString();
    }
}
