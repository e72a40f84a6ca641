package dev.architect.offline;

import static org.assertj.core.api.Assertions.assertThat;

import dev.architect.dossier.Consultation;
import dev.architect.dossier.Entity;
import dev.architect.dossier.OpenQuestion;
import dev.architect.dossier.SequenceDiagram;
import dev.architect.request.RequestReader;
import dev.architect.validation.DossierValidator;
import dev.architect.validation.ValidationReport;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Capabilities named by what they do (sync, extract, send in bulk, compute a price, onboard a party) in requests written for
 * this test, in domains the shapes were not written from (home care, car parks, freight audit): each is designed with the
 * tables, invariants, operations and flows of its action, its flows reach the integration it works with, and a request
 * whose words have other senses (a build service's continuous integration, onboarding tutorial, pricing page, data
 * classification) gets none of them.
 */
class ActionShapeDossiersTest {

    private static final Path REQUESTS = Path.of("src", "test", "resources", "action-shape-requests");

    record Expected(String request, Map<String, String> shapes, List<String> entities, List<String> constraints, List<String> operations,
                    List<String> flows, Map<String, String> flowReaches) {
        @Override
        public String toString() {
            return request;
        }
    }

    static Stream<Expected> table() {
        return Stream.of(
                // Carers vetted with documents and checks, voice notes transcribed and confirmed, newsletters through SendGrid.
                new Expected("careroster", Map.of("fr-carer-registration", "onboarding and vetting of a party",
                        "fr-visit-notes-transcription", "extraction from documents with confidence",
                        "fr-family-newsletters", "bulk send to an audience through a provider"),
                        List.of("party_onboarding", "party_onboarding_check", "party_onboarding_detail_change", "visit_notes_transcription_field",
                                "family_newsletter_delivery", "family_newsletter_suppression"),
                        List.of("party_onboarding:DIFFERENT", "party_onboarding_detail_change:DIFFERENT", "visit_notes_transcription_field:ONE_OF",
                                "family_newsletter_delivery:ONE_OF"),
                        List.of("decidePartyOnboarding", "verifyPartyOnboardingDetailChange", "confirmVisitNotesTranscription",
                                "scheduleFamilyNewsletter", "unsubscribeFamilyNewsletter"),
                        List.of("seq-party-onboardings-onboard", "seq-party-onboardings-reverify", "seq-visit-notes-transcriptions-extract",
                                "seq-family-newsletters-fan-out"),
                        Map.of("seq-visit-notes-transcriptions-extract", "Azure AI Speech", "seq-family-newsletters-fan-out", "SendGrid")),
                // Prices by occupancy, capped and held; plates read; takings synced with Xero and reconciled; SMS campaigns.
                new Expected("parkflow", Map.of("fr-dynamic-pricing", "price computed from live inputs",
                        "fr-number-plate-recognition", "extraction from documents with confidence",
                        "fr-accounting-sync", "sync with another system, with a checkpoint",
                        "fr-sms-campaigns", "bulk send to an audience through a provider"),
                        List.of("computed_price", "computed_price_input", "computed_price_rule_set", "computed_price_quote", "accounting_sync_checkpoint",
                                "accounting_sync_inbox", "accounting_sync_outbox", "accounting_sync_mismatch", "sms_campaign_delivery"),
                        List.of("computed_price:APPEND_ONLY", "computed_price_rule_set:AT_MOST", "computed_price_rule_set:DIFFERENT",
                                "computed_price_quote:ORDERED", "accounting_sync_mismatch:ONE_OF"),
                        List.of("quoteComputedPrice", "acceptComputedPriceQuote", "activateComputedPriceRuleSet", "startAccountingSyncRun",
                                "resolveAccountingSyncMismatch", "scheduleSmsCampaign"),
                        List.of("seq-computed-prices-compute", "seq-computed-prices-quote", "seq-accounting-syncs-sync", "seq-accounting-syncs-reconcile",
                                "seq-sms-campaigns-fan-out"),
                        Map.of("seq-accounting-syncs-sync", "Xero", "seq-sms-campaigns-fan-out", "Twilio")),
                // Carriers vetted before payment, invoice OCR (the action at the head, not an invoice document), TMS sync.
                new Expected("freightaudit", Map.of("fr-carrier-vetting", "onboarding and vetting of a party",
                        "fr-invoice-ocr", "extraction from documents with confidence",
                        "fr-rate-reconciliation", "sync with another system, with a checkpoint",
                        "fr-tms-sync", "sync with another system, with a checkpoint",
                        "fr-weekly-digest", "bulk send to an audience through a provider"),
                        List.of("party_onboarding_check", "invoice_ocr", "invoice_ocr_field", "tms_sync_inbox", "rate_reconciliation_mismatch"),
                        List.of("invoice_ocr:ONE_OF", "tms_sync_outbox:ONE_OF", "tms_sync_run:ORDERED"),
                        List.of("submitInvoiceOcr", "reprocessInvoiceOcr", "receiveTmsSyncChange", "startRateReconciliationRun", "recordPartyOnboardingCheckResult"),
                        List.of("seq-invoice-ocrs-extract", "seq-tms-syncs-sync", "seq-rate-reconciliations-reconcile", "seq-party-onboardings-onboard",
                                "seq-weekly-digests-fan-out"),
                        Map.of("seq-invoice-ocrs-extract", "Amazon Textract", "seq-tms-syncs-sync", "Oracle Transportation Management",
                                "seq-party-onboardings-onboard", "Highway", "seq-weekly-digests-fan-out", "Amazon SES")));
    }

