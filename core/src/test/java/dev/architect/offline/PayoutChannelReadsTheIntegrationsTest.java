package dev.architect.offline;

import static org.assertj.core.api.Assertions.assertThat;

import dev.architect.dossier.Consultation;
import dev.architect.dossier.Decision;
import dev.architect.dossier.DecisionTopic;
import dev.architect.request.ConsultationRequest;
import org.junit.jupiter.api.Test;

/**
 * How payouts leave follows what the request integrates: an integration whose purpose is to pay out (and that is no
 * bank channel) is the payouts provider; a bank channel over EBICS sends files, a job a few times a day, not an
 * always-on pair; a capability that approves the batches is the payout mechanism's own, not a placeholder.
 */
class PayoutChannelReadsTheIntegrationsTest {

    private static ConsultationRequest couriers(String integration, String purpose) {
        return ConsultationRequest.builder("Runners", "A delivery platform pays out its couriers every week from the fees "
                        + "customers pay by card; a finance officer approves each payout batch")
                .capabilities("orders", "payout batches", "batch approval", "courier balances")
                .integration(integration, purpose).build();
    }

    private static Decision channel(Consultation c) {
        return c.decision(DecisionTopic.PAYOUT_CHANNEL).orElseThrow();
    }

    @Test
    void aProviderWhosePurposeIsToPayOutIsThePayoutsProvider() {
        Consultation c = OfflineArchitect.create().consult(couriers("Adyen", "card payments and marketplace payouts"));
        assertThat(channel(c).chosen().summary()).startsWith("A payouts provider");
        assertThat(c.requirements().functional()).filteredOn(f -> f.id().equals("fr-batch-approval")).singleElement()
                .satisfies(f -> assertThat(f.description()).doesNotContain("Not designed yet"));
    }

    @Test
    void theNamedPayoutsProviderIsTheOneDesignedWithNotTheCataloguesExample() {
        Consultation c = OfflineArchitect.create().consult(couriers("Modern Treasury", "ACH payouts to couriers"));

        assertThat(channel(c).title() + " " + channel(c).chosen().name()).contains("Modern Treasury").doesNotContain("Stripe");
        // What the provider does is not a platform's model pasted onto it: the summary says where a bank-instructing provider differs.
        assertThat(channel(c).chosen().summary()).contains("instructs the system's own bank");
    }

    @Test
    void aBankChannelSendsFilesFromAJobNotAnAlwaysOnPair() {
        Consultation c = OfflineArchitect.create().consult(couriers("Deutsche Bank EBICS", "SEPA credit transfer files and statements"));
        assertThat(channel(c).chosen().summary()).startsWith("Payment files");
        assertThat(c.cost().items()).anyMatch(i -> i.id().equals("bank-gateway-runs") && i.quantity() == 73)
                .noneMatch(i -> i.id().equals("bank-gateway-instances"));
    }
}
