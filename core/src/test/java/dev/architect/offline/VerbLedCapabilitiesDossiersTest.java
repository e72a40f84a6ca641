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
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A capability named by its verbs ("inspect and certify a weld") is a record of its object with a command per verb, in the
 * name's order, each leading to the state named after it; never the catalogue's CRUD of a noun in the name, never a record
 * named after the whole name. Four requests written for this test, in domains none of the review requests has (a shipyard,
 * school catering, museum loans, winter highways), each with its verb-led names and noun-led names that must not change.
 */
class VerbLedCapabilitiesDossiersTest {

    private static final Path REQUESTS = Path.of("src", "test", "resources", "verb-led-requests");
    private static final Map<String, Consultation> CONSULTED = new ConcurrentHashMap<>();

    /** A verb-led capability and its design: the record, its states in order, its operations, a reference and the commands asked about. */
    record Expected(String request, String capability, String table, List<String> states, List<String> operations, String reference,
                    List<String> asked) {
        @Override
        public String toString() {
            return request + ": " + capability;
        }
    }

    static Stream<Expected> table() {
        return Stream.of(
                // two verbs the lexicon does not know, in order: certified only once inspected
                new Expected("weldmark", "inspect and certify a weld", "weld", List.of("RECORDED", "INSPECTED", "CERTIFIED"),
                        List.of("createWeld", "inspectWeld", "certifyWeld"), null, List.of("inspect", "certify")),
                new Expected("weldmark", "quarantine a steel plate", "steel_plate", List.of("RECORDED", "QUARANTINED"),
                        List.of("createSteelPlate", "quarantineSteelPlate"), null, List.of("quarantine")),
                // the catalogue read "order" in "pre-order" as orders CRUD; the sentences add the school's cancel
                new Expected("lunchbox", "pre-order a lunch for each pupil", "lunch", List.of("RECORDED", "PREORDERED", "CANCELLED"),
                        List.of("preorderLunch", "cancelLunch"), "pupil_id", List.of("preorder")),
                // approve is the lexicon's (no question); insure is not
                new Expected("loanwall", "approve and insure outgoing loans", "outgoing_loan", List.of("RECORDED", "APPROVED", "INSURED"),
                        List.of("approveOutgoingLoan", "insureOutgoingLoan"), null, List.of("insure")),
                new Expected("loanwall", "check the crate at each handover", "crate", List.of("RECORDED", "CHECKED"),
                        List.of("checkCrate"), "handover_id", List.of("check")),
                // dispatch is the lexicon's command (its form there is "dispatched"): no question
                new Expected("gritline", "dispatch a gritter to each route", "gritter", List.of("RECORDED", "DISPATCHED"),
                        List.of("dispatchGritter"), "route_id", List.of()));
    }

    static Consultation consult(String request) {
        return CONSULTED.computeIfAbsent(request, r -> OfflineArchitect.create().consult(RequestReader.read(REQUESTS.resolve(r + ".yaml"))));
    }

    private static String slug(String capability) {
        return capability.replace(' ', '-');
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("table")
    void aVerbLedCapabilityIsItsObjectsRecordWithACommandPerVerb(Expected e) {
        Consultation c = consult(e.request());
        FunctionalRequirement fr = c.requirements().functional().stream().filter(f -> f.id().equals("fr-" + slug(e.capability()))).findFirst().orElseThrow();
        assertThat(fr.description()).startsWith("Designed as a record with a lifecycle: ")
                .contains("keep each " + e.table().replace('_', ' ') + " as a record with a lifecycle, " + String.join(", then ", e.states()))
                .doesNotContain("Create, list, read and update").doesNotContain("each " + e.capability());
        Entity record = c.dataModel().entities().stream().filter(x -> x.name().equals(e.table())).findFirst().orElseThrow();
        EntityConstraint status = record.constraints().stream().filter(k -> k.fields().equals(List.of("status"))).findFirst().orElseThrow();
        assertThat(status.values()).containsExactlyElementsOf(e.states());
        if (e.reference() != null) {
            assertThat(record.fields()).extracting(f -> f.name()).contains(e.reference());
        }
        assertThat(c.apis().stream().flatMap(a -> a.operations().stream()).map(o -> o.operationId())).containsAll(e.operations());
        assertThat(c.requirements().openQuestions()).extracting(OpenQuestion::id).doesNotContain("oq-capability-" + slug(e.capability()));
        List<String> asked = c.requirements().openQuestions().stream().map(OpenQuestion::id)
                .filter(id -> id.startsWith("oq-command-" + slug(e.capability()) + "-")).map(id -> id.substring(("oq-command-" + slug(e.capability()) + "-").length()))
                .toList();
        assertThat(asked).containsExactlyInAnyOrderElementsOf(e.asked());
        ValidationReport report = DossierValidator.validate(c);
        assertThat(report.violations()).as(report.describe()).isEmpty();
    }

    @Test
    void aLaterVerbOfTheNameRunsOnlyFromTheStateTheVerbBeforeItLeadsTo() {
        Consultation c = consult("weldmark");
        var certify = c.apis().stream().flatMap(a -> a.operations().stream()).filter(o -> o.operationId().equals("certifyWeld")).findFirst().orElseThrow();
        assertThat(certify.path()).isEqualTo("/welds/{weldId}/certify");
        assertThat(certify.summary()).contains("from INSPECTED to CERTIFIED");
        assertThat(certify.responses()).anySatisfy(r -> {
            assertThat(r.status()).isEqualTo(409);
            assertThat(r.description()).contains("only from INSPECTED");
        });
        FunctionalRequirement fr = c.requirements().functional().stream().filter(f -> f.id().equals("fr-inspect-and-certify-a-weld")).findFirst().orElseThrow();
        // the inspector's own description says the verb actively on welds: the inspector certifies
        assertThat(fr.description()).contains("certify (the inspector; from INSPECTED)");
    }

    @Test
    void aNounLedNameOrAGenericKeepingVerbIsDesignedAsBefore() {
        // noun-led names whose first word is also a verb: none is read as a command on its object
        for (String[] kept : List.of(new String[] {"weldmark", "test results"}, new String[] {"weldmark", "order history"},
                new String[] {"lunchbox", "order history"}, new String[] {"lunchbox", "stock levels"}, new String[] {"loanwall", "record retention"},
                new String[] {"loanwall", "file uploads"}, new String[] {"gritline", "manage salt barns"}, new String[] {"lunchbox", "top up a pupil wallet"})) {
            Consultation c = consult(kept[0]);
            FunctionalRequirement fr = c.requirements().functional().stream().filter(f -> f.id().equals("fr-" + slug(kept[1]))).findFirst().orElseThrow();
            assertThat(fr.description()).as(kept[1]).doesNotContain("as a record with a lifecycle");
            assertThat(c.requirements().openQuestions()).extracting(OpenQuestion::id).as(kept[1]).noneMatch(id -> id.startsWith("oq-command-" + slug(kept[1])));
        }
    }
}
