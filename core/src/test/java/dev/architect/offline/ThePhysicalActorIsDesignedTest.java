package dev.architect.offline;

import static org.assertj.core.api.Assertions.assertThat;

import dev.architect.dossier.ApiOperation;
import dev.architect.dossier.Consultation;
import dev.architect.dossier.Container;
import dev.architect.dossier.Entity;
import dev.architect.dossier.SequenceDiagram;
import dev.architect.testing.ValidDossiers;
import org.junit.jupiter.api.Test;

/**
 * The thing that actually acts is designed, not a default device: plates read by cameras on a moving vehicle are checked
 * by an in-vehicle ALPR unit with its own index; refills asked for by text message arrive through the SMS provider's
 * inbound webhook, once per message id; an app whose users never sign in calls the public API with no sign-in.
 */
class ThePhysicalActorIsDesignedTest {

    @Test
    void platesReadByCamerasOnVansAreCheckedByAnInVehicleAlprUnit() {
        Consultation c = ValidDossiers.of("""
                system: ZoneWatch
                description: >
                  Parking enforcement for a town of 90,000. Residents buy zone permits online; two vans with roof cameras read
                  number plates while driving through the zones and check them against the permits; a warden confirms each
                  penalty notice on a handheld.
                goals: [plate check answered within 200 ms]
                actors:
                  - {name: Resident, description: buys permits}
                  - {name: Warden, description: confirms penalty notices on a handheld}
                capabilities: [permits, plate checks, penalty notices]
                load: {peakRequestsPerSecond: 30}
                team: {size: 3, expertise: [Java, PostgreSQL]}
                deployment: {cloud: on-prem}
                """);

        assertThat(c.c4().containers()).extracting(Container::id).contains("alpr-unit");
        SequenceDiagram check = c.sequences().stream().filter(s -> s.id().equals("seq-check-right")).findFirst().orElseThrow();
        assertThat(check.participants()).contains("alpr-unit");
        assertThat(check.steps()).anyMatch(s -> s.from().equals("alpr-unit") && s.message().contains("in-vehicle index"));
        assertThat(c.dataModel().entities()).extracting(Entity::name).contains("plate_read_retention");
        // The unit is bought equipment: the cost says no line prices it, never that another container's lines do.
        assertThat(c.cost().assumptions()).filteredOn(x -> x.startsWith("[part-alpr-unit]")).singleElement()
                .satisfies(x -> assertThat(x).contains("equipment the organisation buys").doesNotContain("priced in that container"));
        // The warden's handheld is a handheld, not a barcode scanner the request never mentions.
        assertThat(c.c4().containers()).filteredOn(x -> x.id().equals("handheld-app")).singleElement()
                .satisfies(x -> assertThat(x.technology()).doesNotContain("barcode"));
    }

    @Test
    void officersCheckingOnFootKeepTheHandheldCheck() {
        Consultation c = ArchetypeDossiersTest.consult("river-fishing-permits");

        assertThat(c.c4().containers()).extracting(Container::id).doesNotContain("alpr-unit");
        assertThat(c.sequences()).filteredOn(s -> s.id().equals("seq-check-right")).singleElement()
                .satisfies(s -> assertThat(s.participants()).doesNotContain("alpr-unit"));
    }

    @Test
    void refillsAskedForByTextMessageArriveThroughTheInboundWebhookOncePerMessage() {
        Consultation c = ValidDossiers.of("""
                system: CornerRx
                description: >
                  Refills for a group of 12 pharmacies in Ohio. Patients request refills by text message or on the web; a
                  pharmacist verifies each fill before it is dispensed.
                actors:
                  - {name: Patient, description: requests refills}
                  - {name: Pharmacist, description: verifies fills}
                capabilities: [refill requests, pharmacist verification]
                load: {peakRequestsPerSecond: 15}
                team: {size: 3, expertise: [Java, PostgreSQL]}
                deployment: {cloud: aws, regions: [us-east-2]}
                """);

        assertThat(c.apis()).flatExtracting(a -> a.operations()).extracting(ApiOperation::operationId).contains("receiveInboundSms");
        Entity sms = c.dataModel().entities().stream().filter(e -> e.name().equals("inbound_sms")).findFirst().orElseThrow();
        assertThat(sms.indexes()).anySatisfy(i -> {
            assertThat(i.fields()).containsExactly("provider_message_id");
            assertThat(i.unique()).isTrue();
        });
        assertThat(c.sequences()).filteredOn(s -> s.id().equals("seq-refill-by-text")).singleElement()
                .satisfies(s -> assertThat(s.steps()).anyMatch(x -> x.message().contains("message id as its idempotency key")));
    }

    @Test
    void refillsAskedForOnlyOnTheWebHaveNoInboundTextPath() {
        Consultation c = ValidDossiers.of("""
                system: CornerRx
                description: Refills for a group of 12 pharmacies in Ohio. Patients request refills on the web; a pharmacist verifies each fill.
                capabilities: [refill requests, pharmacist verification]
                load: {peakRequestsPerSecond: 15}
                team: {size: 3, expertise: [Java, PostgreSQL]}
                deployment: {cloud: aws, regions: [us-east-2]}
                """);

        assertThat(c.apis()).flatExtracting(a -> a.operations()).extracting(ApiOperation::operationId).doesNotContain("receiveInboundSms");
    }

    @Test
    void anAppWhoseUsersNeverSignInCallsThePublicApiWithNoSignIn() {
        Consultation c = ValidDossiers.of("""
                system: TideTables
                description: Tide and weather tables for 3,000 harbours, read by sailors on the mobile app; harbour masters edit the tables on the web.
                actors:
                  - {name: Sailor, description: reads tables on the mobile app and never signs in}
                  - {name: Harbour master, description: edits the tables of their harbour}
                capabilities: [tide tables, harbour editing]
                load: {peakRequestsPerSecond: 200}
                team: {size: 3, expertise: [Java, PostgreSQL]}
                deployment: {cloud: aws, regions: [eu-west-1]}
                """);

        assertThat(c.c4().relationships()).filteredOn(r -> r.sourceId().equals("mobile-app"))
                .noneMatch(r -> r.description().startsWith("Signs users in"))
                .anyMatch(r -> r.description().contains("without signing in") && r.technology().contains("rate-limited"));
    }

    @Test
    void anAppWhoseUsersSignInStillSignsIn() {
        Consultation c = ValidDossiers.of("""
                system: TideTables
                description: Tide tables for 3,000 harbours; sailors save their harbours on the mobile app.
                actors:
                  - {name: Sailor, description: saves harbours on the mobile app}
                capabilities: [tide tables, saved harbours]
                load: {peakRequestsPerSecond: 200}
                team: {size: 3, expertise: [Java, PostgreSQL]}
                deployment: {cloud: aws, regions: [eu-west-1]}
                """);

        assertThat(c.c4().relationships()).filteredOn(r -> r.sourceId().equals("mobile-app")).anyMatch(r -> r.description().startsWith("Signs users in"));
    }
}
