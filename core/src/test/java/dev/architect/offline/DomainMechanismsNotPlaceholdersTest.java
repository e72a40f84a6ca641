package dev.architect.offline;

import static org.assertj.core.api.Assertions.assertThat;

import dev.architect.dossier.Consultation;
import dev.architect.dossier.Container;
import dev.architect.dossier.Entity;
import dev.architect.dossier.EntityConstraint;
import dev.architect.dossier.FunctionalRequirement;
import dev.architect.request.RequestReader;
import dev.architect.validation.DossierValidator;
import dev.architect.validation.ValidationReport;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Pharmacy dispensing, a controlled-substance register, answers queued on the device, automatic grading, a rendered
 * PDF export and audio processing are designed as the mechanisms they are, from requests written for this test in
 * domains of their own; and the words that used to pull in the wrong design (a pharmacist's review read as a product
 * review, automatic grading read as a panel of human reviewers, a PDF export offered as CSV, audio given thumbnails)
 * no longer do.
 */
class DomainMechanismsNotPlaceholdersTest {

    private static final Path REQUESTS = Path.of("src", "test", "resources", "domain-mechanism-requests");

    /** A request, the archetypes it must recognise (at least), and the tables, invariants, operations and flows its design must hold. */
    record Expected(String request, Set<String> archetypes, List<String> entities, List<String> constraints, List<String> operations,
                    List<String> flows) {
        @Override
        public String toString() {
            return request;
        }
    }

    static Stream<Expected> table() {
        return Stream.of(
                // Prescriptions with the refills they still authorise, an NCPDP SCRIPT journal, a pharmacist's verification
                // before dispensing, and a witnessed register of controlled substances.
                new Expected("mail-order-pharmacy", Set.of("prescription-dispensing", "controlled-substance-register"),
                        List.of("prescription", "fill_request", "pharmacist_verification", "erx_message", "controlled_substance_entry",
                                "controlled_substance_count", "controlled_substance_count_line"),
                        List.of("prescription:NOT_NEGATIVE", "prescription:AT_MOST", "fill_request:ONE_OF", "pharmacist_verification:DIFFERENT",
                                "pharmacist_verification:APPEND_ONLY", "erx_message:APPEND_ONLY", "controlled_substance_entry:APPEND_ONLY",
                                "controlled_substance_entry:NOT_NEGATIVE", "controlled_substance_entry:DIFFERENT", "controlled_substance_count:DIFFERENT"),
                        List.of("requestRefill", "listVerificationQueue", "verifyFill", "receiveScriptMessage", "recordControlledEntry",
                                "listControlledEntries", "startControlledCount", "recordCountLine"),
                        List.of("seq-refill-to-verification", "seq-receive-e-prescription", "seq-dispense-controlled-substance")),
                // A veterinary practice's controlled drugs are the same register, with no pharmacy around it.
                new Expected("vet-clinic-drugs", Set.of("controlled-substance-register"),
                        List.of("controlled_substance_entry", "controlled_substance_count", "controlled_substance_count_line"),
                        List.of("controlled_substance_entry:DIFFERENT", "controlled_substance_count_line:APPEND_ONLY"),
                        List.of("recordControlledEntry", "startControlledCount", "recordCountLine"),
                        List.of("seq-dispense-controlled-substance")),
                // Answers kept on classroom tablets and sent in batches with receipts; graded against the key with overrides.
                new Expected("language-quizzes", Set.of("answer-autosave"),
                        List.of("response_attempt", "draft_answer", "attempt_device", "queued_save_receipt", "automatic_marking",
                                "automatic_marking_item", "automatic_marking_override"),
                        List.of("queued_save_receipt:APPEND_ONLY", "automatic_marking:AT_MOST", "automatic_marking_item:AT_MOST",
                                "automatic_marking_override:APPEND_ONLY"),
                        List.of("sendQueuedSaves", "submitAttempt", "getAutomaticMarking", "overrideAutomaticMarking"),
                        List.of("seq-queued-answers-reach-the-server", "seq-automatic-markings-grade-on-submission")),
                // Audio is transcoded and loudness-normalised into renditions, with chapters.
                new Expected("music-demos", Set.of("files-media"),
                        List.of("stored_file", "audio_rendition", "audio_chapter"),
                        List.of("audio_rendition:ONE_OF", "audio_rendition:POSITIVE"),
                        List.of("createUploadUrl", "listAudioRenditions"),
                        List.of("seq-upload-file")));
    }

    static Consultation consult(String request) {
        return OfflineArchitect.create().consult(RequestReader.read(REQUESTS.resolve(request + ".yaml")));
    }

