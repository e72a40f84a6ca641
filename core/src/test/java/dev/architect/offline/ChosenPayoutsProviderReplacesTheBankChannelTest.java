package dev.architect.offline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.architect.dossier.Consultation;
import dev.architect.dossier.DecisionTopic;
import dev.architect.dossier.Entity;
import dev.architect.dossier.SequenceDiagram;
import dev.architect.offline.internal.archetype.Archetypes;
import dev.architect.offline.internal.archetype.DecidedVariants;
import dev.architect.testing.ValidDossiers;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A payouts provider chosen over the bank's channels replaces the parts the bank channel needs: no payment batch, batch
 * approval, bank submission or bank status report, no batch release flow; the provider call keyed by the payout, its
 * webhooks stored once and its daily report reconciled instead. A bank channel that is chosen keeps them all.
 */
class ChosenPayoutsProviderReplacesTheBankChannelTest {

    private static final List<String> BANK_CHANNEL_TABLES = List.of("payment_batch", "batch_approval", "bank_submission", "status_report_entry");

    private static List<String> tables(Consultation c) {
        return c.dataModel().entities().stream().map(Entity::name).toList();
    }

    private static List<String> sequences(Consultation c) {
        return c.sequences().stream().map(SequenceDiagram::id).toList();
    }

    private static String chosen(Consultation c) {
        return c.decision(DecisionTopic.PAYOUT_CHANNEL).orElseThrow().chosen().name();
    }

    @Test
    void aMarketplacePayingSellersThroughStripeConnectHasNoBankBatchesFilesOrReports() {
        Consultation c = ValidDossiers.of("""
                system: Loomly
                description: A marketplace for handmade furniture. Buyers pay by card; the platform pays sellers their share after delivery.
                capabilities: [listings, orders, seller payouts]
                integrations:
                  - {name: Stripe, purpose: card payments and seller payouts through Stripe Connect}
                load: {peakRequestsPerSecond: 300}
                team: {size: 8, expertise: [TypeScript, PostgreSQL]}
                deployment: {cloud: aws, regions: [us-east-1]}
                """);

        assertThat(chosen(c)).contains("Stripe");
        assertThat(tables(c)).contains("beneficiary", "payout_instruction", "provider_event").doesNotContainAnyElementsOf(BANK_CHANNEL_TABLES);
        assertThat(sequences(c)).contains("seq-send-payout", "seq-apply-provider-webhook", "seq-reconcile-provider-report")
                .doesNotContain("seq-release-payment-batch", "seq-reconcile-payout-status", "seq-handle-returned-payout");
        assertThat(c.apis().stream().flatMap(a -> a.operations().stream()).map(o -> o.operationId()).toList())
                .contains("createPayoutInstruction").doesNotContain("createPaymentBatch", "approvePaymentBatch", "releasePaymentBatch");
        assertThat(c.c4().containers()).filteredOn(k -> k.id().equals("bank-gateway")).singleElement()
                .satisfies(k -> assertThat(k.name()).isEqualTo("Payouts provider client"));
        assertThat(c.risks().stream().map(r -> r.title()).toList()).contains("A retried payout call pays twice")
                .doesNotContain("A batch submitted twice pays everyone twice", "Cut-off missed");
    }

    @Test
    void aLendingAppDisbursingThroughANamedProviderSendsEachLoanAsItsOwnPayout() {
        Consultation c = ValidDossiers.of("""
                system: Fernleaf
                description: A small-business lending app. An approved loan is disbursed to the borrower's bank account; repayments are collected monthly.
                capabilities: [loan applications, credit decisions, loan disbursements, repayments]
                integrations:
                  - {name: Modern Treasury, purpose: ACH payouts of loan disbursements}
                load: {peakRequestsPerSecond: 50}
                team: {size: 6, expertise: [Kotlin, PostgreSQL]}
                deployment: {cloud: gcp, regions: [us-central1]}
                """);

        assertThat(chosen(c)).contains("Modern Treasury");
        assertThat(tables(c)).contains("payout_instruction", "provider_event").doesNotContainAnyElementsOf(BANK_CHANNEL_TABLES);
        assertThat(c.dataModel().entity("payout_instruction").orElseThrow().fields().stream().map(f -> f.name()).toList())
                .contains("provider_payout_id").doesNotContain("batch_id", "end_to_end_id");
    }

    @Test
    void aPayrollPayingThroughItsHouseBankKeepsItsBatchesApprovalsAndStatusReports() {
        Consultation c = ValidDossiers.of("""
                system: Paysheet
                description: A payroll service for German employers. Every month the salary payments of each employer are sent to its house bank as pain.001 files over EBICS.
                capabilities: [employees, payroll runs, salary payments]
                integrations:
                  - {name: Sparkasse EBICS, purpose: salary payment files and bank statements}
                load: {peakRequestsPerSecond: 40}
                team: {size: 5, expertise: [Java, PostgreSQL]}
                deployment: {cloud: azure, regions: [germanywestcentral]}
                """);

        // The bank's own channel, never a provider. Which one follows the payouts a run carries: no count is stated, so the
        // 10,000 monthly users (assumed) x 4 money movements = 40,000 a month, paid in the monthly run the payout sentence
        // names ("Every month the salary payments..."): 40,000 a run > 500, so files (which the request already sends).
        assertThat(chosen(c)).contains("pain.001 files over EBICS");
        assertThat(c.decision(dev.architect.dossier.DecisionTopic.PAYOUT_CHANNEL).orElseThrow().drivers())
                .anyMatch(d -> d.startsWith("payouts in one payout run 40,000 ("));   // a daily run would carry 40,000 / 30.4167 = 1,315
        assertThat(tables(c)).containsAll(BANK_CHANNEL_TABLES).doesNotContain("provider_event");
        assertThat(sequences(c)).contains("seq-release-payment-batch", "seq-reconcile-payout-status").doesNotContain("seq-send-payout");
    }

    @Test
    void aVariantOmittingAPartTheArchetypeDoesNotHaveFailsNamingIt() {
        String bad = """
                variants:
                  - archetype: outgoing-payments
                    topic: PAYOUT_CHANNEL
                    option: payouts-provider
                    on: [aws]
                    says: "a provider"
                    omit: [payment_batch, bank_file_archive]
                """;
        assertThatThrownBy(() -> DecidedVariants.read(new ByteArrayInputStream(bad.getBytes(StandardCharsets.UTF_8)), "bad.yaml", Archetypes.standard()))
                .hasMessageContaining("outgoing-payments").hasMessageContaining("bank_file_archive");
    }
}
