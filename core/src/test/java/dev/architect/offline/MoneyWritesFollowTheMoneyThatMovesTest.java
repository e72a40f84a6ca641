package dev.architect.offline;

import static org.assertj.core.api.Assertions.assertThat;

import dev.architect.dossier.Consultation;
import dev.architect.dossier.Decision;
import dev.architect.dossier.DecisionTopic;
import dev.architect.testing.ValidDossiers;
import org.junit.jupiter.api.Test;

/**
 * The money writes at peak are the money capabilities' share of the writes only up to the money the request says moves
 * (money-volumes.yaml): its stated counts, else its monthly users at 4 money movements a month, an assumption the ADR
 * states. The payout channel follows the payouts one run carries (stated payouts / the runs a month the payout sentence
 * names), not the share of all writes. Requests of our own; a month is 2,628,000 s.
 */
class MoneyWritesFollowTheMoneyThatMovesTest {

    private static Decision decision(Consultation c, DecisionTopic topic) {
        return c.decision(topic).orElseThrow();
    }

    /** A food-delivery marketplace with a heavy write load and no count of its payments: the assumption bounds them. */
    private static final String DELIVERY = """
            system: Munch
            description: >
              Food delivery marketplace in two countries. Customers order from restaurants in the app, couriers report their
              position and status, and restaurants update menus and stock all evening. Customers pay by card through Adyen.
            capabilities: [menus, orders, courier status, payments, restaurant payouts]
            integrations:
              - {name: Adyen, purpose: card payments}
            load: {peakRequestsPerSecond: 50000, readWriteRatio: 1, monthlyActiveUsers: 2000000}
            deployment: {cloud: aws, regions: [eu-central-1]}
            team: {size: 20, expertise: [Kotlin, PostgreSQL]}
            """;

    @Test
    void moneyWritesAreBoundedByTheAssumedMovementsPerUserWhenTheRequestCountsNone() {
        Consultation c = ValidDossiers.of(DELIVERY);

        // 50,000 / (1 + 1) = 25,000 writes/s; the share of payments and restaurant payouts is thousands a second. The money
        // that moves bounds it: 2,000,000 users x 4 movements a month = 8,000,000 / 2,628,000 s = 3.0441/s x 3 (peak over
        // average) = 9.13 money writes/s at peak, an assumption the ledger decision states.
        Decision ledger = decision(c, DecisionTopic.LEDGER);
        assertThat(ledger.drivers()).anyMatch(d -> d.startsWith("peak writes of the money movements 9.13/s (assumed")
                && d.contains("2,000,000 monthly active users") && d.contains("x 4 money movements a user a month"));
        // Far below the 10,000/s a relational primary takes: the ledger stays in the relational database
        assertThat(ledger.chosen().name()).startsWith("Double-entry tables in the primary database");
    }

    private static String marketplace(String payouts) {
        return String.format(java.util.Locale.ROOT, """
                system: Crafted
                description: >
                  A marketplace for handmade goods sold across Germany and France in EUR. %s
                capabilities: [listings, orders, seller payouts]
                load: {peakRequestsPerSecond: 2000, readWriteRatio: 4, monthlyActiveUsers: 300000}
                team: {size: 6, expertise: [Java, PostgreSQL]}
                deployment: {cloud: aws, regions: [eu-central-1]}
                """, payouts);
    }

    @Test
    void aWeeklyRunOfTwoThousandPayoutsGoesAsPaymentFiles() {
        Decision d = decision(ValidDossiers.of(marketplace("Sellers are paid out every week, about 2,000 payouts a week.")),
                DecisionTopic.PAYOUT_CHANNEL);

        // 2,000 a week x 52 / 12 = 8,667 a month / 4.3333 weekly runs a month = 2,000 payouts a run > 500
        assertThat(d.drivers()).anyMatch(x -> x.startsWith("payouts in one payout run 2,000") && x.contains("\"every week\""));
        assertThat(d.chosen().name()).contains("pain.001");
    }

    @Test
    void aWeeklyRunOfFourHundredPayoutsGoesThroughTheBanksApi() {
        Decision d = decision(ValidDossiers.of(marketplace("Sellers are paid out every week, about 400 payouts a week.")),
                DecisionTopic.PAYOUT_CHANNEL);

        // 400 a week x 52 / 12 = 1,733 a month / 4.3333 = 400 payouts a run <= 500 (with the old rule, the share of the
        // writes, 400 / 5 = 400 writes/s / 3 capabilities x 1 = 133 money writes/s, chose files)
        assertThat(d.drivers()).anyMatch(x -> x.startsWith("payouts in one payout run 400"));
        assertThat(d.chosen().name()).doesNotContain("pain.001").containsIgnoringCase("API");
    }

