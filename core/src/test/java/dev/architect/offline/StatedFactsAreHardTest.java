package dev.architect.offline;

import static org.assertj.core.api.Assertions.assertThat;

import dev.architect.dossier.Consultation;
import dev.architect.dossier.Decision;
import dev.architect.dossier.DecisionTopic;
import dev.architect.dossier.Entity;
import dev.architect.dossier.SoftwareSystem;
import dev.architect.request.Availability;
import dev.architect.request.Cloud;
import dev.architect.request.ConsultationRequest;
import dev.architect.request.Deployment;
import dev.architect.request.Load;
import dev.architect.request.Team;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * What a request states is a fact the design starts from, not a driver to weigh: listed regions are where the system
 * runs, whatever the availability target.
 */
class StatedFactsAreHardTest {

    /** A ferry operator's booking system, listed in two regions with only a 99.9% target. */
    private static ConsultationRequest ferryBooking(List<String> regions) {
        return ConsultationRequest.builder("Tidewater", "Ticket booking for a ferry operator's crossings and vehicle decks")
                .capabilities("sailings", "bookings", "vehicle deck allocation", "boarding passes")
                .integration("Email gateway", "boarding passes by email")
                .load(new Load(300.0, 6.0, null, null))
                .availability(new Availability(99.9, 15, 60))
                .team(new Team(7, List.of("Java", "PostgreSQL")))
                .deployment(new Deployment(Cloud.of("aws"), regions)).build();
    }

    private static Decision availability(Consultation c) {
        return c.decision(DecisionTopic.AVAILABILITY).orElseThrow();
    }

    @Test
    void twoListedRegionsMeanTheDesignRunsInBothEvenAtALooseTarget() {
        Decision twoRegions = availability(OfflineArchitect.create().consult(ferryBooking(List.of("eu-west-1", "eu-north-1"))));
        assertThat(twoRegions.chosenOption()).startsWith("Multi-region");
        assertThat(twoRegions.rationale()).doesNotContain("needs availability target >= ");

        Decision oneRegion = availability(OfflineArchitect.create().consult(ferryBooking(List.of("eu-west-1"))));
        assertThat(oneRegion.chosenOption()).doesNotStartWith("Multi-region");
    }

    /** Beehive scales that publish their weight over MQTT, a few hundred readings a second. */
    private static ConsultationRequest hiveScales(String cloud, String deviceWords) {
        return ConsultationRequest.builder("Apiary", "Remote monitoring of beehive weight and temperature for beekeepers")
                .actor("Hive scale", deviceWords)
                .capabilities("telemetry ingestion", "swarm alerts", "hive history")
                .load(new Load(400.0, 0.2, null, null))
                .team(new Team(4, List.of("Python", "PostgreSQL")))
                .deployment(new Deployment(Cloud.of(cloud), List.of())).build();
    }

    @Test
    void aNamedDeviceProtocolIsTheIngestionPathWhateverTheRate() {
        for (String cloud : List.of("aws", "azure", "gcp")) {
            Decision mqtt = OfflineArchitect.create().consult(hiveScales(cloud, "publishes readings over MQTT every minute"))
                    .decision(DecisionTopic.INGESTION).orElseThrow();
            assertThat(mqtt.chosenOption()).as(cloud).contains("MQTT");
            assertThat(mqtt.rationale()).as(cloud).doesNotContain("events published at peak >= ");
        }
        Decision unnamed = OfflineArchitect.create().consult(hiveScales("aws", "sends readings every minute"))
                .decision(DecisionTopic.INGESTION).orElseThrow();
        assertThat(unnamed.chosenOption()).doesNotContain("MQTT");
    }

    /** A university library's lending app whose students already sign in at the campus directory. */
    private static ConsultationRequest libraryLending(String identityPurpose) {
        return ConsultationRequest.builder("Stacks", "Book and laptop lending for a university library, with holds and overdue notices")
                .capabilities("catalogue items", "loans", "holds", "overdue notices", "user accounts")
                .integration("Campus directory", identityPurpose)
                .integration("Email gateway", "overdue notices by email")
                .load(new Load(80.0, 10.0, null, null))
                .team(new Team(5, List.of("Java", "PostgreSQL")))
                .deployment(new Deployment(Cloud.of("azure"), List.of("westeurope"))).build();
    }

