package dev.architect.offline;

import static org.assertj.core.api.Assertions.assertThat;

import dev.architect.dossier.Consultation;
import dev.architect.dossier.Entity;
import dev.architect.dossier.EntityConstraint;
import dev.architect.dossier.FunctionalRequirement;
import dev.architect.dossier.OpenQuestion;
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
 * A capability named "&lt;object&gt; &lt;generic action&gt;" ("ride management", "sample registry") is designed as the object's
 * record from what the request's sentences say of the object: no sentence acts on "management", they act on rides.
 * Each request below was written for this test in a domain of its own; each lists the record's table, its first state,
 * every state its sentences give it, its commands, whether a stated period expires it, and the invariant it names.
 */
class NamedObjectLifecyclesDossiersTest {

    private static final Path REQUESTS = Path.of("src", "test", "resources", "lifecycle-requests");

    /** A request's capability and what its design must be. */
    record Expected(String request, String capability, String table, List<String> states, List<String> operations, boolean expires, String invariant) {
        @Override
        public String toString() {
            return request + ": " + capability;
        }
    }

    static Stream<Expected> table() {
        return Stream.of(
                // micromobility: "Riders start, pause and stop rides"; stop and pause are undone by resume
                new Expected("scooter-rides", "ride management", "ride", List.of("STARTED", "STOPPED", "PAUSED"),
                        List.of("startRide", "stopRide", "pauseRide", "resumeRide"), false, "never billed after it was stopped"),
                // the same request's other object: "Mechanics suspend a scooter ... and reinstate it"; no opening verb, so recorded first
                new Expected("scooter-rides", "scooter administration", "scooter", List.of("RECORDED", "SUSPENDED"),
                        List.of("createScooter", "suspendScooter", "reinstateScooter"), false, null),
                // biobank: registered on arrival, verified, approved, archived; held while a freezer is repaired, then released
                new Expected("lab-samples", "sample registry", "sample", List.of("REGISTERED", "VERIFIED", "ARCHIVED", "RELEASED", "HELD", "APPROVED"),
                        List.of("registerSample", "verifySample", "approveSample", "archiveSample", "releaseSample"), false,
                        "never released without a verified consent"),
                // adult education: enrolled by the learner, confirmed or declined by the registrar, expired after 14 days
                new Expected("college-enrolments", "enrolment administration", "enrolment", List.of("ENROLLED", "DECLINED", "CONFIRMED", "EXPIRED"),
                        List.of("enrolEnrolment", "confirmEnrolment", "declineEnrolment"), true, null),
                // veterinary papers: a two-word object, issued by vets, revoked, verified at the border
                new Expected("vet-certificates", "vaccination certificate management", "vaccination_certificate", List.of("ISSUED", "REVOKED", "VERIFIED"),
                        List.of("issueVaccinationCertificate", "revokeVaccinationCertificate", "verifyVaccinationCertificate"), false, null));
    }

    static Consultation consult(String request) {
        return OfflineArchitect.create().consult(RequestReader.read(REQUESTS.resolve(request + ".yaml")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("table")
    void theObjectOfTheNameIsDesignedFromTheVerbsActingOnIt(Expected e) {
        Consultation c = consult(e.request());
        String id = "fr-" + e.capability().replace(' ', '-');
        FunctionalRequirement fr = c.requirements().functional().stream().filter(f -> f.id().equals(id)).findFirst().orElseThrow();
        // the record is the object, never "a ride management"
        assertThat(fr.description()).startsWith("Designed as a record with a lifecycle: Keep each " + e.table().replace('_', ' ') + " as a record")
                .doesNotContain("each " + e.capability());
        if (e.invariant() != null) {
            assertThat(fr.description()).contains("invariant '" + e.invariant() + "'");
        }
        assertThat(c.requirements().openQuestions()).extracting(OpenQuestion::id).doesNotContain("oq-capability-" + e.capability().replace(' ', '-'));

        Entity record = c.dataModel().entities().stream().filter(x -> x.name().equals(e.table())).findFirst().orElseThrow();
        EntityConstraint status = record.constraints().stream().filter(k -> k.fields().equals(List.of("status"))).findFirst().orElseThrow();
        assertThat(status.values()).containsExactlyInAnyOrderElementsOf(e.states()).first().isEqualTo(e.states().get(0));
        assertThat(record.fields().stream().anyMatch(f -> f.name().equals("expires_at"))).as("expires").isEqualTo(e.expires());
        assertThat(c.dataModel().entities()).extracting(Entity::name).contains(e.table() + "_transition")
                .doesNotContain(e.table() + "_management", e.table() + "_administration", e.table() + "_registry");
        assertThat(c.apis().stream().flatMap(a -> a.operations().stream()).map(o -> o.operationId())).containsAll(e.operations());
        ValidationReport report = DossierValidator.validate(c);
        assertThat(report.violations()).as(report.describe()).isEmpty();
    }

    /** An object no sentence acts on stays open, and the question names the object, not the generic action. */
    @Test
    void anObjectNoSentenceActsOnStaysAnOpenQuestionThatNamesTheObject() {
        Consultation c = consult("scooter-rides");
        assertThat(c.requirements().functional()).filteredOn(f -> f.id().equals("fr-parking-zone-administration")).singleElement()
                .satisfies(f -> assertThat(f.description()).startsWith("Not designed yet: no sentence of the request says what happens to parking zones (who creates, changes or ends them)"));
        assertThat(c.requirements().openQuestions()).filteredOn(q -> q.id().equals("oq-capability-parking-zone-administration")).singleElement()
                .satisfies(q -> assertThat(q.question()).isEqualTo("What happens to parking zones in 'parking zone administration': who creates, changes and ends them, and what must"
                        + " always hold of them?"));
        assertThat(c.dataModel().entities()).extracting(Entity::name).doesNotContain("parking_zone_transition");
        // a name with no generic action keeps the old question
        assertThat(consult("tool-library").requirements().openQuestions()).filteredOn(q -> q.id().equals("oq-capability-shed-rota")).singleElement()
                .satisfies(q -> assertThat(q.question()).isEqualTo("What does 'shed rota' own, and how is it used?"));
    }
}
