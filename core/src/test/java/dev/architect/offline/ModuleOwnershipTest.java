package dev.architect.offline;

import static org.assertj.core.api.Assertions.assertThat;

import dev.architect.dossier.Component;
import dev.architect.dossier.Consultation;
import dev.architect.dossier.Container;
import dev.architect.dossier.ContainerKind;
import dev.architect.dossier.CostLineItem;
import dev.architect.dossier.SequenceStep;
import dev.architect.testing.ValidDossiers;
import dev.architect.validation.DossierValidator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Data ownership between modules and services: each capability a request lists keeps a module owning the tables that
 * serve it (an archetype's tables are split between the capabilities they serve); a database is read and written by its
 * owner and the owner's own processes only; a managed WebSocket service's connection table is a store of its own, priced.
 * Requests of our own, not the samples.
 */
class ModuleOwnershipTest {

    /** Campus parking: staff permits, guest passes, wardens checking plates, penalty notices and appeals against them. */
    private static final String CAMPUS = """
            system: Kerbside
            description: >
              Parking for a university campus. Staff buy parking permits and guest passes for their visitors online; parking
              wardens check number plates against valid permits on a handheld and issue a penalty notice when a car has no
              right to park, which the driver can appeal and an appeals officer decides.
            actors:
              - {name: Staff member, description: buys permits and guest passes}
              - {name: Parking warden, description: checks plates}
              - {name: Appeals officer, description: decides appeals}
            capabilities: [%s]
            load: {peakRequestsPerSecond: 40, readWriteRatio: 5, monthlyActiveUsers: 20000}
            latency: {p99Ms: 500}
            availability: {targetPercent: 99.9}
            team: {size: 4, expertise: [Java, PostgreSQL]}
            deployment: {cloud: aws, regions: [eu-west-1]}
            """;

    private static Consultation campus(String capabilities) {
        return ValidDossiers.of(String.format(Locale.ROOT, CAMPUS, capabilities));
    }

    private static String module(Consultation c, String id) {
        return c.c4().components().stream().filter(x -> x.id().equals(id)).findFirst().map(Component::description)
                .orElseThrow(() -> new AssertionError("no component " + id + " in " + c.c4().components().stream().map(Component::id).toList()));
    }

    @Test
    void eachListedCapabilityKeepsAModuleOwningTheTablesThatServeIt() {
        Consultation c = campus("permits, guest passes, plate checks, penalties, appeals");

        assertThat(module(c, "guest-passes-module")).startsWith("Owns visitor_pass;");
        assertThat(module(c, "penalties-module")).startsWith("Owns citation;");
        assertThat(module(c, "appeals-module")).startsWith("Owns citation_appeal;");
        assertThat(module(c, "permits-module")).startsWith("Owns permit_type, permit_application, permit;");
        assertThat(module(c, "plate-checks-module")).contains("valid_right", "enforcement_check").doesNotContain("citation");
        assertThat(c.c4().components()).extracting(Component::description).noneMatch(d -> d.contains("which owns its tables"));
    }

    @Test
    void aTableWhoseCapabilityIsNotListedStaysWithTheArchetypesHome() {
        Consultation c = campus("permits, plate checks");

        assertThat(module(c, "permits-module")).startsWith("Owns permit_type, permit_application, permit, visitor_pass;");
        assertThat(module(c, "plate-checks-module")).contains("citation", "citation_appeal");
    }

    /** A whiteboard whose services each own a database, with a sync node and a compaction job working on the editing one. */
    private static final String WHITEBOARD = """
            system: Chalkline
            description: >
              An online whiteboard for design agencies. Several people edit the same board at once and see each other's
              cursors; someone on a train keeps editing offline and the edits merge when they are back online.
            goals: [remote edits shown within 150 ms]
            actors:
              - {name: Designer, description: draws on boards}
            capabilities: [board editing, cursor presence, board history, image export, teams]
            load: {peakRequestsPerSecond: 6000, readWriteRatio: 1, monthlyActiveUsers: 600000}
            latency: {p99Ms: 150}
            availability: {targetPercent: 99.95}
            team: {size: 30, expertise: [TypeScript, PostgreSQL]}
            deployment: {cloud: gcp, regions: [europe-west1]}
            """;

    @Test
    void aServicesDatabaseIsUsedByThatServiceAndItsOwnProcessesOnlyAndSaysSo() {
        Consultation c = ValidDossiers.of(WHITEBOARD);

        assertThat(DossierValidator.validate(c).violations()).noneMatch(v -> v.rule().equals(DossierValidator.Rule.STORE_OWNER.id()));
        Set<String> databases = c.c4().containers().stream().filter(x -> x.kind() == ContainerKind.DATABASE).map(Container::id).collect(Collectors.toSet());
        List<Container> users = c.sequences().stream().flatMap(s -> s.steps().stream()).filter(s -> databases.contains(s.to()))
                .map(SequenceStep::from).distinct().map(id -> c.c4().containers().stream().filter(x -> x.id().equals(id)).findFirst().orElseThrow())
                .filter(x -> x.kind() == ContainerKind.WORKER || x.id().equals("document-sync")).toList();
        assertThat(users).as("processes working on a service's database").isNotEmpty();
        for (Container process : users) {
            // A worker (a dispatcher, a scheduled job) is deployed on its own for its service; a sync node runs with it.
            if (process.kind() == ContainerKind.WORKER) {
                assertThat(process.description()).as(process.id()).contains("; a worker of the ").contains(", deployed on its own and working on its database");
            } else {
                assertThat(process.description()).as(process.id()).contains("; a process of the ").contains(", deployed with it and working on its database");
            }
        }
        Container editing = c.c4().containers().stream().filter(x -> x.id().equals("board-editing-db")).findFirst().orElseThrow();
        assertThat(editing.description()).contains("read and written by the Board editing service and by its own processes (")
                .doesNotContain("only its service reads or writes it");
    }

    /** Ride sharing for a city: riders follow the car on a map while 50,000 phones hold a connection. */
    private static final String RIDES = """
            system: Hopalong
            description: >
              Ride hailing in one city. A rider requests a ride and the nearest available driver gets it offered; the driver's
              phone sends its position every 4 seconds and the rider sees the car move on a map in real time; up to 50,000 phones hold a
              connection at the evening peak.
            actors:
              - {name: Rider, description: requests rides}
              - {name: Driver, description: accepts rides}
            capabilities: [ride requests, driver dispatch, live tracking, fares]
            load: {peakRequestsPerSecond: 6000, readWriteRatio: 3, monthlyActiveUsers: 300000}
            latency: {p99Ms: 300}
            availability: {targetPercent: 99.9}
            team: {size: 10, expertise: [Kotlin, PostgreSQL]}
            deployment: {cloud: %s, regions: [%s]}
            """;

    @Test
    void aManagedWebSocketServiceKeepsItsConnectionTableInAStoreOfItsOwnPricedWithItsHandlers() {
        Consultation c = ValidDossiers.of(String.format(Locale.ROOT, RIDES, "aws", "us-east-1"));

        Container table = c.c4().containers().stream().filter(x -> x.id().equals("connection-table")).findFirst().orElseThrow();
        assertThat(table.kind()).isEqualTo(ContainerKind.DATABASE);
        assertThat(table.technology()).isEqualTo("Amazon DynamoDB (on-demand, TTL)");
        assertThat(table.description()).contains("a DynamoDB table whose TTL attribute expires the rows");
        assertThat(c.dataModel().entity("realtime_connection").orElseThrow().ownerContainerId()).isEqualTo("realtime-gateway");
        // The gateway's handlers touch no other store than their own table
        List<SequenceStep> fromGateway = c.sequences().stream().flatMap(s -> s.steps().stream()).filter(s -> s.from().equals("realtime-gateway")).toList();
        assertThat(fromGateway).anyMatch(s -> s.to().equals("connection-table") && s.message().startsWith("Connect handler: put the connection id"));
        Set<String> databases = c.c4().containers().stream().filter(x -> x.kind() == ContainerKind.DATABASE).map(Container::id).collect(Collectors.toSet());
        assertThat(fromGateway).filteredOn(s -> databases.contains(s.to())).extracting(SequenceStep::to).containsOnly("connection-table");
        // Priced: its writes and reads, the handlers' invocations and the pusher's instances
        List<CostLineItem> items = c.cost().items();
        assertThat(items).anyMatch(i -> "connection-table".equals(i.containerId()) && i.name().equals("Connection table writes") && i.monthly() > 0);
        assertThat(items).anyMatch(i -> "connection-table".equals(i.containerId()) && i.name().equals("Connection table reads") && i.monthly() > 0);
        assertThat(items).anyMatch(i -> "realtime-gateway".equals(i.containerId()) && i.name().equals("Connection handler invocations") && i.monthly() > 0);
        assertThat(items).anyMatch(i -> "realtime-gateway".equals(i.containerId()) && i.name().equals("Pusher instances") && i.monthly() > 0);
        assertThat(c.c4().components()).filteredOn(x -> x.containerId().equals("realtime-gateway")).extracting(Component::description)
                .anyMatch(d -> d.startsWith("Runs as AWS Lambda functions on the connect and disconnect routes"));
    }

    @Test
    void onAzureTheConnectionTableIsACosmosContainerAndTheHandlersAzureFunctions() {
        Consultation c = ValidDossiers.of(String.format(Locale.ROOT, RIDES, "azure", "westeurope"));

        Container table = c.c4().containers().stream().filter(x -> x.id().equals("connection-table")).findFirst().orElseThrow();
        assertThat(table.technology()).isEqualTo("Azure Cosmos DB for NoSQL (serverless, TTL)");
        assertThat(c.cost().items()).anyMatch(i -> "connection-table".equals(i.containerId()) && i.name().equals("Connection table writes"));
        assertThat(c.c4().components()).filteredOn(x -> x.containerId().equals("realtime-gateway")).extracting(Component::description)
                .anyMatch(d -> d.startsWith("Runs as Azure Functions on the connect"));
    }

    @Test
    void aGatewayTheTeamRunsHasNoConnectionTable() {
        Consultation c = ValidDossiers.of(String.format(Locale.ROOT, RIDES, "gcp", "us-central1"));

        assertThat(c.c4().containers()).extracting(Container::id).doesNotContain("connection-table");
    }
}
