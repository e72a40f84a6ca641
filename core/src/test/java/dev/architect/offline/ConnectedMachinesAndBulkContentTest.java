package dev.architect.offline;

import static org.assertj.core.api.Assertions.assertThat;

import dev.architect.dossier.Container;
import dev.architect.dossier.CostLineItem;
import dev.architect.dossier.DecisionTopic;
import dev.architect.dossier.Consultation;
import dev.architect.figures.Workload;
import dev.architect.offline.internal.archetype.Archetypes;
import dev.architect.offline.internal.catalog.RegimeEvidence;
import dev.architect.request.ComplianceRegime;
import dev.architect.request.ConsultationRequest;
import dev.architect.request.RequestReader;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Machines by any name that report over a device protocol and take commands are devices; bulk binary content (medical
 * images, DICOM studies) lives in object storage with the database keeping only its records; and a regime whose trigger is
 * children using the service needs children as users, not a passing mention of them.
 */
class ConnectedMachinesAndBulkContentTest {

    private static final ConsultationRequest PARKING_METERS = RequestReader.readString("""
            system: MeterMesh
            description: >
              Runs 8,000 parking meters across three cities. Meters connect over MQTT, report their status and coin box level
              every five minutes, and take firmware updates over the air; a meter that stops reporting is flagged to the field team.
            actors:
              - {name: Field technician, description: fixes meters and empties coin boxes}
            capabilities: [meter status, firmware updates, field work orders]
            load: {peakRequestsPerSecond: 60, readWriteRatio: 1, monthlyActiveUsers: 200}
            data: {initialVolumeGb: 20, growthGbPerMonth: 2, retentionYears: 3}
            team: {size: 5, expertise: [Java, PostgreSQL, AWS]}
            deployment: {cloud: aws, regions: [eu-west-1]}
            """);

    private static final ConsultationRequest VENDING = RequestReader.readString("""
            system: SnackNet
            description: >
              Plans the planograms and restocking routes of 3,000 vending machines in offices; drivers record what they refill.
            capabilities: [planograms, restocking routes]
            """);

    private static final ConsultationRequest VENDING_FLEET = RequestReader.readString("""
            system: SnackNet
            description: >
              Manages 3,000 vending machines in offices and stations. Each machine keeps a websocket open to the platform,
              reports its status, stock and temperature every minute, and operators start and stop remotely the machines' cooling and
              push firmware to them at night.
            actors:
              - {name: Route driver, description: restocks machines on a route}
            capabilities: [machine monitoring, restocking routes, remote control]
            load: {peakRequestsPerSecond: 80, readWriteRatio: 1, monthlyActiveUsers: 400}
            data: {initialVolumeGb: 30, growthGbPerMonth: 3, retentionYears: 2}
            team: {size: 6, expertise: [Kotlin, PostgreSQL, Azure]}
            deployment: {cloud: azure, regions: [westeurope]}
            """);

    private static final ConsultationRequest OCPP_CHARGERS = RequestReader.readString("""
            system: PlugPoint
            description: >
              Operates 4,000 public chargers in Spain. Chargers speak OCPP 2.0.1 and report meter values every minute;
              staff start and stop sessions remotely and roll out firmware updates.
            actors:
              - {name: Driver, description: starts a session in the app}
            capabilities: [charger connectivity, charging sessions, firmware updates]
            load: {peakRequestsPerSecond: 150, readWriteRatio: 2, monthlyActiveUsers: 20000}
            data: {initialVolumeGb: 40, growthGbPerMonth: 10, retentionYears: 5}
            team: {size: 8, expertise: [Java, PostgreSQL, Kafka]}
            deployment: {cloud: aws, regions: [eu-south-2]}
            """);

    private static final ConsultationRequest DENTAL_XRAYS = RequestReader.readString("""
            system: ToothArchive
            description: >
              A dental X-ray archive for 600 practices in the United States: each practice's imaging software sends DICOM images
              as they are taken, dentists view a patient's earlier X-rays beside the new ones, and images are kept for 10 years.
            actors:
              - {name: Dentist, description: views a patient's images}
            capabilities: [image intake, image viewing, retention]
            load: {peakRequestsPerSecond: 300, readWriteRatio: 4, monthlyActiveUsers: 3000}
            data: {initialVolumeGb: 200000, growthGbPerMonth: 8000, retentionYears: 10}
            team: {size: 6, expertise: [Java, PostgreSQL, AWS]}
            deployment: {cloud: aws, regions: [us-east-1]}
            """);

