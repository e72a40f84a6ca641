package dev.architect.offline;

import static dev.architect.offline.ArchetypeDossiersTest.assertDesigns;
import static dev.architect.offline.ArchetypeDossiersTest.consult;
import static org.assertj.core.api.Assertions.assertThat;

import dev.architect.dossier.Consultation;
import dev.architect.dossier.Container;
import dev.architect.dossier.Decision;
import dev.architect.dossier.DecisionTopic;
import dev.architect.dossier.Entity;
import dev.architect.dossier.EntityField;
import dev.architect.dossier.EntityIndex;
import dev.architect.dossier.SequenceDiagram;
import dev.architect.dossier.SequenceStep;
import dev.architect.offline.ArchetypeDossiersTest.Expected;
import dev.architect.offline.internal.archetype.Archetypes;
import dev.architect.request.RequestReader;
import dev.architect.validation.DossierValidator;
import dev.architect.validation.ValidationReport;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A requirement the request states is designed, never dropped to make the text agree, and a goal the request states gets
 * a mechanism: every record that grants the right a check looks for (a paid parking session beside permits) has its own
 * table and feeds the index; a limited entitlement (a prescription's refills) is reserved when asked for, consumed only
 * when fulfilled and given back otherwise; readings kept at a site whose link drops; a chain's store dispensing systems;
 * the trail of a dispatched job. Each on a request written for it, with what its dossier must contain.
 */
class RequirementsKeptAndGoalsGivenMechanismsTest {

    static Stream<Expected> table() {
        return Stream.of(
                // Plates checked against permits and paid sessions: the paid session is a record of its own, paid through the provider.
                new Expected("harbour-parking", Set.of("permits-passes", "paid-sessions", "right-enforcement", "payments-ledger"),
                        List.of("right-index"),
                        List.of("permit", "visitor_pass", "session_tariff", "paid_session", "valid_right"),
                        List.of("paid_session:ORDERED", "paid_session:ONE_OF", "session_tariff:AT_MOST"),
                        List.of("startPaidSession", "extendPaidSession", "listPaidSessions", "checkRight"),
                        List.of("seq-start-paid-session", "seq-check-right"),
                        List.of()),
                // Refills reserved when asked for and settled when the fill ends.
                new Expected("repeat-prescriptions", Set.of("prescription-dispensing"),
                        List.of("erx-gateway"),
                        List.of("prescription", "fill_request"),
                        List.of("prescription:NOT_NEGATIVE", "prescription:AT_MOST", "fill_request:ONE_OF"),
                        List.of("requestRefill", "verifyFill", "dispenseFill", "cancelFill"),
                        List.of("seq-refill-to-verification", "seq-settle-refill"),
                        List.of()),
                // A chain's stores dispense in their own systems: a connector, a queue with retries, events back, reconciliation.
                new Expected("county-pharmacies", Set.of("prescription-dispensing", "store-dispensing-integration"),
                        List.of("store-connector"),
                        List.of("store_system", "store_dispatch", "store_event", "store_reconciliation"),
                        List.of("store_dispatch:ONE_OF", "store_event:APPEND_ONLY", "store_reconciliation:AT_MOST"),
                        List.of("receiveStoreEvent", "listStoreDispatches"),
                        List.of("seq-fill-to-store-system"),
                        List.of()),
                // Platforms whose satellite links drop keep their readings and replay them once.
                new Expected("offshore-platform-sensors", Set.of("telemetry-alerting", "time-series-history", "edge-store-and-forward"),
                        List.of("site-buffer"),
                        List.of("ingest_watermark", "ingest_batch"),
                        List.of("ingest_batch:AT_MOST", "ingest_watermark:AT_MOST"),
                        List.of("ingestSequencedBatch", "getIngestWatermark"),
                        List.of("seq-replay-after-link-drop"),
                        List.of(DecisionTopic.EDGE_BUFFER)),
                // A member who watches the driver move sees the path, kept apart from the live position and purged.
                new Expected("tow-truck-dispatch", Set.of("geo-dispatch", "realtime-delivery", "position-trail"),
                        List.of("trail-writer", "dispatcher"),
                        List.of("job_trail", "trail_segment"),
                        List.of("job_trail:ORDERED", "trail_segment:APPEND_ONLY"),
                        List.of("getJobTrail"),
                        List.of("seq-record-job-trail"),
                        List.of()));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("table")
    void theStatedRequirementOrGoalHasItsMechanism(Expected e) {
        Consultation c = consult(e.request());

        List<String> recognised = ArchetypeDossiersTest.recognisedArchetypes(c);
        assertThat(recognised).as("archetypes").containsAll(e.archetypes());
        assertThat(c.c4().containers()).extracting(Container::id).as("containers").containsAll(e.containers());
        assertDesigns(c, e.entities(), e.constraints(), e.operations(), e.flows());
        assertThat(c.decisions()).extracting(Decision::topic).as("decisions").containsAll(e.decisions());

        ValidationReport report = DossierValidator.validate(c);
        assertThat(report.violations()).as(report.describe()).isEmpty();
    }

    @Test
    void everyRecordThatGrantsTheRightIsInTheIndexThePaidSessionWithItsPaymentReference() {
        Consultation c = consult("harbour-parking");

        Entity session = entity(c, "paid_session");
        assertThat(session.fields()).extracting(EntityField::name)
                .contains("subject_identifier", "zone_code", "valid_from", "valid_to", "payment_reference");
        assertThat(session.indexes()).filteredOn(EntityIndex::unique).extracting(EntityIndex::fields).contains(List.of("payment_reference"));
        // The index of valid rights says where its rights come from: every granting record the request names.
        assertThat(entity(c, "valid_right").description()).contains("a permit, a visitor pass or a paid session");
        assertThat(c.c4().containers()).filteredOn(x -> x.id().equals("right-index")).singleElement()
                .extracting(Container::description).asString().contains("permits, visitor passes and paid sessions");
        // The session is paid through the request's payment provider before it grants anything.
        assertThat(steps(c, "seq-start-paid-session")).anyMatch(s -> s.contains("Charge the price"))
                .anyMatch(s -> s.contains("ACTIVE with the payment reference"));
    }

    @Test
    void aRefillIsReservedWhenAskedForConsumedWhenDispensedAndReleasedOtherwise() {
        Consultation c = consult("repeat-prescriptions");

        assertThat(entity(c, "prescription").fields()).extracting(EntityField::name).contains("refills_remaining", "refills_reserved");
        assertThat(entity(c, "fill_request").fields()).extracting(EntityField::name).contains("refill_hold", "refill_settled_at");
        List<String> request = steps(c, "seq-refill-to-verification");
        assertThat(request).noneMatch(s -> s.contains("decrement refills_remaining"))
                .anyMatch(s -> s.contains("RESERVED") && s.contains("refills_reserved"))
                .anyMatch(s -> s.contains("REJECTED") && s.contains("back to refills_remaining"));
        List<String> settle = steps(c, "seq-settle-refill");
        assertThat(settle).anyMatch(s -> s.contains("DISPENSED") && s.contains("CONSUMED"))
                .anyMatch(s -> s.contains("CANCELLED") && s.contains("RELEASED"))
                .anyMatch(s -> s.contains("EXPIRED"));
    }

    @Test
    void readingsReplayedAfterALinkDropAreStoredOnceByDeviceAndSequence() {
        Consultation c = consult("offshore-platform-sensors");

        assertThat(entity(c, "ingest_batch").indexes()).filteredOn(EntityIndex::unique).extracting(EntityIndex::fields)
                .contains(List.of("source_id", "first_sequence"));
        assertThat(steps(c, "seq-replay-after-link-drop")).anyMatch(s -> s.contains("GET /ingest/watermarks"))
                .anyMatch(s -> s.contains("a resent batch stops here"));
        assertThat(c.operations().alerts()).extracting(a -> a.name()).contains("site-backfill-lag", "gateway-buffer-filling");
        // Where the readings wait is a real choice, decided for the request's cloud and its ingestion path: 400 readings a
        // second are written straight from the ingestion API, where AWS IoT Greengrass's stream manager forwards nothing
        // (it exports to Kinesis Data Streams or AWS IoT Core), so an agent of our own posts the kept batches to the API.
        assertThat(c.decision(DecisionTopic.INGESTION).orElseThrow().chosenOption()).contains("Batched inserts");
        assertThat(c.decision(DecisionTopic.EDGE_BUFFER).orElseThrow().chosenOption()).contains("agent of our own");
        assertThat(c.c4().containers()).filteredOn(x -> x.id().equals("site-buffer")).singleElement()
                .extracting(Container::technology).asString().doesNotContain("AWS IoT Greengrass");
    }

    @Test
    void assetsOwnedBySeveralOperatorsAreIsolatedByTenantInEveryTableAndPath() {
        // "owned by six operators", a count in words: each operator's rows carry its tenant and every call names it.
        Consultation c = consult("solar-park-monitoring");

        assertThat(c.dataModel().entities()).extracting(Entity::name).contains("tenant");
        assertThat(c.dataModel().entities()).filteredOn(x -> !x.name().equals("tenant") && !x.name().equals("outbox_event"))
                .isNotEmpty().allSatisfy(x -> assertThat(x.fields()).extracting(EntityField::name).contains("tenant_id"));
        assertThat(c.apis()).flatExtracting(a -> a.operations()).isNotEmpty()
                .allSatisfy(o -> assertThat(o.path()).startsWith("/tenants"));
    }

    @Test
    void theseMechanismsAreNotRecognisedWhereTheRequestDoesNotAskForThem() {
        // A paid coaching session grants no place to park.
        assertThat(ids("""
                system: Coach
                description: Clients book paid sessions with a fitness coach and pay by card.
                capabilities: [paid sessions, bookings]
                """)).doesNotContain("paid-sessions");
        // "No data lost" in a ledger is durability, not readings kept at a site.
        assertThat(ids("""
                system: Books
                description: A bookkeeping service for small firms; no data lost when a server fails.
                capabilities: [invoices, ledgers]
                """)).doesNotContain("edge-store-and-forward");
        // A chain of 40 stores selling shoes has no dispensing systems.
        assertThat(ids("""
                system: Shoes
                description: Online ordering for a chain of 40 stores selling shoes, with click and collect.
                capabilities: [product catalogue, orders]
                """)).doesNotContain("store-dispensing-integration");
        // Watching a delivery's status is not a dispatched job's trail.
        assertThat(ids("""
                system: Parcels
                description: Customers watch the courier status of their parcel in the app.
                capabilities: [parcel tracking]
                """)).doesNotContain("position-trail");
    }

    private static Entity entity(Consultation c, String name) {
        return c.dataModel().entities().stream().filter(x -> x.name().equals(name)).findFirst().orElseThrow();
    }

    private static List<String> steps(Consultation c, String sequence) {
        return c.sequences().stream().filter(s -> s.id().equals(sequence)).flatMap(s -> s.steps().stream()).map(SequenceStep::message).toList();
    }

    private static List<String> ids(String yaml) {
        var request = RequestReader.readString(yaml);
        return Archetypes.standard().recognise(request, request.capabilities()).stream().map(r -> r.archetype().id()).toList();
    }
}
