package dev.architect.offline;

import static org.assertj.core.api.Assertions.assertThat;

import dev.architect.dossier.Consultation;
import dev.architect.dossier.ConstraintKind;
import dev.architect.dossier.ContainerKind;
import dev.architect.dossier.DecisionTopic;
import dev.architect.dossier.Entity;
import dev.architect.dossier.EntityConstraint;
import dev.architect.dossier.EntityIndex;
import dev.architect.dossier.EntityRelation;
import dev.architect.dossier.Relationship;
import dev.architect.dossier.RoadmapPhase;
import dev.architect.dossier.SequenceDiagram;
import dev.architect.dossier.SequenceStep;
import dev.architect.request.RequestReader;
import dev.architect.validation.DossierValidator;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A migration is designed, not listed: a data migration with key mapping and reconciliation, a parallel run of whole
 * business cycles, a cutover in a stated or assumed window with go/no-go and a rollback that keeps the new writes, then
 * the switch-off, with deadlines kept. Client apps are drawn in the C4 model, and offline devices sync with an identity,
 * a conflict policy per kind of data and a revocable offline grant. Requests written for these tests (an insurer off its
 * mainframe, a fuel distributor off its AS400, museum kiosks, cold-store stock counts).
 */
class MigrationClientsAndSyncTest {

    private static final OfflineArchitect ARCHITECT = OfflineArchitect.create();

    private static Consultation consult(String name, String from, String to) throws Exception {
        String yaml = Files.readString(Path.of("src", "test", "resources", "archetype-requests", name + ".yaml"));
        Consultation c = ARCHITECT.consult(RequestReader.readString(yaml.replace(from, to)));
        assertThat(DossierValidator.validate(c).errors()).as(name).isEmpty();
        return c;
    }

    private static Consultation consult(String name) throws Exception {
        return consult(name, "", "");
    }

    private static RoadmapPhase phase(Consultation c, String id) {
        return c.roadmap().phases().stream().filter(p -> p.id().equals(id)).findFirst().orElseThrow(() -> new AssertionError(
                "no " + id + " in " + ids(c)));
    }

    private static List<String> ids(Consultation c) {
        return c.roadmap().phases().stream().map(RoadmapPhase::id).toList();
    }

    private static Entity entity(Consultation c, String name) {
        return c.dataModel().entities().stream().filter(e -> e.name().equals(name)).findFirst()
                .orElseThrow(() -> new AssertionError("no table " + name + " in " + c.dataModel().entities().stream().map(Entity::name).toList()));
    }

    private static boolean related(Consultation c, String from, String to) {
        return c.c4().relationships().stream().anyMatch(r -> r.sourceId().equals(from) && r.destinationId().equals(to));
    }

    @Test
    void aMainframeLeftInWordsGetsDataMigrationParallelRunCutoverAndSwitchOffInOrderWithThePartnerDeadlineFirst() throws Exception {
        Consultation c = consult("claims-mainframe");

        List<String> order = ids(c);
        assertThat(order).containsSubsequence("phase-1", "phase-routing", "phase-legacy-migration", "phase-hardening",
                "phase-parallel-run", "phase-cutover", "phase-decommission");
        assertThat(order.get(order.size() - 1)).isEqualTo("phase-decommission");
        // The partner API promised in 6 months comes before the data migration, not after the cutover.
        assertThat(order.indexOf("phase-partner-api")).isLessThan(order.indexOf("phase-legacy-migration"));
        assertThat(phase(c, "phase-partner-api").exitCriteria())
                .contains("This phase is live by week 26, as the goal 'broker partner API live in 6 months' requires");
        // Data migration: 10 base + 4 capabilities x 2 + 3,000 GB = 3 TB x 2 = 24 person-weeks, shared by at most 3 of the 4: 8 weeks.
        assertThat(phase(c, "phase-legacy-migration").durationWeeks()).isEqualTo(8);
        // No money moves through claims here: one business cycle of 4 weeks.
        assertThat(phase(c, "phase-parallel-run").durationWeeks()).isEqualTo(4);
        // The old system stays through the 30-day rollback window: ceil(30 / 7) = 5 weeks, more than the 4 person-weeks over 2 people.
        assertThat(phase(c, "phase-decommission").durationWeeks()).isEqualTo(5);
        // No window stated: the assumed one is said to be assumed.
        assertThat(phase(c, "phase-cutover").deliverables()).anyMatch(d -> d.contains("(assumed: the request states no window)"));
        assertThat(phase(c, "phase-cutover").deliverables()).anyMatch(d -> d.startsWith("Rollback plan: the new system's writes replicated back"));
        assertThat(c.migration()).as("a migration stated in words owes a plan").isNotNull();
        assertThat(c.migration().summary()).contains("migrate from the mainframe");
        assertThat(c.decisions()).anyMatch(d -> d.topic() == DecisionTopic.MIGRATION);
        assertThat(c.c4().element("legacy-system")).isPresent();
    }

