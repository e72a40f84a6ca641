package dev.architect.offline;

import static org.assertj.core.api.Assertions.assertThat;

import dev.architect.dossier.Consultation;
import dev.architect.dossier.Container;
import dev.architect.dossier.ContainerKind;
import dev.architect.dossier.CostLineItem;
import dev.architect.dossier.DecisionTopic;
import dev.architect.dossier.Entity;
import dev.architect.dossier.MessageKind;
import dev.architect.dossier.SequenceDiagram;
import dev.architect.dossier.SequenceStep;
import dev.architect.request.ConsultationRequest;
import dev.architect.request.RequestReader;
import dev.architect.validation.DossierValidator;
import dev.architect.validation.ValidationReport;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Mechanisms that cross stores and sites: a purge reaches every store that holds what it deletes, one store at a time and
 * recorded in a ledger it resumes from, never "in one transaction" across them; a state has one writer, so a store
 * system's events reach a fill through the service that owns it; and what a site's gateway kept while its link was down
 * comes in along the ingestion path the design chose, not to a hub it set aside nor through the application people use.
 */
class MechanismsAcrossStoresTest {

    private static Consultation consult(String yaml) {
        ConsultationRequest request = RequestReader.readString(yaml);
        Consultation c = OfflineArchitect.create().consult(request);
        ValidationReport report = DossierValidator.validate(c, request);
        assertThat(report.hasErrors()).as(report.describe()).isFalse();
        return c;
    }

    private static SequenceDiagram sequence(Consultation c, String id) {
        return c.sequences().stream().filter(s -> s.id().equals(id)).findFirst().orElseThrow(() -> new AssertionError("no " + id));
    }

    private static Container container(Consultation c, String id) {
        return c.c4().containers().stream().filter(x -> x.id().equals(id)).findFirst().orElseThrow(() -> new AssertionError("no " + id));
    }

    private static Entity entity(Consultation c, String name) {
        return c.dataModel().entities().stream().filter(e -> e.name().equals(name)).findFirst().orElseThrow(() -> new AssertionError("no " + name));
    }

    /** A contract archive whose scanned files live in object storage, purged by the periods its records admin sets. */
    private static final String CONTRACT_ARCHIVE = """
            system: Pactfile
            description: >
              A contract archive for mid-sized companies. Staff upload signed contracts as scanned PDFs of about 6 MB each;
              each company's records admin sets how long each kind of contract is kept and puts contracts on hold during a
              dispute, and the archive deletes what is past its period.
            actors:
              - {name: Staff member, description: uploads and finds contracts}
              - {name: Records admin, description: manages retention and holds}
            capabilities: [contracts, contract search]
            load: {peakRequestsPerSecond: 80, readWriteRatio: 6, monthlyActiveUsers: 20000}
            deployment: {cloud: aws, regions: [eu-west-1]}
            """;

    @Test
    void aPurgeReachesEveryStoreOneStepAtATimeRecordedInALedgerItResumesFrom() {
        Consultation c = consult(CONTRACT_ARCHIVE);

        assertThat(ArchetypeDossiersTest.recognisedArchetypes(c)).contains("retention-purge", "files-media");
        // The ledger: one run per policy and cut-off, one step per store and batch.
        assertThat(entity(c, "purge_run").indexes()).anySatisfy(i -> {
            assertThat(i.fields()).endsWith("policy_id", "cut_off");
            assertThat(i.unique()).isTrue();
        });
        assertThat(entity(c, "purge_step").indexes()).anySatisfy(i -> {
            assertThat(i.fields()).endsWith("deletion_id", "target");
            assertThat(i.unique()).isTrue();
        });
        assertThat(entity(c, "purge_step").constraints()).anySatisfy(k -> assertThat(k.values()).containsExactly("DATABASE_ROWS", "OBJECT_FILES", "OTHER_SERVICES"));
        assertThat(entity(c, "retention_deletion").fields()).anySatisfy(f -> assertThat(f.name()).isEqualTo("run_id"));

        // Each store on its own terms: rows in one transaction of their database, files by key in object storage, other
        // services' copies through the purge event; nothing deleted "in one transaction" across them.
        SequenceDiagram purge = sequence(c, "seq-purge-past-retention");
        List<String> objectStores = c.c4().containers().stream().filter(x -> x.kind() == ContainerKind.OBJECT_STORE).map(Container::id).toList();
        assertThat(objectStores).isNotEmpty();
        assertThat(purge.steps()).anySatisfy(s -> {
            assertThat(s.from()).isEqualTo("retention-purger");
            assertThat(objectStores).contains(s.to());
            assertThat(s.message()).contains("by their keys");
        });
        assertThat(purge.steps()).anySatisfy(s -> {
            assertThat(s.from()).isEqualTo("retention-purger");
            assertThat(s.kind()).isEqualTo(MessageKind.ASYNC);
            assertThat(s.message()).startsWith("retention.purged");
        });
        assertThat(purge.steps()).extracting(SequenceStep::message).noneMatch(m -> m.contains("snapshots and exports, and insert its deletion record, in one transaction"))
                .anyMatch(m -> m.contains("resumes from its last item"));
        // The period is set by the person the request gives retention to, and the purger is drawn to the file store it empties.
        assertThat(purge.steps().get(0).from()).isEqualTo(c.c4().people().stream()
                .filter(a -> a.name().equals("Records admin")).findFirst().orElseThrow().id());
        assertThat(c.c4().relationships()).anySatisfy(r -> {
            assertThat(r.sourceId()).isEqualTo("retention-purger");
            assertThat(objectStores).contains(r.destinationId());
        });
        assertThat(container(c, "retention-purger").description()).startsWith("A scheduled job of its own");
        // Priced as the job it is.
        assertThat(c.cost().items()).extracting(CostLineItem::containerId).contains("retention-purger");
    }

