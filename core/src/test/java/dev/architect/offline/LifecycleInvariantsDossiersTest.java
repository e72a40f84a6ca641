package dev.architect.offline;

import static org.assertj.core.api.Assertions.assertThat;

import dev.architect.dossier.Consultation;
import dev.architect.dossier.Entity;
import dev.architect.dossier.OpenQuestion;
import dev.architect.dossier.SequenceDiagram;
import dev.architect.validation.DossierValidator;
import dev.architect.validation.ValidationReport;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A record with a lifecycle keeps its invariants in its columns, says from which states each command may run, and is
 * changed by the actors its sentences name. Each request below (written for this test, in domains of its own) lists:
 * the columns the record must have (typed: money and prices as decimals with a currency, counts as integers; "?" for a
 * column set later), its foreign keys, the steps its lifecycle sequence must contain (the guarded update with its
 * from-states, the compared columns, the locked read of another record, the counter raised on the referenced row), who
 * sends each command, the open questions an invariant no column keeps must raise, and the people who must not appear.
 */
class LifecycleInvariantsDossiersTest {

    /** A request's record and what its design must be. */
    record Expected(String request, String capability, String table, List<String> columns, Map<String, String> foreignKeys, List<String> steps,
                    List<String> senders, List<String> questions, List<String> notInvariants) {
        @Override
        public String toString() {
            return request + ": " + capability;
        }
    }