    @Test
    void aCadenceWordInASentenceThatIsNotAboutPayoutsDoesNotSetTheRuns() {
        // "daily" is about the digest; the payout sentence says monthly: 3,000 a month / 1 run = 3,000 a run, files.
        // Were the digest's "daily" taken, the run would be 3,000 / 30.4167 = 99 payouts, and the bank API would win.
        Decision d = decision(ValidDossiers.of(marketplace("Sellers get a daily digest of their orders. Sellers are paid out monthly, "
                + "about 3,000 payouts a month.")), DecisionTopic.PAYOUT_CHANNEL);

        assertThat(d.drivers()).anyMatch(x -> x.startsWith("payouts in one payout run 3,000") && x.contains("\"monthly\""));
        assertThat(d.chosen().name()).contains("pain.001");
    }
    /** A parking operator: drivers pay for sessions, partner operators settle with it; nobody is paid out. */
    private static final String PARKING = """
            system: Parkline
            description: >
              A network of 900 car parks in three countries. Drivers start and stop parking sessions in the app and pay by card
              when they leave; an invoice is paid by card at the end of each month for business accounts. Partner operators
              settle roaming sessions with us each month.
            actors:
              - {name: Driver, description: "parks, pays by card"}
              - {name: Finance, description: "runs monthly invoicing and payout reconciliation with partner operators"}
            capabilities: [parking sessions, tariffs, payments and invoicing, payout reconciliation]
            load: {peakRequestsPerSecond: 800, readWriteRatio: 3, monthlyActiveUsers: 250000}
            team: {size: 7, expertise: [Java, PostgreSQL]}
            deployment: {cloud: aws, regions: [eu-central-1]}
            """;

    @Test
    void aBusinessWhoseCustomersPayAndWhoPaysNobodyOutDesignsNoPayoutVolume() {
        Decision d = decision(ValidDossiers.of(PARKING), DecisionTopic.PAYOUT_CHANNEL);

        // Drivers pay ("pays by card", "an invoice is paid by card": paying is not being paid), and "payout reconciliation with
        // partner operators" names no one paid out. The money that moves (250,000 users x 4 movements = 1,000,000 a month /
        // 30.4167 daily runs = 32,877 a run) is no bound on payouts nobody receives: 0 a run, assumed, and the channel stays a
        // question for the request, not pain.001 files for tens of thousands of invented payouts.
        assertThat(d.drivers()).anyMatch(x -> x.startsWith("payouts in one payout run 0 (assumed: the request does not say who is paid out: no actor"));
        assertThat(d.drivers()).noneMatch(x -> x.contains("every money movement may end in a payout"));
        assertThat(d.chosen().name()).doesNotContain("pain.001");
    }

    private static final String COOPERATIVE = """
            system: Grainhouse
            description: >
              A grain cooperative weighs and grades deliveries at its sites and settles with its members: growers paid within
              10 days of delivery instead of five weeks, by bank transfer from the accounting system.
            actors:
              - {name: Grower, description: "delivers grain, sees grades and statements"}
              - {name: Clerk, description: "sets prices and releases payments"}
            capabilities: [deliveries, grading, statements, grower settlement]
            integrations:
              - {name: Xero, purpose: "payments to growers and the cooperative's accounts"}
            load: {peakRequestsPerSecond: 20, readWriteRatio: 3, monthlyActiveUsers: 3000}
            team: {size: 2, expertise: [Python, PostgreSQL]}
            deployment: {cloud: gcp, regions: [australia-southeast1]}
            """;

    @Test
    void invoicesThatArePaidNameNoPayee() {
        // "invoices are paid by card" says customers pay: nobody is named as receiving money, so no payout volume
        Decision d = decision(ValidDossiers.of(PARKING.replace("an invoice is paid by card", "invoices are paid by card")), DecisionTopic.PAYOUT_CHANNEL);

        assertThat(d.drivers()).anyMatch(x -> x.startsWith("payouts in one payout run 0 (assumed: the request does not say who is paid out"));
    }

    @Test
    void anActorNamedAsPaidIsAPayeeWhereverTheSentencePutsIt() {
        // "growers paid within 10 days" and "payments to growers" name the actor Grower as receiving money (while "drivers pay"
        // names the payer): the money that moves bounds the payouts, 3,000 users x 4 = 12,000 a month / 30.4167 daily runs
        // (no cadence stated) = 394.52, so 395 a run
        Decision d = decision(ValidDossiers.of(COOPERATIVE), DecisionTopic.PAYOUT_CHANNEL);

        assertThat(d.drivers()).anyMatch(x -> x.startsWith("payouts in one payout run 395 (assumed"));
        assertThat(d.drivers()).noneMatch(x -> x.contains("does not say who is paid out"));
    }

    @Test
    void aPayoutCapabilityNamedForWhoIsPaidKeepsTheMoneyThatMovesAsItsBound() {
        // "restaurant payouts" where the description speaks of restaurants: the restaurants are paid. With no count stated,
        // every money movement bounds them: 2,000,000 users x 4 = 8,000,000 a month / 30.4167 daily runs = 263,013 a run
        Decision d = decision(ValidDossiers.of(DELIVERY), DecisionTopic.PAYOUT_CHANNEL);

        assertThat(d.drivers()).anyMatch(x -> x.startsWith("payouts in one payout run 263,013 (assumed") && x.contains("every money movement may end in a payout"));
    }
}