    @Test
    void aPurgeInADesignWithoutFilesHasNoStepOnObjectStorage() {
        Consultation c = consult("""
                system: Minutely
                description: Shared meeting minutes for teams, written together in the browser.
                actors:
                  - {name: Member, description: writes and reads minutes}
                  - {name: Team admin, description: manages members and retention}
                capabilities: [minutes, teams]
                load: {peakRequestsPerSecond: 200, readWriteRatio: 3, monthlyActiveUsers: 50000}
                deployment: {cloud: gcp, regions: [europe-west1]}
                """);

        assertThat(c.c4().containers()).noneMatch(x -> x.kind() == ContainerKind.OBJECT_STORE);
        SequenceDiagram purge = sequence(c, "seq-purge-past-retention");
        assertThat(purge.steps()).extracting(SequenceStep::message).noneMatch(m -> m.contains("by their keys"))
                .anyMatch(m -> m.contains("in one transaction of this database"));
        assertThat(purge.steps()).allSatisfy(s -> assertThat(s.from()).isNotNull());
        assertThat(purge.steps()).allSatisfy(s -> assertThat(s.to()).isNotNull());
    }

    @Test
    void aStoreSystemsEventsMoveAFillThroughTheServiceThatOwnsItsStates() {
        Consultation c = ArchetypeDossiersTest.consult("county-pharmacies");

        SequenceDiagram toStore = sequence(c, "seq-fill-to-store-system");
        List<String> databases = c.c4().containers().stream().filter(x -> x.kind() == ContainerKind.DATABASE).map(Container::id).toList();
        // The connector never writes a fill's state into the database; it hands the store's event to the fill's owner.
        assertThat(toStore.steps()).filteredOn(s -> s.from().equals("store-connector") && databases.contains(s.to()))
                .isNotEmpty().extracting(SequenceStep::message).noneMatch(m -> m.contains("DISPENSED") || m.contains("move the fill"));
        assertThat(toStore.steps()).anySatisfy(s -> {
            assertThat(s.from()).isEqualTo("store-connector");
            assertThat(container(c, s.to()).kind()).isIn(ContainerKind.SERVICE, ContainerKind.API_GATEWAY);
            assertThat(s.message()).contains("/dispensing").contains("Idempotency-Key").contains("one writer");
        });
    }

    @Test
    void aSiteGatewayForwardsAlongTheChosenIngestionPathNotToAHubItSetAside() {
        // Azure with readings posted to an ingestion API: Event Hubs is the path, and IoT Edge forwards only to IoT Hub.
        Consultation c = consult("""
                system: Tidemark
                description: >
                  Monitoring for 30 tidal turbines at 6 coastal sites. Each site's gateway sends every turbine's readings each
                  second; the sites' links drop for hours in storms and no readings may be lost. An alert fires when a bearing
                  runs hot for a minute.
                goals: [no readings lost when a site's link drops, alert within a minute]
                actors:
                  - {name: Operations engineer, description: watches alerts and trends}
                capabilities: [sensor ingestion, bearing alerts, trend charts]
                load: {peakRequestsPerSecond: 1500, readWriteRatio: 1}
                team: {size: 8, expertise: [Python, Azure]}
                deployment: {cloud: azure, regions: [northeurope]}
                """);

        assertThat(ArchetypeDossiersTest.recognisedArchetypes(c)).contains("edge-store-and-forward");
        assertThat(c.decision(DecisionTopic.INGESTION).orElseThrow().chosenOption()).doesNotContain("IoT Hub");
        assertThat(c.decision(DecisionTopic.EDGE_BUFFER).orElseThrow().chosenOption()).doesNotContain("IoT Edge").contains("agent of our own");
        assertThat(container(c, "site-buffer").technology()).doesNotContain("IoT Edge");
        // The replay goes where every reading goes: the service that takes readings in (or the gateway in front of it).
        SequenceDiagram replay = sequence(c, "seq-replay-after-link-drop");
        SequenceStep post = replay.steps().stream().filter(s -> s.message().startsWith("POST /ingest/batches")).findFirst().orElseThrow();
        String ingestion = c.sequences().stream().filter(s -> s.id().endsWith("-ingest")).findFirst().orElseThrow()
                .steps().get(0).to();
        assertThat(post.to()).isEqualTo(ingestion);
    }

