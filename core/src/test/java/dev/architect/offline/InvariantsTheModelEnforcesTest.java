package dev.architect.offline;

import static org.assertj.core.api.Assertions.assertThat;

import dev.architect.dossier.ConstraintKind;
import dev.architect.dossier.Consultation;
import dev.architect.dossier.Entity;
import dev.architect.dossier.EntityConstraint;
import dev.architect.dossier.OpenQuestion;
import dev.architect.dossier.SequenceDiagram;
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
 * Invariants a client states are enforced by the model, in three kinds, each shown on requests written for this test
 * in domains of their own (travel cards, camera kits, EV chargers, developer sandboxes, climbing permits, change
 * control, grain silos), with a negative request whose words have another sense:
 * <ul>
 * <li>a command that repeats (recharge, renew, lend) keeps the record's state and carries its cap in its conditional
 * update, never a "from STATE" guard that allows it once;</li>
 * <li>"at most N active X per Y" is an ACTIVE_AT_MOST constraint: a partial unique index for N = 1, a count under a lock
 * for more, and the insert step of the lifecycle shows it;</li>
 * <li>a command whose precondition is another record's state ("only while its expedition is open", "only after its test
 * plan is verified") reads that row with a lock in the same transaction, and the sequence shows the read; where that record
 * lives in another service's store, the read is of a copy of its status kept from its events.</li>
 * </ul>
 */
class InvariantsTheModelEnforcesTest {

    private static final Path REQUESTS = Path.of("src", "test", "resources", "active-limit-requests");

    static Consultation consult(String request) {
        return OfflineArchitect.create().consult(RequestReader.read(REQUESTS.resolve(request + ".yaml")));
    }

    /** A request, its record, the ACTIVE_AT_MOST constraint it must carry (fields and values) or none, and steps its lifecycle shows. */
    record Expected(String request, String capability, String table, List<String> states, List<String> activeFields, List<String> activeValues,
                    List<String> steps) {
    }

    static Stream<Expected> table() {
        return Stream.of(
                // "riders recharge their cards ... as often as they like", "no card is ever recharged beyond its recharge limit":
                // recharge repeats (no RECHARGED state) and its update raises the counter only below the limit
                new Expected("prepaid-travel-cards", "travel cards", "travel_card", List.of("ISSUED", "REVOKED"), null, null,
                        List.of("Update (the state stays: recharge repeats) set version = version + 1 where id = :id and version = :version"
                                + " and status in ('ISSUED') and recharge_count < recharge_limit (raising recharge_count by one)")),
                // "never two active loans of the same kit": N = 1 over the loan's non-ending states, a partial unique index;
                // renew repeats and keeps BORROWED, checked against the loan's expiry
                new Expected("equipment-loans", "loans", "loan", List.of("BORROWED", "EXPIRED"), List.of("kit_id", "status"), List.of("1", "BORROWED"),
                        List.of("at most one active per kit_id: the partial unique index (kit_id) where status in ('BORROWED') refuses a second with 409",
                                "Update (the state stays: renew repeats) set version = version + 1 where id = :id and version = :version and status in"
                                        + " ('BORROWED') and expires_at > now()")),
                // "only one active session per charger": the charger is no capability of its own, so the record keeps charger_id
                new Expected("ev-charging", "charging sessions", "charging_session", List.of("STARTED", "CLOSED"), List.of("charger_id", "status"),
                        List.of("1", "STARTED"), List.of("at most one active per charger_id: the partial unique index (charger_id) where status in ('STARTED')")),
                // "no more than 3 active sandboxes per developer": N = 3, the developer is the record's creator (developer_id)
                new Expected("dev-sandboxes", "sandboxes", "sandbox", List.of("STARTED", "EXPIRED", "REVOKED"), List.of("developer_id", "status"),
                        List.of("3", "STARTED"), List.of("Lock the developer (pg_advisory_xact_lock on developer_id), count its active sandbox records (select"
                                + " count(*) from sandbox where developer_id = :developer_id and status in ('STARTED')) and go on only where fewer than 3")),
                // "a permit is approved only while its expedition is open": a locked read of the expedition in the approval
                new Expected("expedition-permits", "permits", "permit", List.of("APPLIED", "APPROVED"), null, null,
                        List.of("Read the expedition row for share (select status from expedition where id = expedition_id for share) and go on only"
                                + " where its status is OPEN, else 409")),
                // "a change request is approved only after its test plan is verified": the test plan's VERIFIED, read with a lock
                new Expected("change-requests", "change requests", "change_request", List.of("DRAFTED", "APPROVED"), null, null,
                        List.of("Read the test plan row for share (select status from test_plan where id = test_plan_id for share) and go on only"
                                + " where its status is VERIFIED, else 409")),
                // "no delivery is accepted against a suspended silo", silos kept by another service: the deliveries' store keeps a
                // copy of each silo's status from its events, and the accept reads that copy with a lock
                new Expected("silo-deliveries", "deliveries", "delivery", List.of("SUBMITTED", "ACCEPTED"), null, null,
                        List.of("Upsert delivery_silo_status (id, status, version) where the event's version is newer than the one kept",
                                "Read the copy of the silo's status kept in this store, for share (select status from delivery_silo_status where"
                                        + " id = silo_id for share) and go on only where its status is not SUSPENDED, else 409")));
    }