    private static List<String> recognised(Consultation c) {
        return ArchetypeDossiersTest.recognisedArchetypes(c);
    }

    private static FunctionalRequirement requirement(Consultation c, String id) {
        return c.requirements().functional().stream().filter(f -> f.id().equals(id)).findFirst().orElseThrow(() -> new AssertionError("no " + id));
    }

    private static Entity entity(Consultation c, String name) {
        return c.dataModel().entities().stream().filter(e -> e.name().equals(name)).findFirst().orElseThrow(() -> new AssertionError("no table " + name));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("table")
    void theMechanismIsDesignedInTablesOperationsAndFlowsAndNoCapabilityIsLeftAPlaceholder(Expected e) {
        Consultation c = consult(e.request());
        assertThat(recognised(c)).as("archetypes").containsAll(e.archetypes());
        ArchetypeDossiersTest.assertDesigns(c, e.entities(), e.constraints(), e.operations(), e.flows());
        ValidationReport report = DossierValidator.validate(c);
        assertThat(report.violations()).as(report.describe()).isEmpty();
    }

    @Test
    void everyCapabilityOfThePharmacyIsDesignedAndThePharmacistsReviewIsAVerificationNotAProductReview() {
        Consultation c = consult("mail-order-pharmacy");
        for (String id : List.of("fr-electronic-prescriptions", "fr-refill-requests", "fr-pharmacist-verification", "fr-controlled-substance-register")) {
            assertThat(requirement(c, id).description()).as(id).doesNotContain("Not designed yet").doesNotContain("Create, list, read and update");
        }
        assertThat(c.dataModel().entities()).extracting(Entity::name).doesNotContain("review");
        assertThat(c.dataModel().entities()).flatExtracting(Entity::fields).extracting(f -> f.name()).doesNotContain("product_id");
        // The network named in the request is the external system the gateway talks to.
        assertThat(c.c4().containers()).extracting(Container::id).contains("erx-gateway");
    }

    @Test
    void refillsInACoffeeShopAreNotPrescriptions() {
        Consultation c = consult("cafe-refills");
        assertThat(recognised(c)).doesNotContain("prescription-dispensing", "controlled-substance-register");
        assertThat(c.dataModel().entities()).extracting(Entity::name).doesNotContain("prescription", "fill_request");
    }

    @Test
    void automaticMarkingIsGradedAgainstTheKeyNotByTwoBlindReviewers() {
        Consultation c = consult("language-quizzes");
        assertThat(requirement(c, "fr-automatic-marking").description()).contains("automatic grader marking against an answer key")
                .doesNotContain("independent reviewers");
        assertThat(c.dataModel().entities()).extracting(Entity::name).doesNotContain("automatic_marking_score");
        assertThat(c.dataModel().entities()).flatExtracting(Entity::constraints).extracting(EntityConstraint::kind)
                .doesNotContain(dev.architect.dossier.ConstraintKind.QUORUM);
        // Tablets over patchy wifi: the answers are queued on the device, and quiz taking is that mechanism, not a placeholder.
        assertThat(requirement(c, "fr-archetype-answer-autosave").description()).contains("on the respondent's device first");
        assertThat(requirement(c, "fr-quiz-taking").description()).doesNotContain("Not designed yet");
    }

    @Test
    void aPdfExportIsRenderedAsAPdfWhileACsvExportStaysADataExport() {
        Consultation c = consult("contract-drafts");
        assertThat(requirement(c, "fr-pdf-export").description()).contains("rendered export");
        EntityConstraint pdfFormat = entity(c, "pdf_export").constraints().stream()
                .filter(k -> k.kind() == dev.architect.dossier.ConstraintKind.ONE_OF && k.fields().contains("format")).findFirst().orElseThrow();
        assertThat(pdfFormat.values()).contains("PDF").doesNotContain("CSV", "PARQUET", "XLSX");
        assertThat(requirement(c, "fr-matter-export").description()).contains("data export run as a job");
        EntityConstraint csvFormat = entity(c, "matter_export").constraints().stream()
                .filter(k -> k.kind() == dev.architect.dossier.ConstraintKind.ONE_OF && k.fields().contains("format")).findFirst().orElseThrow();
        assertThat(csvFormat.values()).contains("CSV");
    }

    @Test
    void audioIsTranscodedAndLoudnessNormalisedNotGivenThumbnails() {
        Consultation c = consult("music-demos");
        Container processor = c.c4().containers().stream().filter(x -> x.id().equals("media-processor")).findFirst().orElseThrow();
        assertThat(processor.technology()).contains("FFmpeg").doesNotContain("libvips");
        assertThat(processor.description()).contains("loudness").doesNotContain("thumbnail");
    }
}
