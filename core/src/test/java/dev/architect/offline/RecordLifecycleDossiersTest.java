package dev.architect.offline;

import static org.assertj.core.api.Assertions.assertThat;

import dev.architect.dossier.Consultation;
import dev.architect.dossier.Entity;
import dev.architect.dossier.EntityConstraint;
import dev.architect.dossier.FunctionalRequirement;
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
 * A capability nothing else designs, whose sentences use verbs on it, is designed as a record with the lifecycle those
 * verbs describe: each request below (written for this test, in domains of its own) lists the states its record must
 * allow (in lifecycle order), the commands its API must offer, the other capabilities it refers to, the counter a stated
 * limit keeps, whether a stated period expires it, and the words of the invariant its requirement must name.
 */
class RecordLifecycleDossiersTest {

    private static final Path REQUESTS = Path.of("src", "test", "resources", "lifecycle-requests");

    /** A request's record and what its design must be. */
    record Expected(String request, String capability, String table, List<String> states, List<String> operations, List<String> references,
                    String counter, boolean expires, String invariant) {
        @Override
        public String toString() {
            return request + ": " + capability;
        }
    }

    static Stream<Expected> table() {
        return Stream.of(
                // "borrow" names a loan; the member's description coordinates borrow, renew and return; "for 7 days" expires it; renew
                // repeats (a loan is renewed again and again), so it keeps the state instead of leading to a RENEWED one
                new Expected("tool-library", "loans", "loan", List.of("BORROWED", "RETURNED", "EXPIRED"),
                        List.of("borrowLoan", "renewLoan", "returnLoan", "listLoanTransitions"), List.of(), null, true, null),
                // submitted by the researcher, decided by the officer ("approves or rejects proposals"), withdrawn by the researcher
                new Expected("research-grants", "proposals", "proposal", List.of("SUBMITTED", "REVIEWED", "APPROVED", "WITHDRAWN", "REJECTED"),
                        List.of("submitProposal", "reviewProposal", "approveProposal", "rejectProposal", "withdrawProposal"), List.of(), null, false,
                        "no proposal is approved without two panel reviews"),
                // no opening verb: recorded first; "expires after 30 days" needs no auxiliary
                new Expected("street-permits", "permits", "permit", List.of("RECORDED", "APPROVED", "REVOKED", "EXPIRED"),
                        List.of("createPermit", "approvePermit", "revokePermit"), List.of(), null, true, null),
                // one subject through three clauses: issued, redeemed, expire
                new Expected("garden-vouchers", "vouchers", "voucher", List.of("ISSUED", "REDEEMED", "EXPIRED"),
                        List.of("issueVoucher", "redeemVoucher"), List.of(), null, true, null),
                // a limit that must never be exceeded: a counter under its limit, named from "lending limit"; "a variety" names it
                new Expected("seed-bank", "seed varieties", "seed_variety", List.of("RECORDED", "SUSPENDED", "RELEASED"),
                        List.of("suspendSeedVariety", "releaseSeedVariety"), List.of(), "lending", false, "never be exceeded"),
                // raised against a vehicle: a reference to the other capability's record
                new Expected("fleet-defects", "defects", "defect", List.of("RAISED", "ASSIGNED", "ESCALATED", "CLOSED"),
                        List.of("raiseDefect", "assignDefect", "escalateDefect", "closeDefect"), List.of("vehicle_id"), null, false, null),
                // the noun is the verb's act: appealed first; "within 28 days" is an invariant, not a timer
                new Expected("exam-remarks", "appeals", "appeal", List.of("APPEALED", "REVIEWED", "UPHELD", "DISMISSED"),
                        List.of("appealAppeal", "reviewAppeal", "upholdAppeal", "dismissAppeal"), List.of(), null, false, "within 28 days of results"),
                // "an entry" names "logbook entries"; the participle "an approved entry" is a state
                new Expected("apprentice-logbooks", "logbook entries", "logbook_entry", List.of("SUBMITTED", "APPROVED", "REJECTED"),
                        List.of("submitLogbookEntry", "approveLogbookEntry", "rejectLogbookEntry"), List.of(), null, false, "never changed afterwards"));
    }