    @Test
    void onAwsTheEdgeRuntimeForwardsIntoTheChosenStream() {
        // Thousands of readings a second go through Kinesis Data Streams, where Greengrass's stream manager exports.
        Consultation c = consult("""
                system: Minewatch
                description: >
                  Monitoring of ventilation fans at 12 underground mines. Each mine's gateway sends every fan's vibration and
                  airflow each second; the mines' links drop for hours and no readings may be lost. An alert fires when a fan
                  slows for a minute.
                goals: [no readings lost when a mine's link drops]
                actors:
                  - {name: Ventilation engineer, description: watches alerts}
                capabilities: [sensor ingestion, fan alerts, trend charts]
                load: {peakRequestsPerSecond: 4000, readWriteRatio: 1}
                team: {size: 8, expertise: [Python, AWS]}
                deployment: {cloud: aws, regions: [ca-central-1]}
                """);

        assertThat(c.decision(DecisionTopic.INGESTION).orElseThrow().chosenOption()).contains("Kinesis");
        assertThat(c.decision(DecisionTopic.EDGE_BUFFER).orElseThrow().chosenOption()).contains("AWS IoT Greengrass");
    }

    @Test
    void aSiteGatewayUsesTheCloudsEdgeRuntimeWhereReadingsComeInThroughItsHub() {
        // Devices that speak MQTT come in through Azure IoT Hub, where IoT Edge's offline store forwards.
        Consultation c = consult("""
                system: Silowatch
                description: >
                  Monitoring of grain silos at 25 farms. Each farm's gateway publishes the silos' temperature and humidity
                  over MQTT every 10 seconds; the farms' links drop for hours and no readings may be lost. An alert fires when
                  a silo heats up.
                goals: [no readings lost when a farm's link drops]
                actors:
                  - {name: Farm manager, description: watches alerts}
                capabilities: [sensor ingestion, heat alerts, trend charts]
                load: {peakRequestsPerSecond: 1200, readWriteRatio: 1}
                team: {size: 6, expertise: [C#, Azure]}
                deployment: {cloud: azure, regions: [westeurope]}
                """);

        assertThat(c.decision(DecisionTopic.INGESTION).orElseThrow().chosenOption()).contains("IoT Hub");
        assertThat(c.decision(DecisionTopic.EDGE_BUFFER).orElseThrow().chosenOption()).contains("IoT Edge");
    }

    @Test
    void everyStoreHoldingATenantsDataSaysHowItKeepsTenantsApart() {
        // A multi-tenant analytics product: readings in Azure Data Explorer, events on a stream, reports as files.
        Consultation c = consult("""
                system: Fleetlens
                description: >
                  A multi-tenant analytics SaaS for logistics companies: each customer company's 2,000 trucks send engine
                  and fuel readings every 10 seconds, kept 2 years, and the company's analysts chart trends and export
                  reports. One company must never see another's data.
                actors:
                  - {name: Analyst, description: charts trends and exports reports}
                capabilities: [telemetry ingestion, trend charts, report exports]
                load: {peakRequestsPerSecond: 3000, readWriteRatio: 1, monthlyActiveUsers: 3000}
                team: {size: 10, expertise: [Python, Azure]}
                deployment: {cloud: azure, regions: [westeurope]}
                """);

        List<Container> telemetry = c.c4().containers().stream().filter(x -> x.technology() != null && x.technology().contains("Azure Data Explorer")).toList();
        assertThat(telemetry).as("a store on Azure Data Explorer").isNotEmpty()
                .allSatisfy(x -> assertThat(x.description()).contains("tenants kept apart by a row-level security policy"));
        assertThat(c.c4().containers()).filteredOn(x -> x.kind() == ContainerKind.MESSAGE_BROKER).isNotEmpty()
                .allSatisfy(x -> assertThat(x.description()).contains("tenant_id in every event's key"));
        // The relational database keeps tenants apart by its rows' policy, in the data model, not by a sentence.
        assertThat(c.c4().containers()).filteredOn(x -> x.kind() == ContainerKind.DATABASE && x.technology().contains("PostgreSQL"))
                .allSatisfy(x -> assertThat(x.description()).doesNotContain("tenants kept apart"));
        assertThat(c.dataModel().entities()).anySatisfy(e -> assertThat(e.constraints()).anySatisfy(k -> assertThat(k.kind())
                .isEqualTo(dev.architect.dossier.ConstraintKind.TENANT_ISOLATED)));
    }

    @Test
    void aSingleTenantDesignSaysNothingOfTenants() {
        Consultation c = consult(CONTRACT_ARCHIVE.replace("mid-sized companies", "one law firm").replace("each company's", "the firm's"));

        assertThat(c.c4().containers()).noneMatch(x -> x.description().contains("tenants kept apart"));
    }
}