    static Consultation consult(String request) {
        return OfflineArchitect.create().consult(RequestReader.read(REQUESTS.resolve(request + ".yaml")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("table")
    void eachCapabilityNamedByItsActionIsDesignedWithTablesInvariantsOperationsAndFlowsThatReachItsIntegration(Expected e) {
        Consultation c = consult(e.request());
        e.shapes().forEach((id, label) -> assertThat(c.requirements().functional()).filteredOn(f -> f.id().equals(id)).as(id).singleElement()
                .satisfies(f -> assertThat(f.description()).contains("Designed as").contains(label).doesNotContain("Not designed yet")));
        assertThat(c.requirements().openQuestions()).extracting(OpenQuestion::id)
                .noneMatch(q -> e.shapes().keySet().stream().anyMatch(id -> q.equals("oq-capability-" + id.substring("fr-".length()))));
        ArchetypeDossiersTest.assertDesigns(c, e.entities(), e.constraints(), e.operations(), e.flows());
        // The steps to the other system name it, rather than vanishing as the unit's call to itself.
        e.flowReaches().forEach((flow, system) -> {
            String id = c.c4().systems().stream().filter(x -> x.name().equals(system)).findFirst().orElseThrow().id();
            assertThat(c.sequences()).filteredOn(s -> s.id().equals(flow)).as(flow).singleElement()
                    .satisfies(s -> assertThat(s.participants()).as(flow + " participants").contains(id));
        });
        ValidationReport report = DossierValidator.validate(c);
        assertThat(report.violations()).as(report.describe()).isEmpty();
    }

    @Test
    void aBuildServicesContinuousIntegrationOnboardingTutorialPricingPageAndDataClassificationGetNoneOfTheActionShapes() {
        Consultation c = consult("devhub");
        assertThat(c.requirements().functional()).noneMatch(f -> Stream.of("sync with another system", "extraction from documents",
                "bulk send to an audience", "price computed from live inputs", "onboarding and vetting of a party").anyMatch(f.description()::contains));
        assertThat(c.dataModel().entities()).extracting(Entity::name).noneMatch(n -> n.endsWith("_checkpoint") || n.endsWith("_suppression")
                || n.startsWith("party_onboarding") || n.startsWith("computed_price"));
        assertThat(c.sequences()).extracting(SequenceDiagram::id).noneMatch(id -> id.endsWith("-sync") || id.endsWith("-extract"));
    }
}