    private static final ConsultationRequest HOSPITAL_SCHEDULING = RequestReader.readString("""
            system: WardPlan
            description: >
              Schedules outpatient appointments for a hospital group in the United States. Clerks book visits, patients get
              reminders, and records of children are kept until they turn 21.
            actors:
              - {name: Clerk, description: books and moves appointments}
              - {name: Patient, description: receives reminders}
            capabilities: [appointment booking, reminders]
            deployment: {cloud: aws, regions: [us-east-1]}
            """);

    private static List<String> recognised(ConsultationRequest request) {
        return Archetypes.standard().recognise(request, Workload.of(request).capabilities()).stream().map(r -> r.archetype().id()).toList();
    }

    @Test
    void machinesReportingOverAProtocolWithFirmwareUpdatesAreDevicesThatTakeCommands() {
        assertThat(recognised(PARKING_METERS)).contains("telemetry-alerting", "device-commands");
        assertThat(recognised(VENDING_FLEET)).contains("telemetry-alerting", "device-commands");
        assertThat(recognised(OCPP_CHARGERS)).contains("telemetry-alerting", "device-commands");
    }

    @Test
    void machinesNamedWithoutEvidenceOfReportingOrCommandsAreNotDevices() {
        assertThat(recognised(VENDING)).doesNotContain("telemetry-alerting", "device-commands");
    }

    @Test
    void devicesOnMqttKeepTheBrokerPathWhileDevicesHoldingAWebSocketGetAWebSocketGateway() {
        Consultation mqtt = OfflineArchitect.create().consult(PARKING_METERS);
        assertThat(mqtt.decision(DecisionTopic.DEVICE_COMMANDS).orElseThrow().chosenOption()).contains("AWS IoT Core");
        assertThat(mqtt.decision(DecisionTopic.INGESTION).orElseThrow().chosenOption()).contains("MQTT");

        Consultation ocpp = OfflineArchitect.create().consult(OCPP_CHARGERS);
        assertThat(ocpp.decision(DecisionTopic.DEVICE_COMMANDS).orElseThrow().chosenOption())
                .isEqualTo("WebSocket gateway service (OCPP-J) on Amazon ECS behind a Network Load Balancer");
        assertThat(ocpp.decision(DecisionTopic.INGESTION).orElseThrow().chosenOption())
                .startsWith("WebSocket gateway service (OCPP-J) on Amazon ECS").doesNotContain("MQTT");
        assertThat(ocpp.c4().containers()).filteredOn(c -> c.id().equals("device-gateway")).singleElement()
                .extracting(Container::name).isEqualTo("Device WebSocket gateway");
        assertThat(ocpp.sequences()).flatExtracting(s -> s.steps().stream().map(x -> x.message()).toList())
                .noneMatch(step -> step.contains("topic"));
        assertThat(ocpp.cost().items()).filteredOn(i -> "device-gateway".equals(i.containerId())).isNotEmpty()
                .noneMatch(i -> i.name().contains("MQTT") || i.name().contains("IoT"));
    }

    @Test
    void medicalImagesLiveInObjectStorageAndTheDatabaseKeepsTheirRecords() {
        assertThat(recognised(DENTAL_XRAYS)).contains("files-media");
        Consultation c = OfflineArchitect.create().consult(DENTAL_XRAYS);
        double dbGb = c.cost().items().stream().filter(i -> "db".equals(i.containerId()) && i.id().equals("db-storage"))
                .mapToDouble(CostLineItem::quantity).sum();
        double filesGb = c.cost().items().stream().filter(i -> "file-store".equals(i.containerId()) && i.unit().equals("GB-month"))
                .mapToDouble(CostLineItem::quantity).sum();
        // 1% of 200,000 GB in the database (with its index overhead and copies), 99% as files in object storage
        assertThat(filesGb).isEqualTo(198_000);
        assertThat(dbGb).isLessThan(10_000);
        assertThat(c.cost().assumptions()).anyMatch(a -> a.startsWith("[as-object-data]") && a.contains("medical imaging studies")
                && a.contains("99% of the stated volume"));
        assertThat(c.cost().assumptions()).noneMatch(a -> a.startsWith("[product-limit-db]"));
        assertThat(c.cost().items()).filteredOn(i -> "analytics-warehouse".equals(i.containerId()) && i.unit().equals("GB-month"))
                .allMatch(i -> i.quantity() <= 2_000);
    }