    static Stream<Expected> table() {
        return Stream.of(
                // "accepted only at the fare quoted or lower" compares two typed columns; the passive accept under that
                // condition is the system's check, not a person's; the charter shares the store, so the accept reads it locked
                new Expected("charter-offers", "offers", "offer", List.of("operator_id:UUID", "charter_id:UUID", "fare_quoted:DECIMAL",
                        "fare_accepted:DECIMAL?", "currency:TEXT"), Map.of("charter_id", "charter"),
                        List.of("operator POST /offers with Idempotency-Key",
                                "Read the charter row for share (select status from charter where id = charter_id for share) and go on only where its status is not SUSPENDED",
                                "Accept when the check holds: update status to ACCEPTED where id = :id and version = :version and status in ('PLACED')"
                                        + " and :fare_accepted <= fare_quoted (setting fare_accepted = :fare_accepted)"),
                        List.of("operator POST /offers"), List.of(), List.of()),
                // "open" creates the charter; suspend is undone by its paired resume, run only from SUSPENDED, by the broker who suspends
                new Expected("charter-offers", "charters", "charter", List.of("broker_id:UUID"), Map.of(),
                        List.of("Insert the charter in OPEN", "Update status to SUSPENDED where id = :id and version = :version and status in ('OPEN')",
                                "Update status to OPEN where id = :id and version = :version and status in ('SUSPENDED')"),
                        // the broker's participant id is broker-2: "broker" already names the message broker
                        List.of("broker-2 POST /charters/{id}/suspend", "broker-2 POST /charters/{id}/resume"), List.of(), List.of()),
                // pause is undone by resume (the member's), suspend by reinstate (the front desk's, named in the same sentence);
                // "at most 3 months" has no column: an open question; the goal "with no history lost" is no invariant
                new Expected("gym-memberships", "memberships", "membership", List.of("member_id:UUID"), Map.of(),
                        List.of("front-desk-staff POST /memberships/{id}/suspend", "member POST /memberships/{id}/resume",
                                "Update status to RECORDED where id = :id and version = :version and status in ('SUSPENDED')",
                                "Update status to RECORDED where id = :id and version = :version and status in ('PAUSED')",
                                "Update status to CANCELLED where id = :id and version = :version and status in ('RECORDED', 'PAUSED', 'SUSPENDED')"),
                        List.of("front-desk-staff POST /memberships/{id}/reinstate"), List.of("oq-invariant-memberships:at most 3 months"),
                        List.of("no history lost")),
                // the admin who buys seat packs creates them; each activation raises its pack's count in its own transaction
                new Expected("seat-packs", "activations", "activation", List.of("employee_id:UUID", "seat_pack_id:UUID"), Map.of("seat_pack_id", "seat_pack"),
                        List.of("update seat_pack set activation_count = activation_count + 1 where id = seat_pack_id and activation_count < activation_limit",
                                "Update status to REVOKED where id = :id and version = :version and status in ('REGISTERED')"),
                        List.of("employee POST /activations", "company-admin POST /activations/{id}/revoke"), List.of(), List.of()),
                new Expected("seat-packs", "seat packs", "seat_pack", List.of("company_admin_id:UUID", "activation_count:INTEGER", "activation_limit:INTEGER"),
                        Map.of(), List.of("Insert the seat pack in BOUGHT"), List.of("company-admin POST /seat-packs"), List.of(), List.of()),
                // in services the redemptions live in another store: the campaign's limit is an open question, not a check
                new Expected("promo-campaigns", "campaigns", "campaign", List.of("marketer_id:UUID", "redemption_count:INTEGER", "redemption_limit:INTEGER"),
                        Map.of(), List.of("Update status to PAUSED where id = :id and version = :version and status in ('CREATED')",
                                "Update status to CREATED where id = :id and version = :version and status in ('PAUSED')"),
                        List.of("marketer POST /campaigns/{id}/pause"), List.of("oq-invariant-campaigns:kept in another store"), List.of()),
                // a passive "is rejected" with no condition is staff work: the programmer the request names does it
                new Expected("festival-entries", "entries", "entry", List.of("filmmaker_id:UUID"), Map.of(),
                        List.of("Update status to ACCEPTED where id = :id and version = :version and status in ('SUBMITTED')"),
                        List.of("filmmaker POST /entries", "programmer POST /entries/{id}/reject", "programmer POST /entries/{id}/accept"), List.of(),
                        List.of()),
                // "apply for permits" creates them (the pilot's); a suspended permit is reinstated to the state it was in
                new Expected("drone-permits", "permits", "permit", List.of("pilot_id:UUID"), Map.of(),
                        List.of("Insert the permit in APPLIED", "Update status to SUSPENDED where id = :id and version = :version and status in ('APPLIED', 'APPROVED')",
                                "Update status to APPROVED where id = :id and version = :version and status in ('SUSPENDED')"),
                        List.of("pilot POST /permits", "inspector POST /permits/{id}/approve", "inspector POST /permits/{id}/reinstate"), List.of(),
                        List.of("no flight history lost")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("table")
    void theRecordKeepsItsInvariantsInColumnsAndSaysFromWhichStatesEachCommandRunsAndWhoSendsIt(Expected e) {
        Consultation c = RecordLifecycleDossiersTest.consult(e.request());
        Entity record = c.dataModel().entities().stream().filter(x -> x.name().equals(e.table())).findFirst()
                .orElseThrow(() -> new AssertionError("no table " + e.table()));
        List<String> columns = record.fields().stream().map(f -> f.name() + ":" + f.type() + (f.nullable() ? "?" : "")).toList();
        assertThat(columns).containsAll(e.columns());
        e.foreignKeys().forEach((column, target) -> assertThat(record.relations()).anySatisfy(r -> {
            assertThat(r.field()).isEqualTo(column);
            assertThat(r.targetEntity()).isEqualTo(target);
        }));
        if (e.foreignKeys().isEmpty()) {
            assertThat(record.relations()).isEmpty();
        }
        SequenceDiagram flow = c.sequences().stream().filter(s -> s.id().endsWith(e.capability().replace(' ', '-') + "-lifecycle")).findFirst().orElseThrow();
        List<String> steps = flow.steps().stream().map(s -> s.from() + " " + s.message()).toList();
        for (String step : e.steps()) {
            assertThat(steps).as(step).anySatisfy(s -> assertThat(s).contains(step));
        }
        for (String sender : e.senders()) {
            assertThat(steps).as(sender).anySatisfy(s -> assertThat(s).startsWith(sender));
        }
        // no check is ever a bare label: every invariant is kept by its columns or is an open question
        assertThat(steps).noneMatch(s -> s.contains("; check '"));
        for (String q : e.questions()) {
            String id = q.substring(0, q.indexOf(':'));
            assertThat(c.requirements().openQuestions()).filteredOn(o -> o.id().equals(id)).singleElement()
                    .satisfies(o -> assertThat(o.question() + " " + o.whyItMatters()).contains(q.substring(q.indexOf(':') + 1)));
        }
        String id = "fr-" + e.capability().replace(' ', '-');
        String requirement = c.requirements().functional().stream().filter(f -> f.id().equals(id)).findFirst().orElseThrow().description();
        for (String goal : e.notInvariants()) {
            assertThat(requirement).doesNotContain(goal);
            assertThat(c.requirements().openQuestions()).extracting(OpenQuestion::question).noneMatch(q -> q.contains(goal));
        }
        // the request names who does the staff work: nobody is invented for it
        assertThat(c.c4().people()).extracting(p -> p.name()).doesNotContain("Operations staff");
        ValidationReport report = DossierValidator.validate(c);
        assertThat(report.violations()).as(report.describe()).isEmpty();
    }
}
