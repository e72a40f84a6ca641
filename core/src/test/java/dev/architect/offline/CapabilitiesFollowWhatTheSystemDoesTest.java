package dev.architect.offline;

import static org.assertj.core.api.Assertions.assertThat;

import dev.architect.dossier.Consultation;
import dev.architect.dossier.Container;
import dev.architect.dossier.Decision;
import dev.architect.dossier.DecisionTopic;
import dev.architect.dossier.Entity;
import dev.architect.dossier.FunctionalRequirement;
import dev.architect.request.ConsultationRequest;
import dev.architect.request.RequestReader;
import dev.architect.testing.ValidDossiers;
import dev.architect.validation.DossierValidator;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * A capability that names what a recognised archetype does is designed by it, not left a placeholder nor read as
 * something else from one of its words: couriers' live tracking is dispatch's live index (not readings in batches),
 * ordering is the shop's orders, reconciliation is the reconciling archetype's, an upload is files and media.
 */
class CapabilitiesFollowWhatTheSystemDoesTest {

    private static Consultation consult(String folder, String name) {
        return valid(RequestReader.read(Path.of("src", "test", "resources", folder, name + ".yaml")));
    }

    private static Consultation valid(ConsultationRequest request) {
        Consultation c = OfflineArchitect.create().consult(request);
        assertThat(DossierValidator.validate(c, request).errors()).as("validation errors").isEmpty();
        return c;
    }

    private static String requirement(Consultation c, String id) {
        return c.requirements().functional().stream().filter(f -> f.id().equals(id)).map(FunctionalRequirement::description)
                .findFirst().orElseThrow(() -> new AssertionError("no " + id));
    }

    @Test
    void aCouriersLiveTrackingIsDesignedByDispatchNotAsReadingsInBatches() {
        Consultation c = consult("archetype-requests", "courier-groceries");

        assertThat(requirement(c, "fr-live-tracking")).isEqualTo("Designed as dispatch and live location (see that requirement)");
        assertThat(requirement(c, "fr-archetype-geo-dispatch")).contains("capability 'live tracking' says 'live tracking'");
        assertThat(c.dataModel().entities()).extracting(Entity::name).doesNotContain("reading", "live_tracking");
        assertThat(c.c4().containers()).extracting(Container::id).doesNotContain("telemetry-store", "live-tracking-service");
        assertThat(c.decisions()).extracting(Decision::topic).doesNotContain(DecisionTopic.INGESTION, DecisionTopic.DATA_TIERING);
        // "Ordering" names what the shop does: its orders, with stock reserved at checkout.
        assertThat(requirement(c, "fr-ordering")).isEqualTo("Designed as catalog, cart and orders (see that requirement)");
        assertThat(requirement(c, "fr-archetype-commerce")).contains("capability 'ordering' says 'ordering'");
    }

    @Test
    void ingestionThatTelemetryClaimsStaysReadingsInBatches() {
        Consultation c = valid(Requests.fresh("freight-telemetry"));

        assertThat(requirement(c, "fr-telemetry-ingestion")).contains("in batches");
        assertThat(c.dataModel().entities()).extracting(Entity::name).contains("reading");
    }

    @Test
    void reconciliationWithAStatementIsDesignedByStatementReconciliationWithTheStatementAsEvidence() {
        Consultation c = consult("archetype-requests", "settlement-reconciliation");

        assertThat(requirement(c, "fr-reconciliation")).isEqualTo("Designed as reconciliation against external statements (see that requirement)");
        assertThat(requirement(c, "fr-archetype-statement-reconciliation"))
                .contains("capability 'reconciliation' says 'reconciliation'")
                .contains("'settlement report': an external statement to reconcile against");
    }

    @Test
    void payoutsReconciledFromTheBanksStatusReportsDesignTheirReconciliationCapability() {
        Consultation c = ValidDossiers.of("""
                system: FleetPay
                description: >
                  A gig platform pays out 20,000 drivers every week by SEPA credit transfer through its bank.
                capabilities: [driver payouts, reconciliation]
                load: {peakRequestsPerSecond: 20, readWriteRatio: 3}
                team: {size: 4, expertise: [Java, PostgreSQL]}
                deployment: {cloud: aws, regions: [eu-central-1]}
                """);

        assertThat(requirement(c, "fr-reconciliation")).isEqualTo("Designed as outgoing payments and payouts (see that requirement)");
        assertThat(c.requirements().functional()).extracting(FunctionalRequirement::id)
                .doesNotContain("fr-archetype-statement-reconciliation");
    }

    @Test
    void anUploadOfFilesIsFilesAndMediaButACsvUploadOfRowsIsNot() {
        Consultation audio = consult("capability-shape-requests", "audiobook-studio");
        assertThat(requirement(audio, "fr-chapter-upload")).isEqualTo("Designed as files and media (see that requirement)");
        assertThat(audio.c4().containers()).extracting(Container::id).contains("file-store");

        Consultation prices = ValidDossiers.of("""
                system: PriceBoard
                description: >
                  Distributors send their price lists as a CSV upload every night; buyers compare prices.
                capabilities: [price list imports, price comparison]
                load: {peakRequestsPerSecond: 20, readWriteRatio: 30}
                team: {size: 3, expertise: [Python, PostgreSQL]}
                deployment: {cloud: gcp, regions: [europe-west1]}
                """);
        assertThat(prices.requirements().functional()).extracting(FunctionalRequirement::id).doesNotContain("fr-archetype-files-media");
    }

    @Test
    void anUploadOfARecordKeepsTheRecordBesideItsFileWhileAnUploadOfPhotosIsOnlyFiles() {
        Consultation c = ValidDossiers.of("""
                system: FactorDesk
                description: >
                  Small firms upload unpaid invoices as PDF files; we check each invoice and advance money against it.
                capabilities: [invoice upload, photo uploads]
                load: {peakRequestsPerSecond: 20, readWriteRatio: 3}
                team: {size: 4, expertise: [Java, PostgreSQL]}
                deployment: {cloud: aws, regions: [eu-west-2]}
                """);

        // The invoice is a record of its own (amount, due date, status) whose PDF the files archetype keeps.
        assertThat(c.dataModel().entities()).extracting(Entity::name).contains("invoice", "stored_file").doesNotContain("photo");
        assertThat(c.dataModel().entities()).filteredOn(e -> e.name().equals("invoice")).singleElement()
                .satisfies(e -> assertThat(e.fields()).extracting(f -> f.name()).contains("amount", "due_at"));
        assertThat(requirement(c, "fr-invoice-upload")).doesNotStartWith("Designed as");
        assertThat(requirement(c, "fr-photo-uploads")).isEqualTo("Designed as files and media (see that requirement)");
    }

    @Test
    void overdueInvoicesAndFeedsAreDesignedByTheirMechanisms() {
        Consultation dunning = consult("archetype-requests", "tuition-dunning");
        assertThat(requirement(dunning, "fr-dunning")).isEqualTo("Designed as collections and dunning (see that requirement)");
        assertThat(requirement(dunning, "fr-write-offs")).isEqualTo("Designed as collections and dunning (see that requirement)");

        Consultation feeds = consult("archetype-requests", "podcast-feeds");
        assertThat(requirement(feeds, "fr-rss-feeds")).isEqualTo("Designed as feed publishing (see that requirement)");
        assertThat(feeds.apis()).flatMap(a -> a.operations()).filteredOn(o -> o.operationId().equals("getPublishedFeed")).singleElement()
                .satisfies(o -> assertThat(o.responses()).extracting(r -> r.status()).contains(200, 304));
    }
}