    static Consultation consult(String request) {
        return OfflineArchitect.create().consult(RequestReader.read(REQUESTS.resolve(request + ".yaml")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("table")
    void theVerbsOfTheRequestsSentencesBecomeTheRecordsStatesCommandsReferencesAndInvariants(Expected e) {
        Consultation c = consult(e.request());
        String id = "fr-" + e.capability().replace(' ', '-');
        FunctionalRequirement fr = c.requirements().functional().stream().filter(f -> f.id().equals(id)).findFirst().orElseThrow();
        assertThat(fr.description()).startsWith("Designed as a record with a lifecycle").contains("Designed from the request's own words")
                .contains(String.join(", then ", e.states()));
        if (e.invariant() != null) {
            assertThat(fr.description()).contains("invariant '" + e.invariant() + "'");
        }
        assertThat(c.requirements().openQuestions()).extracting(OpenQuestion::id).doesNotContain("oq-capability-" + e.capability().replace(' ', '-'));

        Entity record = entity(c, e.table());
        EntityConstraint status = record.constraints().stream().filter(k -> k.fields().equals(List.of("status"))).findFirst().orElseThrow();
        assertThat(status.values()).containsExactlyElementsOf(e.states());
        assertThat(record.fields()).extracting(f -> f.name()).containsAll(e.references()).contains("version", "idempotency_key");
        assertThat(record.fields().stream().anyMatch(f -> f.name().equals("expires_at"))).as("expires").isEqualTo(e.expires());
        if (e.counter() != null) {
            assertThat(record.constraints()).anySatisfy(k -> assertThat(k.kind() + "" + k.fields())
                    .isEqualTo("AT_MOST[" + e.counter() + "_count, " + e.counter() + "_limit]"));
        } else {
            assertThat(record.fields()).extracting(f -> f.name()).noneMatch(n -> n.endsWith("_limit"));
        }
        // each state after the first has the time it was reached (an expiry is the time the period runs out)
        for (String state : e.states().subList(1, e.states().size())) {
            assertThat(record.fields()).extracting(f -> f.name()).contains(state.toLowerCase(java.util.Locale.ROOT) + "_at");
        }
        Entity history = entity(c, e.table() + "_transition");
        assertThat(history.relations()).anySatisfy(r -> assertThat(r.targetEntity()).isEqualTo(e.table()));
        assertThat(history.constraints()).extracting(EntityConstraint::kind).contains(dev.architect.dossier.ConstraintKind.APPEND_ONLY);

        ArchetypeDossiersTest.assertDesigns(c, List.of(e.table(), e.table() + "_transition"), List.of(e.table() + ":ONE_OF", e.table() + ":NOT_NEGATIVE"),
                e.operations(), List.of());
        // the commands are POSTs on the record, in the codebase's style: /things/{id}/verb
        var ops = c.apis().stream().flatMap(a -> a.operations().stream()).toList();
        for (String op : e.operations()) {
            String verb = op.replaceAll("[A-Z].*$", "");
            var o = ops.stream().filter(x -> x.operationId().equals(op)).findFirst().orElseThrow();
            assertThat(o.path().endsWith("/" + verb) || o.path().endsWith("/transitions") || !o.path().contains("{")).as(op + " " + o.path()).isTrue();
        }
        // the main lifecycle is drawn as a sequence naming every command after the opening one
        SequenceDiagram flow = c.sequences().stream().filter(s -> s.id().endsWith("-lifecycle")).findFirst().orElseThrow();
        assertThat(flow.title()).contains(String.join(", ", e.states()));
        ValidationReport report = DossierValidator.validate(c);
        assertThat(report.violations()).as(report.describe()).isEmpty();
    }

    /** A capability the request names but never acts on stays an open question with its placeholder: no invented records. */
    @Test
    void aCapabilityNoSentenceActsOnStaysAnOpenQuestion() {
        Consultation c = consult("art-studio");
        assertThat(c.requirements().functional()).filteredOn(f -> f.id().equals("fr-mood-boards")).singleElement()
                .satisfies(f -> assertThat(f.description()).startsWith("Not designed yet"));
        assertThat(c.requirements().openQuestions()).extracting(OpenQuestion::id).contains("oq-capability-mood-boards");
        assertThat(c.dataModel().entities()).extracting(Entity::name).doesNotContain("mood_board_transition");
        // the other capabilities of the table's requests that no sentence acts on stay open too
        assertThat(consult("tool-library").requirements().openQuestions()).extracting(OpenQuestion::id).contains("oq-capability-shed-rota");
        assertThat(consult("fleet-defects").requirements().openQuestions()).extracting(OpenQuestion::id).contains("oq-capability-vehicles");
    }

    /** An archetype that knows the mechanism keeps it: booked berths are a booking, not a general lifecycle. */
    @Test
    void anArchetypeThatKnowsTheMechanismWinsOverTheGeneralLifecycle() {
        Consultation c = consult("moorings");
        assertThat(c.requirements().functional()).filteredOn(f -> f.id().equals("fr-berth-bookings")).singleElement()
                .satisfies(f -> assertThat(f.description()).doesNotContain("record with a lifecycle"));
        assertThat(c.dataModel().entities()).extracting(Entity::name).doesNotContain("berth_booking", "berth_booking_transition");
    }

    /**
     * Who does a command is read from the sentences, not guessed from the verb list: the bailiff whose description closes
     * beats closes them, the wardens the description makes the subject of "suspend" suspend them, and a record only staff
     * act on is created by the first of them, never by the first customer; no "Operations staff" is invented beside them.
     */
    @Test
    void theActorTheSentencesNameDoesEachCommandAndCreatesAStaffKeptRecord() {
        Consultation c = consult("river-beats");
        FunctionalRequirement fr = c.requirements().functional().stream().filter(f -> f.id().equals("fr-beats")).findFirst().orElseThrow();
        assertThat(fr.description()).contains("suspend (the warden; from RECORDED)", "close (the bailiff; from RECORDED or SUSPENDED)",
                "resume (the warden; from SUSPENDED)");
        assertThat(entity(c, "beat").fields()).extracting(f -> f.name()).contains("warden_id").doesNotContain("owner_id", "angler_id");
        SequenceDiagram flow = c.sequences().stream().filter(s -> s.id().endsWith("beats-lifecycle")).findFirst().orElseThrow();
        assertThat(flow.steps()).filteredOn(s -> s.message().startsWith("POST /beats")).extracting(s -> s.from() + " " + s.message())
                .containsExactly("warden POST /beats with Idempotency-Key", "warden POST /beats/{id}/suspend with expectedVersion",
                        "bailiff POST /beats/{id}/close with expectedVersion", "warden POST /beats/{id}/resume with expectedVersion");
        assertThat(flow.participants()).contains("warden", "bailiff").doesNotContain("angler", "operations-staff");
    }

    private static Entity entity(Consultation c, String name) {
        return c.dataModel().entities().stream().filter(x -> x.name().equals(name)).findFirst().orElseThrow(() -> new AssertionError("no table " + name));
    }
}
