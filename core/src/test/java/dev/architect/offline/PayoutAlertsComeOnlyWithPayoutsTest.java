package dev.architect.offline;

import static org.assertj.core.api.Assertions.assertThat;

import dev.architect.dossier.Alert;
import dev.architect.dossier.Consultation;
import dev.architect.testing.ValidDossiers;
import org.junit.jupiter.api.Test;

/**
 * Alerts, risks and operations about paying money out come only with a mechanism that pays money out: a system that
 * only takes card payments is told to hold refunds when its ledger does not balance, never to stop payouts it does not make.
 */
class PayoutAlertsComeOnlyWithPayoutsTest {

    private static final String PERMITS = """
            system: Permits
            description: Residents buy yearly permits for the town's allotments online and pay by card. Staff confirm each plot.
            capabilities: [permits, payments, plot allocation]
            integrations:
              - {name: Stripe, purpose: card payments}
            load: {peakRequestsPerSecond: 20}
            team: {size: 3, expertise: [Java, PostgreSQL]}
            deployment: {cloud: aws, regions: [eu-west-1]}
            """;

    private static final String MARKET = """
            system: Stalls
            description: A market for street-food stalls. Customers pay by card, and every week the platform pays out the stall owners their earnings.
            capabilities: [orders, payments, stall payouts]
            integrations:
              - {name: Stripe, purpose: card payments}
            load: {peakRequestsPerSecond: 20}
            team: {size: 3, expertise: [Java, PostgreSQL]}
            deployment: {cloud: aws, regions: [eu-west-1]}
            """;

    private static Alert imbalance(Consultation c) {
        return c.operations().alerts().stream().filter(a -> a.name().equals("ledger-imbalance")).findFirst()
                .orElseThrow(() -> new AssertionError(c.operations().alerts().stream().map(Alert::name).toList()));
    }

    @Test
    void aSystemThatOnlyTakesPaymentsHoldsRefundsOnAnImbalanceAndHasNoPayoutAlerts() {
        Consultation c = ValidDossiers.of(PERMITS);

        assertThat(imbalance(c).action()).isEqualTo("Hold refunds until the ledger balances; find the unbalanced transaction; correct by reversal");
        assertThat(c.operations().alerts()).allSatisfy(a -> assertThat(a.name() + " " + a.condition() + " " + a.action())
                .doesNotContainIgnoringCase("payout"));
        assertThat(c.risks()).allSatisfy(r -> assertThat(r.title() + " " + r.description() + " " + r.mitigation())
                .doesNotContainIgnoringCase("payout"));
    }

    @Test
    void aSystemThatPaysPeopleOutStopsPayoutsOnAnImbalance() {
        Consultation c = ValidDossiers.of(MARKET);

        assertThat(imbalance(c).action()).isEqualTo("Stop payouts; find the unbalanced transaction; correct by reversal");
        assertThat(c.operations().alerts()).anyMatch(a -> a.name().startsWith("payout-"));
    }
}