    @Test
    void anIntegrationNamedAsTheIdentitySourceIsFederatedWithNotReplacedByANewUserPool() {
        Consultation c = OfflineArchitect.create().consult(libraryLending("student and staff single sign-on (SAML)"));
        Decision identity = c.decision(DecisionTopic.SECURITY).orElseThrow();
        assertThat(identity.chosenOption()).contains("Federation with the existing identity source");
        assertThat(c.c4().systems()).filteredOn(s -> s.name().equals("Campus directory")).hasSize(1)
                .allMatch(s -> s.description().contains("federated"));
        assertThat(c.cost().items()).noneMatch(i -> i.name().contains("Identity provider users"));
        // The cloud's own user pool is set aside for the named source, not "suiting equally".
        assertThat(identity.rationale()).doesNotContain("would suit these figures equally").contains("identity source");

        Consultation elsewhere = OfflineArchitect.create().consult(libraryLending("course enrolments for borrowing rights"));
        // Without a named source, federation is not an option worth showing.
        assertThat(elsewhere.decision(DecisionTopic.SECURITY).orElseThrow().options()).noneMatch(o -> o.name().contains("Federation"));
        assertThat(elsewhere.decision(DecisionTopic.SECURITY).orElseThrow().chosenOption()).doesNotContain("Federation");
    }

    private static List<String> tables(Consultation c) {
        return c.dataModel().entities().stream().map(Entity::name).toList();
    }

    private static List<String> systems(Consultation c) {
        return c.c4().systems().stream().map(SoftwareSystem::name).toList();
    }

    /** A writing app with paid plans whose subscriptions a billing vendor runs: no card ledger of our own. */
    @Test
    void aNamedBillingVendorRunsTheSubscriptionsNotAHomeGrownCardLedger() {
        Consultation c = OfflineArchitect.create().consult(ConsultationRequest.builder("Quillnote", "Note-taking for novelists, with paid plans")
                .capabilities("notebooks", "notes", "subscriptions")
                .integration("Paddle", "subscription billing and invoices")
                .load(new Load(150.0, 9.0, null, null)).team(new Team(4, List.of("TypeScript", "PostgreSQL")))
                .deployment(new Deployment(Cloud.of("aws"), List.of())).build());
        assertThat(tables(c)).contains("customer_subscription", "billing_event").doesNotContain("payment", "ledger_entry");
        assertThat(c.decision(DecisionTopic.LEDGER)).isEmpty();
        assertThat(systems(c)).contains("Paddle").noneMatch(n -> n.contains("to be chosen"));
    }

    /** Recorded acting lessons delivered through a named streaming platform: streamed, not a WebRTC meeting. */
    @Test
    void aNamedStreamingPlatformDeliversTheVideoNotAMeetingProduct() {
        Consultation c = OfflineArchitect.create().consult(ConsultationRequest.builder("Stagecraft",
                        "Online acting courses: recorded video lessons streamed to enrolled students")
                .capabilities("courses", "video lessons", "enrolments")
                .integration("Bunny Stream", "video encoding and streaming")
                .load(new Load(400.0, 30.0, null, null)).team(new Team(6, List.of("Ruby", "Rails", "PostgreSQL")))
                .deployment(new Deployment(Cloud.of("gcp"), List.of())).build());
        assertThat(c.decision(DecisionTopic.VIDEO)).isEmpty();
        // "Streamed to" students means the platform's CDN, not a realtime gateway of our own.
        assertThat(c.decision(DecisionTopic.REALTIME_TRANSPORT)).isEmpty();
        assertThat(tables(c)).contains("video_asset").doesNotContain("video_session");
        assertThat(systems(c)).contains("Bunny Stream").noneMatch(n -> n.contains("WebRTC") || n.contains("Video platform"));
    }
}
