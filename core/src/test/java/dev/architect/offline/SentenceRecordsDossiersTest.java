package dev.architect.offline;

import static org.assertj.core.api.Assertions.assertThat;

import dev.architect.dossier.ApiOperation;
import dev.architect.dossier.Consultation;
import dev.architect.dossier.Entity;
import dev.architect.dossier.EntityConstraint;
import dev.architect.dossier.EntityField;
import dev.architect.dossier.EntityIndex;
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
 * A capability nothing else designs, whose object the request's sentences name, is the record those sentences describe:
 * named after its object ("berth window allocation": berth_window), kept per what they say it is per ("per berth and per
 * tide"), with the amounts, shares, measures, counts, codes and moments they name, and the states they put it in
 * ("are charged ... and are invoiced": a command POST .../invoice, no PUT). Each request was written for this test in a
 * domain of its own (a port, a gene bank, a carbon registry, a pottery studio); a capability whose object is named only as
 * a verb, in a negated sentence or as a modifier of another noun stays an open question.
 */
class SentenceRecordsDossiersTest {

    private static final Path REQUESTS = Path.of("src", "test", "resources", "sentence-record-requests");

    /** A capability and its record: the table, the columns it must have, its states in order (empty: none), its commands. */
    record Expected(String request, String capability, String table, List<String> columns, List<String> states, List<String> commands) {
        @Override
        public String toString() {
            return request + ": " + capability;
        }
    }

    static Stream<Expected> table() {
        return Stream.of(
                // "Port dues are charged per call from the gross tonnage at a rate per tonne, in euros, and are invoiced within 3 days of departure"
                new Expected("berthline-port", "port dues", "port_due", List.of("vessel_call_id", "gross_tonnage", "rate", "currency", "departure_at",
                        "invoiced_at", "status"), List.of("CHARGED", "INVOICED"), List.of("invoicePortDue")),
                // "a berth window per berth and per tide is allocated to at most one vessel"
                new Expected("berthline-port", "berth window allocation", "berth_window", List.of("berth_id", "tide_id", "vessel_id"), List.of(), List.of()),
                // "Shipping lines declare each call with its estimated arrival and its length"
                new Expected("berthline-port", "vessel call declaration", "vessel_call", List.of("estimated_arrival_at", "length"), List.of(), List.of()),
                // "Viability tests are due every 10 years per lot": the -ing of the name is the test it keeps
                new Expected("seedvault-genebank", "viability testing schedule", "viability_test", List.of("seed_lot_id", "due_at"), List.of(), List.of()),
                // "Researchers order samples of up to 50 seeds per accession"
                new Expected("seedvault-genebank", "sample ordering", "sample", List.of("accession_id", "seed_count"), List.of(), List.of()),
                // "Buffer pool contributions of 10-20% of each issuance are held against reversals"
                new Expected("carbonledger-registry", "buffer pool contributions", "buffer_pool_contribution", List.of("percentage"), List.of(), List.of()),
                // "Glaze recipes are kept with their ingredient percentages, which must add up to 100%"
                new Expected("kilnworks-pottery", "glaze recipe library", "glaze_recipe", List.of("ingredient_percentage"), List.of(), List.of()));
    }

    static Consultation consult(String request) {
        return OfflineArchitect.create().consult(RequestReader.read(REQUESTS.resolve(request + ".yaml")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("table")
    void theCapabilityIsTheRecordItsSentencesDescribe(Expected e) {
        Consultation c = consult(e.request());
        String slug = e.capability().replace(' ', '-');
        FunctionalRequirement fr = c.requirements().functional().stream().filter(f -> f.id().equals("fr-" + slug)).findFirst().orElseThrow();
        assertThat(fr.description()).startsWith("Designed as a record its sentences describe: Keep each " + e.table().replace('_', ' '))
                .contains("as the request says (\"");
        assertThat(c.requirements().openQuestions()).extracting(OpenQuestion::id).doesNotContain("oq-capability-" + slug);
        Entity record = c.dataModel().entities().stream().filter(x -> x.name().equals(e.table())).findFirst().orElseThrow();
        assertThat(record.description()).doesNotStartWith("Placeholder");
        assertThat(record.fields()).extracting(EntityField::name).containsAll(e.columns());
        List<EntityConstraint> status = record.constraints().stream().filter(k -> k.fields().equals(List.of("status"))).toList();
        if (e.states().isEmpty()) {
            assertThat(status).isEmpty();
            assertThat(record.fields()).extracting(EntityField::name).doesNotContain("status");
        } else {
            assertThat(status).singleElement().satisfies(k -> assertThat(k.values()).containsExactlyElementsOf(e.states()));
        }
        List<ApiOperation> ops = c.apis().stream().flatMap(a -> a.operations().stream()).toList();
        assertThat(ops).extracting(ApiOperation::operationId).containsAll(e.commands());
        // state changes are commands, never a PUT or PATCH of the record
        assertThat(ops).filteredOn(o -> o.path().contains("/" + e.table().replace('_', '-'))).extracting(o -> o.method().name())
                .doesNotContain("PUT", "PATCH");
        ValidationReport report = DossierValidator.validate(c);
        assertThat(report.violations()).as(report.describe()).isEmpty();
    }

    /** "One per": the berth window's key is unique, so a second window for one berth and tide is refused. */
    @Test
    void aRecordAllowedOncePerKeyHasAUniqueIndexOnItsKeys() {
        Entity window = consult("berthline-port").dataModel().entities().stream().filter(x -> x.name().equals("berth_window")).findFirst().orElseThrow();
        assertThat(window.indexes()).filteredOn(EntityIndex::unique).extracting(EntityIndex::fields).contains(List.of("berth_id", "tide_id"));
        // a rule read from the same sentence must not keep one part of the two-part scope alone: one window per berth would
        // refuse the second tide's window the sentence allows
        assertThat(window.indexes()).extracting(EntityIndex::fields).doesNotContain(List.of("berth_id"));
        // the port dues are kept per call, many per call may exist: not unique
        Entity dues = consult("berthline-port").dataModel().entities().stream().filter(x -> x.name().equals("port_due")).findFirst().orElseThrow();
        assertThat(dues.indexes()).filteredOn(i -> i.fields().equals(List.of("vessel_call_id"))).singleElement()
                .satisfies(i -> assertThat(i.unique()).isFalse());
    }

    /**
     * Negative: "section leaders call each singer" (the object as a verb), "we do not keep music folios with a price" (a
     * negated sentence, though it names a price), "rehearsal room bookings" (a modifier of another noun): all stay open,
     * with their placeholders.
     */
    @Test
    void anObjectNamedOnlyAsAVerbNegatedOrAsAModifierStaysAnOpenQuestion() {
        Consultation c = consult("choir-rota-negatives");
        for (String slug : List.of("call-logging", "music-folios", "rehearsal-planning")) {
            assertThat(c.requirements().functional()).filteredOn(f -> f.id().equals("fr-" + slug)).singleElement()
                    .satisfies(f -> assertThat(f.description()).startsWith("Not designed yet"));
            assertThat(c.requirements().openQuestions()).extracting(OpenQuestion::id).contains("oq-capability-" + slug);
        }
        assertThat(c.dataModel().entities()).extracting(Entity::name).doesNotContain("call", "rehearsal");
        assertThat(c.dataModel().entities()).filteredOn(x -> List.of("call_logging", "music_folio", "rehearsal_planning").contains(x.name()))
                .hasSize(3).allSatisfy(x -> assertThat(x.description()).startsWith("Placeholder, not designed"));
    }

    /** Named, but with nothing said of it: "public retirement certificates available within 1 hour" keeps the placeholder. */
    @Test
    void anObjectNamedWithNothingSaidOfItStaysAnOpenQuestion() {
        Consultation c = consult("carbonledger-registry");
        assertThat(c.requirements().openQuestions()).extracting(OpenQuestion::id).contains("oq-capability-retirement-certificates");
    }
}
