package dev.architect.offline;

import static org.assertj.core.api.Assertions.assertThat;

import dev.architect.dossier.Consultation;
import dev.architect.dossier.Entity;
import dev.architect.dossier.FunctionalRequirement;
import dev.architect.dossier.RoadmapPhase;
import dev.architect.request.RequestReader;
import dev.architect.validation.DossierValidator;
import dev.architect.validation.ValidationReport;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A rule the request states in plain words ("never counted twice", "charged exactly once", "never deleted while on legal
 * hold", "within 500 m of the stop") is designed as its mechanism: each request below (written for this test) lists the
 * capabilities the rule's mechanism designs, and the tables, invariants ("table:KIND"), operations and flows its dossier
 * must contain; a rule the request says it does not need designs nothing.
 */
class StatedInvariantsBecomeDesignsTest {

    private static final Path REQUESTS = Path.of("src", "test", "resources", "invariant-requests");

    /** A request, the requirement ids that must read "Designed as" the mechanism, and what the design must contain. */
    record Expected(String request, String mechanism, List<String> designed, List<String> entities, List<String> constraints,
                    List<String> operations, List<String> flows) {
        @Override
        public String toString() {
            return request;
        }
    }

    static Stream<Expected> table() {
        List<String> registryTables = List.of("unit_batch", "unit_holding", "unit_movement", "unit_retirement");
        List<String> registryInvariants = List.of("unit_batch:NO_OVERLAP", "unit_holding:NO_OVERLAP", "unit_holding:ONE_OF",
                "unit_movement:APPEND_ONLY", "unit_retirement:APPEND_ONLY", "unit_retirement:NO_OVERLAP");
        List<String> registryOperations = List.of("issueUnits", "transferUnits", "retireUnits", "listSerialMovements");
        List<String> registryFlows = List.of("seq-move-serial-range", "seq-issue-serial-batch");
        return Stream.of(
                // "never counted twice", issued once, transferred, retired: the registry the system exists for.
                new Expected("carbon-registry", "registry of serialised units",
                        List.of("fr-credit-issuance", "fr-credit-transfers", "fr-retirements"),
                        registryTables, registryInvariants, registryOperations, registryFlows),
                // "no double spending", "issued once": the same mechanism for vouchers.
                new Expected("gift-vouchers", "registry of serialised units", List.of("fr-voucher-sales", "fr-voucher-redemption"),
                        registryTables, registryInvariants, registryOperations, registryFlows),
                // "processed exactly once", "never charged twice", events redelivered: an inbox and idempotency records.
                new Expected("parking-sessions", "exactly-once effects", List.of("fr-session-billing"),
                        List.of("inbox_message", "idempotency_record", "applied_effect"),
                        List.of("inbox_message:ONE_OF", "idempotency_record:ONE_OF", "applied_effect:APPEND_ONLY"),
                        List.of("receiveInboundMessage", "getIdempotencyOutcome"), List.of("seq-consume-once", "seq-idempotent-command")),
                // "chain of custody", "tamper-evident", "legal hold", "kept for 10 years": custody events, holds, retention, WORM files.
                new Expected("evidence-locker", "tamper-evident custody trail", List.of(),
                        List.of("custody_event", "disposal_hold", "retention_class", "retained_record", "locked_object"),
                        List.of("custody_event:APPEND_ONLY", "custody_event:POSITIVE", "disposal_hold:ORDERED", "retention_class:POSITIVE"),
                        List.of("placeDisposalHold", "releaseDisposalHold", "listCustodyEvents", "verifyCustodyChain", "disposeRetainedRecord"),
                        List.of("seq-append-custody-event", "seq-dispose-after-retention", "seq-lock-stored-file")),
                // "within 500 m of the stop": latest position, history, geofence evaluation and one notification per trip.
                new Expected("school-bus", "positions of moving things and geofence alerts", List.of(),
                        List.of("position_history", "geofence", "geofence_watch", "geofence_crossing"),
                        List.of("position_history:APPEND_ONLY", "geofence:POSITIVE", "geofence_crossing:ONE_OF", "geofence_crossing:APPEND_ONLY"),
                        List.of("reportPositions", "getLatestPosition", "createGeofenceWatch", "listGeofenceCrossings"),
                        List.of("seq-evaluate-geofence")),
                // A replacement whose first capability is the custody trail: the custody mechanism designs it.
                new Expected("lab-records-replacement", "tamper-evident custody trail", List.of("fr-sample-custody"),
                        List.of("custody_event", "disposal_hold", "retention_class"), List.of("custody_event:APPEND_ONLY"),
                        List.of("verifyCustodyChain"), List.of("seq-append-custody-event", "seq-dispose-after-retention")),
                // Tickets with serial numbers, issued once and never counted twice.
                new Expected("ticket-resale", "registry of serialised units", List.of(),
                        registryTables, registryInvariants, registryOperations, registryFlows));
    }

    static Consultation consult(String request) {
        return OfflineArchitect.create().consult(RequestReader.read(REQUESTS.resolve(request + ".yaml")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("table")
    void aStatedRuleIsDesignedAsItsMechanismWithTablesInvariantsOperationsAndFlows(Expected e) {
        Consultation c = consult(e.request());
        assertThat(c.requirements().functional()).extracting(FunctionalRequirement::description)
                .anyMatch(d -> d.toLowerCase(java.util.Locale.ROOT).contains(e.mechanism()) || d.contains("Recognised because"));
        for (String id : e.designed()) {
            assertThat(c.requirements().functional()).filteredOn(f -> f.id().equals(id)).as(id).singleElement()
                    .satisfies(f -> assertThat(f.description().toLowerCase(java.util.Locale.ROOT)).contains("designed as").contains(e.mechanism()));
        }
        ArchetypeDossiersTest.assertDesigns(c, e.entities(), e.constraints(), e.operations(), e.flows());
        ValidationReport report = DossierValidator.validate(c);
        assertThat(report.violations()).as(report.describe()).isEmpty();
    }

    @Test
    void aRuleTheRequestSaysItDoesNotNeedDesignsNothing() {
        Consultation c = consult("club-newsletter-negated");
        assertThat(c.dataModel().entities()).extracting(Entity::name)
                .doesNotContain("custody_event", "disposal_hold", "geofence", "unit_batch", "inbox_message");
    }

    @Test
    void theCapabilityNamedFirstIsBuiltBeforeTheLaunchEvenWhenTheLaunchCutMovesOthers() {
        Consultation c = consult("ticket-resale");
        List<RoadmapPhase> phases = c.roadmap().phases();
        int hardening = indexOf(phases, "phase-hardening");
        assertThat(phases).anyMatch(p -> p.name().startsWith("After launch")); // the launch date does cut the first release
        int built = -1;
        for (int i = 0; i < phases.size(); i++) {
            if (phases.get(i).deliverables().stream().anyMatch(d -> d.startsWith("Ticket listings"))) {
                built = i;
            }
        }
        assertThat(built).as("ticket listings built at phase index").isBetween(0, hardening - 1);
    }

    @Test
    void theOldSystemIsCutOverOnlyAfterEveryCapabilityThatReplacesItIsBuilt() {
        Consultation c = consult("lab-records-replacement");
        List<RoadmapPhase> phases = c.roadmap().phases();
        int cutover = indexOf(phases, "phase-cutover");
        assertThat(indexOf(phases, "phase-decommission")).isGreaterThan(cutover);
        // The first capability is the custody trail's (its archetype phase); the others are built in the waves.
        assertThat(indexOf(phases, "phase-custody-audit")).isLessThan(cutover);
        for (String capability : List.of("Results entry", "Instrument runs", "Invoicing")) {
            int built = -1;
            for (int i = 0; i < phases.size(); i++) {
                if (phases.get(i).deliverables().stream().anyMatch(d -> d.startsWith(capability))) {
                    built = i;
                }
            }
            assertThat(built).as(capability + " is built by some phase before the cutover").isBetween(0, cutover - 1);
        }
    }

    private static int indexOf(List<RoadmapPhase> phases, String id) {
        for (int i = 0; i < phases.size(); i++) {
            if (phases.get(i).id().equals(id)) {
                return i;
            }
        }
        throw new AssertionError("no phase " + id);
    }
}
