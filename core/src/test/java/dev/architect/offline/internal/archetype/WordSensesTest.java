package dev.architect.offline.internal.archetype;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.architect.offline.internal.catalog.Catalogue;
import dev.architect.request.ConsultationRequest;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * A word of many senses fires the mechanism it names only where a neighbouring word selects that sense: each word the
 * file lists is tried in a fresh sentence of another sense (nothing fires) and in one of its own (it fires, and the
 * evidence says which word selected it). Domains the file was not written from: a water utility, a building society, a
 * loss adjuster, a research grant office, a crash-test lab, a sales force, a bank's regulator returns, a hotel group.
 */
class WordSensesTest {

    private static List<Recognised> recognised(ConsultationRequest request) {
        return Archetypes.standard().recognise(request, request.capabilities());
    }

    private static List<String> ids(ConsultationRequest request) {
        return recognised(request).stream().map(r -> r.archetype().id()).toList();
    }

    private static String shapeOf(String capability, ConsultationRequest request) {
        String table = capability.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "_");
        String path = table.replace('_', '-') + "s";
        CapabilityShapes.ShapeNames names = new CapabilityShapes.ShapeNames(capability, path, table, "Sample", path, "sampleId", table.replace('_', ' '));
        return CapabilityShapes.standard().design(names, request, null).map(d -> d.shape().id() + " | " + d.evidence().means()).orElse("open question");
    }

    @Test
    void aMainframeTheRequestKeepsAndSendsFilesToIsNoMigrationOffIt() {
        ConsultationRequest water = ConsultationRequest.builder("Aqua", "A water utility's meter readers use a handheld app. "
                        + "The day's readings go to the billing mainframe as a nightly file over SFTP.")
                .capabilities("meter reading upload").integration("Billing mainframe", "takes the nightly readings file").build();
        assertThat(ids(water)).doesNotContain("legacy-migration");
        ConsultationRequest society = ConsultationRequest.builder("Hearth", "A building society is retiring the mainframe that "
                        + "keeps its mortgage accounts over two years.")
                .capabilities("mortgage accounts").build();
        assertThat(recognised(society)).filteredOn(r -> r.archetype().id().equals("legacy-migration")).singleElement()
                .satisfies(r -> assertThat(r.evidence()).anyMatch(e -> e.means() != null && e.means().contains("'retiring'")));
    }

    @Test
    void reportingThatOthersFileWithTheOrganisationIsNoAnalyticsWarehouse() {
        ConsultationRequest returns = ConsultationRequest.builder("Ledgerline", "A central bank collects prudential returns from 40 banks.")
                .capabilities("return submission").integration("Regulatory reporting gateway", "what the banks reported each quarter").build();
        assertThat(ids(returns)).doesNotContain("reporting-analytics");
        ConsultationRequest hotels = ConsultationRequest.builder("Innkeep", "A hotel group runs 30 hotels.")
                .capabilities("management reporting").goals("managers see occupancy trends on dashboards by 8:00").build();
        assertThat(ids(hotels)).contains("reporting-analytics");
    }

    @Test
    void anAssessmentNobodyScoresAsAReviewerIsNoPanelAssessment() {
        ConsultationRequest adjuster = ConsultationRequest.builder("Loss", "A loss adjuster visits the property and writes up the damage. "
                + "The damage assessment goes to the insurer's claims system.").capabilities("damage assessment").build();
        assertThat(shapeOf("damage assessment", adjuster)).doesNotStartWith("assessment ");
        ConsultationRequest grants = ConsultationRequest.builder("Fund", "A research council funds projects. Each grant assessment is "
                + "scored by two reviewers independently.").capabilities("grant assessment").build();
        assertThat(shapeOf("grant assessment", grants)).startsWith("assessment |").contains("read as an item scored by independent reviewers");
    }

    @Test
    void aPipelineRunIsNoBillingBatchWhileACommissionRunIs() {
        ConsultationRequest lab = ConsultationRequest.builder("Crash", "Engineers launch simulation runs of crash tests on the cluster; "
                + "each simulation writes its results for the quarterly safety period report.").capabilities("simulation runs").build();
        assertThat(shapeOf("simulation runs", lab)).doesNotStartWith("batch-run");
        ConsultationRequest sales = ConsultationRequest.builder("Quota", "A sales force of 900 agents. Each month the commission run "
                + "works out what every agent earned.").capabilities("commission runs").build();
        assertThat(shapeOf("commission runs", sales)).startsWith("batch-run");
    }

    @Test
    void aReviewByAPanelIsNoCustomersRatingWhileAGuestsStarReviewIs() {
        ConsultationRequest panel = ConsultationRequest.builder("Grants", "Each proposal review is done by a panel of reviewers.")
                .capabilities("proposal review").build();
        WordSenses senses = WordSenses.standard();
        assertThat(senses.read(WordSenses.Kind.RESOURCE, "review", "review", WordSenses.aroundCapability(panel, "proposal review", "review")).counts())
                .isFalse();
        ConsultationRequest hotels = ConsultationRequest.builder("Stay", "Guests leave a review with one to five stars after checkout.")
                .capabilities("guest reviews").build();
        WordSenses.Reading reading = senses.read(WordSenses.Kind.RESOURCE, "review", "reviews", WordSenses.aroundCapability(hotels, "guest reviews", "reviews"));
        assertThat(reading.counts()).isTrue();
        assertThat(reading.note()).contains("a customer's rating");
    }

    @Test
    void aBareCapabilityIsReadOnlyWhereTheRequestSpeaksOfItNeverFromAWordElsewhere() {
        // the sentence speaking of the payments says card: taken in by card
        ConsultationRequest scooters = ConsultationRequest.builder("Ridely", "Scooter rental. Riders' payments are taken by card by the minute.")
                .capabilities("rides", "payments").build();
        assertThat(ids(scooters)).contains("payments-ledger");
        // "card" in a sentence that does not speak of the payments says nothing of them: not designed, asked about
        ConsultationRequest hire = ConsultationRequest.builder("Ridely", "Scooter rental charging cards by the minute.")
                .capabilities("rides", "payments").build();
        assertThat(ids(hire)).doesNotContain("payments-ledger");
        assertThat(Archetypes.standard().unsure(hire, hire.capabilities())).anySatisfy(u -> assertThat(u.archetype().id()).isEqualTo("payments-ledger"));
        ConsultationRequest court = ConsultationRequest.builder("Docket", "Tenants pay the court's fees by card on the state portal.")
                .capabilities("hearings", "payments").build();
        assertThat(ids(court)).doesNotContain("payments-ledger"); // a card and a portal: ambiguous
    }

    @Test
    void aWordAloneOrBesideBothSensesFiresNothingAndAWordTheFileDoesNotListKeepsItsRules() {
        WordSenses senses = WordSenses.standard();
        assertThat(senses.read(WordSenses.Kind.ARCHETYPE, "legacy-migration", "mainframe", List.of("the mainframe")).counts()).isFalse();
        WordSenses.Reading both = senses.read(WordSenses.Kind.ARCHETYPE, "legacy-migration", "mainframe",
                List.of("we replace the mainframe that takes the nightly file"));
        assertThat(both.counts()).isFalse();
        assertThat(both.note()).contains("ambiguous");
        assertThat(senses.read(WordSenses.Kind.ARCHETYPE, "legacy-migration", "as400", List.of("the as400"))).isEqualTo(WordSenses.Reading.UNLISTED);
    }

    @Test
    void aSenseNamingARecogniserTheCataloguesLackOrOneWhosePhraseTheWordIsNotFailsAtLoadNamingIt() {
        assertThatThrownBy(() -> read("words:\n  - word: mainframe\n    senses:\n      - {meaning: a, archetypes: [no-such], selectedBy: [replace]}\n"
                + "      - {meaning: b, selectedBy: [nightly]}\n")).hasMessageContaining("no-such").hasMessageContaining("mainframe");
        assertThatThrownBy(() -> read("words:\n  - word: mainframe\n    senses:\n      - {meaning: a, archetypes: [search], selectedBy: [replace]}\n"
                + "      - {meaning: b, selectedBy: [nightly]}\n")).hasMessageContaining("not a phrase of archetype 'search'");
        assertThatThrownBy(() -> read("words:\n  - word: run\n    senses:\n      - {meaning: a, shapes: [batch-run], selectedBy: [Payroll]}\n"
                + "      - {meaning: b, selectedBy: [job]}\n")).hasMessageContaining("'Payroll'");
        assertThatThrownBy(() -> read("words:\n  - word: run\n    senses:\n      - {meaning: a, shapes: [batch-run], selectedBy: [payroll]}\n"))
                .hasMessageContaining("at least two senses");
        assertThatThrownBy(() -> read("words:\n  - word: review\n    senses:\n      - {meaning: a, resources: [no-row], selectedBy: [stars]}\n"
                + "      - {meaning: b, selectedBy: [panel]}\n")).hasMessageContaining("no-row");
        assertThat(read("words:\n  - word: run\n    senses:\n      - {meaning: a, shapes: [batch-run], selectedBy: [payroll]}\n"
                + "      - {meaning: b, selectedBy: [job]}\n").words()).hasSize(1);
    }

    private static WordSenses read(String yaml) {
        return WordSenses.read(new ByteArrayInputStream(yaml.getBytes(StandardCharsets.UTF_8)), "test.yaml", Archetypes.standard(),
                CapabilityShapes.standard(), Catalogue.standard());
    }
}