    private static final ConsultationRequest CALL_REVIEWS = RequestReader.readString("""
            system: ToneCheck
            description: >
              A contact-centre quality service for 2,000 agents: every call is recorded, supervisors listen to the recordings
              and score them against a checklist, and agents see their scores and coaching notes. Recordings are kept 2 years.
            actors:
              - {name: Supervisor, description: scores recorded calls}
              - {name: Agent, description: reads scores and coaching notes}
            capabilities: [call recordings, scorecards, coaching notes]
            load: {peakRequestsPerSecond: 200, readWriteRatio: 5, monthlyActiveUsers: 2500}
            data: {initialVolumeGb: 20000, growthGbPerMonth: 3000, retentionYears: 2}
            team: {size: 5, expertise: [C#, SQL Server, Azure]}
            deployment: {cloud: azure, regions: [uksouth]}
            """);

    private static final ConsultationRequest WEBINARS = RequestReader.readString("""
            system: ClassCast
            description: >
              Live webinars for training companies: presenters share slides and video, attendees ask questions, and the screen
              recordings are published to attendees afterwards for 90 days.
            capabilities: [webinar scheduling, live sessions, questions, replays]
            load: {peakRequestsPerSecond: 800, readWriteRatio: 12, monthlyActiveUsers: 90000}
            data: {initialVolumeGb: 5000, growthGbPerMonth: 8000, retentionYears: 1}
            team: {size: 7, expertise: [TypeScript, Node.js, PostgreSQL]}
            deployment: {cloud: gcp, regions: [europe-west1]}
            """);

    @Test
    void recordingsNamedWithoutASizeLiveInObjectStorageAndTheDatabaseKeepsOnlyTheirRows() {
        // Before, recordings with no size stated took the generic split: 10% of the stated volume in the database
        // (20,000 GB x 10% = 2,000 GB at launch, and 300 of each month's 3,000 GB). Recordings are tens of MB each: one
        // 10-KB row a recording is 10 KB / 50 MB = 0.02% of the bytes, below the 1% floor, so the database keeps 1%
        // (200 GB) and object storage 99% (19,800 GB)
        Consultation c = OfflineArchitect.create().consult(CALL_REVIEWS);
        assertThat(c.cost().assumptions()).anyMatch(a -> a.startsWith("[as-object-data]") && a.contains("audio or video recordings")
                && a.contains("('recordings')") && a.contains("99% of the stated volume"));
        assertThat(fileGb(c)).isEqualTo(19_800);
        // and the uploads a month are counted at that size, not as 2-MB documents and images
        assertThat(c.cost().assumptions()).noneMatch(a -> a.startsWith("[as-file-size]"));
    }

    @Test
    void screenRecordingsAreVideoFootage() {
        // 5,000 GB at launch x 99% = 4,950 GB of video in object storage; the database keeps 1%
        Consultation c = OfflineArchitect.create().consult(WEBINARS);
        assertThat(c.cost().assumptions()).anyMatch(a -> a.startsWith("[as-object-data]") && a.contains("video footage")
                && a.contains("('screen recording')") && a.contains("99% of the stated volume"));
        assertThat(fileGb(c)).isEqualTo(4_950);
    }

    /** Month one's GB-months of files in object storage, in any storage class. */
    private static double fileGb(Consultation c) {
        return c.cost().items().stream().filter(i -> "file-store".equals(i.containerId()) && i.unit().equals("GB-month"))
                .mapToDouble(CostLineItem::quantity).sum();
    }

    @Test
    void childrenWhoseRecordsAreKeptAreNotUsersSoCoppaIsNotSuggested() {
        assertThat(RegimeEvidence.standard().suggested(HOSPITAL_SCHEDULING)).isEmpty();
        assertThat(RegimeEvidence.standard().suggested(DENTAL_XRAYS)).extracting(RegimeEvidence.Suggestion::regime)
                .doesNotContain(ComplianceRegime.COPPA);
    }

    @Test
    void childrenAsActorsOrAServiceForKidsStillSuggestCoppa() {
        ConsultationRequest actor = RequestReader.readString("""
                system: StoryTime
                description: A reading app; parents pick books and track progress.
                actors:
                  - {name: Child, description: reads stories and answers questions}
                  - {name: Parent, description: picks books}
                capabilities: [stories, progress]
                deployment: {cloud: aws, regions: [us-east-1]}
                """);
        assertThat(RegimeEvidence.standard().suggested(actor)).extracting(RegimeEvidence.Suggestion::because)
                .containsExactly("The request says 'Child' (children under 13) and deploys to us-east-1 in the United States");
        ConsultationRequest forKids = RequestReader.readString("""
                system: DoodleBox
                description: A drawing game for kids, played on tablets at home.
                capabilities: [drawings, galleries]
                deployment: {cloud: aws, regions: [us-east-1]}
                """);
        assertThat(RegimeEvidence.standard().suggested(forKids)).extracting(RegimeEvidence.Suggestion::regime).containsExactly(ComplianceRegime.COPPA);
    }
}