    @ParameterizedTest(name = "[{index}] {arguments}")
    @MethodSource("table")
    void theStatedInvariantIsKeptByAnIndexACountOrALockedReadAndTheLifecycleShowsIt(Expected e) {
        Consultation c = consult(e.request());
        Entity record = c.dataModel().entities().stream().filter(x -> x.name().equals(e.table())).findFirst()
                .orElseThrow(() -> new AssertionError("no table " + e.table()));
        EntityConstraint status = record.constraints().stream().filter(k -> k.kind() == ConstraintKind.ONE_OF && k.fields().equals(List.of("status")))
                .findFirst().orElseThrow();
        assertThat(status.values()).containsExactlyElementsOf(e.states());
        List<EntityConstraint> active = record.constraints().stream().filter(k -> k.kind() == ConstraintKind.ACTIVE_AT_MOST).toList();
        if (e.activeFields() == null) {
            assertThat(active).isEmpty();
        } else {
            assertThat(active).singleElement().satisfies(k -> {
                assertThat(k.fields()).containsExactlyElementsOf(e.activeFields());
                assertThat(k.values()).containsExactlyElementsOf(e.activeValues());
            });
        }
        SequenceDiagram flow = c.sequences().stream().filter(s -> s.id().endsWith(e.capability().replace(' ', '-') + "-lifecycle")).findFirst().orElseThrow();
        List<String> steps = flow.steps().stream().map(s -> s.message()).toList();
        for (String step : e.steps()) {
            assertThat(steps).as(step).anySatisfy(s -> assertThat(s).contains(step));
        }
        // the invariant the model keeps raises no open question for this record
        assertThat(c.requirements().openQuestions()).extracting(OpenQuestion::id).doesNotContain("oq-invariant-" + e.capability().replace(' ', '-'));
        ValidationReport report = DossierValidator.validate(c);
        assertThat(report.violations()).as(report.describe()).isEmpty();
    }

    /**
     * Words with another sense state no invariant: "while offline" names no record's state, "only one app" counts no record
     * per a thing, "until midnight" no state; the loans keep no limit and raise no invariant question.
     */
    @Test
    void guardAndLimitWordsInAnotherSenseStateNoInvariant() {
        Consultation c = consult("negatives");
        Entity loan = c.dataModel().entities().stream().filter(x -> x.name().equals("loan")).findFirst().orElseThrow();
        assertThat(loan.constraints()).extracting(EntityConstraint::kind).doesNotContain(ConstraintKind.ACTIVE_AT_MOST);
        assertThat(c.requirements().openQuestions()).extracting(OpenQuestion::id).noneMatch(id -> id.startsWith("oq-invariant-"));
        assertThat(c.sequences()).flatExtracting(SequenceDiagram::steps).extracting(s -> s.message()).noneMatch(m -> m.contains("for share"));
    }

    /** The other record in a guard keeps no invariant of its own from a clause whose subject is this record. */
    @Test
    void theGuardedRecordIsNotAskedAboutTheOtherRecordsCondition() {
        assertThat(consult("expedition-permits").requirements().openQuestions()).extracting(OpenQuestion::id).doesNotContain("oq-invariant-expeditions");
        assertThat(consult("change-requests").requirements().openQuestions()).extracting(OpenQuestion::id).doesNotContain("oq-invariant-test-plans");
    }
}