    @Test
    void aSmallerTeamTakesLongerToMigrateTheSameData() throws Exception {
        Consultation four = consult("claims-mainframe");
        Consultation two = consult("claims-mainframe", "size: 4", "size: 2");

        // 24 person-weeks over 2 people: 12 weeks, against 8 for a team of 4 (3 of whom can share it).
        assertThat(phase(two, "phase-legacy-migration").durationWeeks()).isEqualTo(12);
        assertThat(phase(four, "phase-legacy-migration").durationWeeks()).isEqualTo(8);
        assertThat(two.roadmap().totalWeeks()).isGreaterThan(four.roadmap().totalWeeks());
    }

    @Test
    void moneyDoublesTheParallelRunTheStatedWindowIsUsedAndTheSwitchOffCarriesItsDate() throws Exception {
        Consultation c = consult("fuel-distributor-erp");

        // Invoices paid by bank transfer and SOX: two month-end closes reconcile, 2 cycles x 4 weeks.
        assertThat(phase(c, "phase-parallel-run").durationWeeks()).isEqualTo(8);
        assertThat(phase(c, "phase-parallel-run").deliverables()).anyMatch(d -> d.contains("2 month-end closes reconcile"));
        assertThat(phase(c, "phase-cutover").deliverables()).anyMatch(d -> d.contains("over a long weekend, when depots are closed"));
        // "off the AS400 within 18 months": 18 x 52 / 12 = 78 weeks, a date for the switch-off, not for the data load.
        assertThat(phase(c, "phase-decommission").exitCriteria()).anyMatch(e -> e.startsWith("The switch-off is done by week 78"));
        assertThat(phase(c, "phase-legacy-migration").exitCriteria()).noneMatch(e -> e.contains("week 78"));
        List<String> order = ids(c);
        assertThat(order.indexOf("phase-partner-api")).isLessThan(order.indexOf("phase-parallel-run"));
    }

    @Test
    void theCutoverFlowFreezesTheOldSystemDecidesGoOrNoGoAndReplicatesNewWritesBack() throws Exception {
        Consultation c = consult("claims-mainframe");

        SequenceDiagram cutover = c.sequences().stream().filter(s -> s.title().startsWith("Cutover in the window")).findFirst().orElseThrow();
        List<SequenceStep> steps = cutover.steps();
        assertThat(steps.get(0).to()).isEqualTo("legacy-system");
        assertThat(steps.get(0).message()).startsWith("Freeze writes");
        assertThat(steps).extracting(SequenceStep::message).anyMatch(m -> m.startsWith("Apply the FINAL_DELTA load"))
                .anyMatch(m -> m.startsWith("Go/no-go at the set time"))
                .anyMatch(m -> m.startsWith("Any NO_GO: unfreeze the existing system"));
        SequenceStep last = steps.get(steps.size() - 1);
        assertThat(last.from()).isEqualTo("migration-loader");
        assertThat(last.to()).isEqualTo("legacy-system");
        assertThat(last.message()).contains("under its old key");
        assertThat(c.sequences()).anyMatch(s -> s.title().equals("A business day of the parallel run, reconciled"));
    }

    @Test
    void theMigrationsTablesMapOldKeysOnceAndKeepReconciliationDifferencesWithTheirRun() throws Exception {
        Consultation c = consult("claims-mainframe");

        assertThat(entity(c, "legacy_id_map").indexes())
                .contains(new EntityIndex(List.of("source_system", "entity_type", "legacy_key"), true,
                        "an old record is migrated once: a repeated delta updates the record it already made"))
                .anyMatch(i -> i.unique() && i.fields().equals(List.of("entity_type", "new_id")));
        assertThat(entity(c, "reconciliation_difference").relations()).extracting(EntityRelation::field, EntityRelation::targetEntity)
                .contains(org.assertj.core.groups.Tuple.tuple("run_id", "reconciliation_run"));
        assertThat(entity(c, "reconciliation_run").constraints()).anyMatch(k -> k.kind() == ConstraintKind.ONE_OF
                && k.values().contains("SIGNED_OFF") && k.fields().equals(List.of("status")));
        assertThat(entity(c, "reconciliation_run").constraints()).anyMatch(k -> k.kind() == ConstraintKind.AT_MOST
                && k.fields().equals(List.of("differences_found", "records_compared")));
        assertThat(entity(c, "cutover_check").constraints()).anyMatch(k -> k.kind() == ConstraintKind.ONE_OF
                && k.values().equals(List.of("PENDING", "GO", "NO_GO")));
        assertThat(entity(c, "migration_load").constraints()).extracting(EntityConstraint::kind).contains(ConstraintKind.AT_MOST, ConstraintKind.ORDERED);
    }

