package dev.architect.offline;

import static org.assertj.core.api.Assertions.assertThat;

import dev.architect.dossier.ApiOperation;
import dev.architect.dossier.Consultation;
import dev.architect.dossier.Entity;
import dev.architect.testing.ValidDossiers;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Payments taken on a provider's hosted page are redirected to it and reconciled, not captured: a payment order with
 * its status, an idempotent receiver of the provider's signed notifications and a daily settlement reconciliation,
 * with no capture or refund endpoint and no card ledger; the same request taking cards through its own API keeps them.
 */
class HostedPaymentPageTest {

    private static String permits(String howPaid) {
        return String.format(java.util.Locale.ROOT, """
                system: CityPermits
                description: >
                  A council portal where residents apply for parking permits and pay the fee. %s
                capabilities: [permit applications, payments]
                integrations: [{name: Worldpay, purpose: card payments}]
                load: {peakRequestsPerSecond: 50}
                compliance: [pci]
                team: {size: 5, expertise: [Java, PostgreSQL]}
                deployment: {cloud: azure, regions: [uksouth]}
                """, howPaid);
    }

    private static List<String> paths(Consultation c) {
        return c.apis().stream().flatMap(a -> a.operations().stream()).map(o -> o.method() + " " + o.path()).toList();
    }

    private static List<String> tables(Consultation c) {
        return c.dataModel().entities().stream().map(Entity::name).toList();
    }

    @Test
    void aHostedPaymentPageIsRedirectedToAndReconciledWithNoCaptureApiOrCardLedger() {
        Consultation c = ValidDossiers.of(permits("Residents pay on the council's existing hosted payment page run by Worldpay and are redirected back."));

        assertThat(paths(c)).contains("POST /payment-orders", "POST /payment-notifications")
                .noneMatch(p -> p.contains("capture") || p.contains("refunds"));
        assertThat(tables(c)).contains("payment_order", "payment_notification", "settlement_line")
                .doesNotContain("ledger_entry", "refund");
        assertThat(c.apis().stream().flatMap(a -> a.operations().stream()).filter(o -> o.path().equals("/payment-notifications"))
                .map(ApiOperation::summary)).singleElement().asString().contains("applied once by its event id");
        assertThat(c.sequences()).anyMatch(s -> s.id().endsWith("reconcile-settlement"));
    }

    @Test
    void cardsTakenThroughTheSystemsOwnApiStillGetCaptureAndTheLedger() {
        Consultation c = ValidDossiers.of(permits("Card payments are authorised and captured through Worldpay with tokens."));

        assertThat(paths(c)).anyMatch(p -> p.contains("capture"));
        assertThat(tables(c)).contains("ledger_entry").doesNotContain("payment_order");
    }
}