    @Test
    void aRequestThatReplacesNothingHasNoMigrationPhases() throws Exception {
        Consultation c = consult("museum-visits");

        assertThat(ids(c)).doesNotContain("phase-routing", "phase-legacy-migration", "phase-parallel-run", "phase-cutover", "phase-decommission");
        assertThat(c.migration()).isNull();
        assertThat(c.dataModel().entities()).extracting(Entity::name).doesNotContain("legacy_id_map", "reconciliation_run");
    }

    @Test
    void phoneAndHandheldAppsAreContainersCallingTheApiAndOnlyThePhoneGetsPush() throws Exception {
        Consultation c = consult("fuel-distributor-erp");

        var mobile = c.c4().containers().stream().filter(k -> k.id().equals("mobile-app")).findFirst().orElseThrow();
        assertThat(mobile.kind()).isEqualTo(ContainerKind.MOBILE_APP);
        assertThat(mobile.description()).startsWith("Used by Customer, as Customer's description says \"mobile app\"");
        var handheld = c.c4().containers().stream().filter(k -> k.id().equals("handheld-app")).findFirst().orElseThrow();
        assertThat(handheld.kind()).isEqualTo(ContainerKind.MOBILE_APP);
        assertThat(related(c, "customer", "mobile-app")).isTrue();
        assertThat(related(c, "driver", "handheld-app")).isTrue();
        assertThat(related(c, "driver", "web")).as("the driver works on the handheld, not the browser").isFalse();
        assertThat(related(c, "depot-clerk", "web")).isTrue();
        assertThat(related(c, "mobile-app", "app")).isTrue();
        assertThat(related(c, "handheld-app", "app")).isTrue();
        assertThat(c.c4().relationships()).filteredOn(r -> r.destinationId().equals("mobile-app") && r.sourceId().equals("push-services"))
                .extracting(Relationship::technology).containsExactly("APNs / FCM");
        assertThat(related(c, "push-services", "handheld-app")).isFalse();
    }

    @Test
    void kioskAndDesktopClientsAreDrawnWithoutPushAndAStatedHandheldMakeIsNamed() throws Exception {
        Consultation museum = consult("museum-visits");
        Consultation counts = consult("stock-counts");

        assertThat(museum.c4().containers()).filteredOn(k -> k.id().equals("kiosk-app") || k.id().equals("desktop-app"))
                .extracting(k -> k.kind()).containsExactly(ContainerKind.WEB_APP, ContainerKind.WEB_APP);
        assertThat(related(museum, "ticket-office-clerk", "desktop-app")).isTrue();
        assertThat(museum.c4().element("push-services")).isEmpty();
        assertThat(counts.c4().containers()).filteredOn(k -> k.id().equals("handheld-app")).extracting(k -> k.technology())
                .containsExactly("Android app on Zebra handhelds (DataWedge barcode scanning)");
        Consultation none = consult("claims-mainframe");
        assertThat(none.c4().containers()).extracting(k -> k.kind()).doesNotContain(ContainerKind.MOBILE_APP);
    }

    @Test
    void offlineDevicesSyncWithTheirIdentityAPolicyPerKindOfDataAndARevocableGrant() throws Exception {
        Consultation c = consult("stock-counts");

        Entity device = entity(c, "device_sync");
        assertThat(device.fields()).extracting(f -> f.name()).contains("device_id", "offline_grant_expires_at", "revoked_at");
        assertThat(device.constraints()).anyMatch(k -> k.kind() == ConstraintKind.ORDERED
                && k.fields().equals(List.of("registered_at", "offline_grant_expires_at")));
        assertThat(entity(c, "device_sync_policy").constraints()).anyMatch(k -> k.kind() == ConstraintKind.ONE_OF
                && k.values().equals(List.of("APPEND_MERGE", "LAST_WRITER_WINS", "REVIEW")));
        assertThat(entity(c, "device_sync_policy").indexes()).anyMatch(i -> i.unique() && i.fields().equals(List.of("record_type", "field_name")));
        Entity operation = entity(c, "device_sync_operation");
        assertThat(operation.indexes()).anyMatch(i -> i.unique() && i.fields().equals(List.of("device_id", "operation_seq")));
        assertThat(operation.constraints()).anyMatch(k -> k.kind() == ConstraintKind.ONE_OF && k.values().contains("MERGED"));
        assertThat(entity(c, "device_sync_conflict").relations()).extracting(EntityRelation::targetEntity).contains("device_sync_operation");
        // The device in the sync flow is the handheld app the counters carry, and a revoked one is refused first.
        SequenceDiagram sync = c.sequences().stream().filter(s -> s.title().equals("A device comes back online and syncs")).findFirst().orElseThrow();
        assertThat(sync.steps().get(0).from()).isEqualTo("handheld-app");
        assertThat(sync.steps()).extracting(SequenceStep::message).anyMatch(m -> m.startsWith("A revoked device gets 403"));
        assertThat(c.apis().stream().flatMap(a -> a.operations().stream()).map(o -> o.path()))
                .anyMatch(p -> p.endsWith("/revocation")).anyMatch(p -> p.endsWith("-conflicts/{conflictId}/resolution"));
    }
}
