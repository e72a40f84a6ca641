package dev.architect.offline;

import static org.assertj.core.api.Assertions.assertThat;

import dev.architect.dossier.Consultation;
import dev.architect.dossier.Entity;
import dev.architect.dossier.SequenceStep;
import dev.architect.testing.ValidDossiers;
import org.junit.jupiter.api.Test;

/**
 * A marketplace whose payees receive what customers pay "minus the commission" splits each customer payment in the
 * ledger into the payee's share and the platform's commission; a request that says no such thing, or denies it, books
 * the payment whole.
 */
class MarketplaceSplitsThePaymentTest {

    private static Consultation market(String sentence) {
        return ValidDossiers.of(String.format(java.util.Locale.ROOT, """
                system: Plates
                description: Customers order meals from restaurants and pay by card. %s
                capabilities: [orders, payments, restaurant payouts]
                integrations:
                  - {name: Stripe, purpose: card payments}
                load: {peakRequestsPerSecond: 100}
                team: {size: 5, expertise: [Java, PostgreSQL]}
                deployment: {cloud: aws, regions: [eu-west-1]}
                """, sentence));
    }

    private static boolean splits(Consultation c) {
        return c.dataModel().entities().stream().map(Entity::name).anyMatch("payment_split"::equals);
    }

    @Test
    void restaurantsPaidMinusTheCommissionSplitEachPaymentInTheLedger() {
        Consultation c = market("Restaurants receive their payout every week minus the commission.");

        Entity split = c.dataModel().entities().stream().filter(e -> e.name().equals("payment_split")).findFirst().orElseThrow();
        assertThat(split.fields()).extracting(f -> f.name()).contains("payment_id", "gross_amount", "commission_amount", "payees_amount");
        Entity share = c.dataModel().entities().stream().filter(e -> e.name().equals("payment_split_share")).findFirst().orElseThrow();
        assertThat(share.fields()).extracting(f -> f.name()).contains("split_id", "payee_id", "payee_role", "amount");
        assertThat(c.sequences()).flatExtracting(s -> s.steps()).extracting(SequenceStep::message)
                .anyMatch(m -> m.contains("insert its split with a share for every payee it pays")
                        && m.contains("credit each payee's payable balance with their share and commission revenue with the commission"));
        assertThat(c.requirements().functional()).filteredOn(f -> f.id().equals("fr-archetype-payments-ledger")).singleElement()
                .satisfies(f -> assertThat(f.description()).contains("split each customer's payment into a share for every payee it pays")
                        .contains("says 'minus the commission' (payees are paid what customers pay minus a commission: each payment is split in the ledger)"));
        assertThat(c.apis()).flatExtracting(a -> a.operations()).extracting(o -> o.operationId()).contains("getPaymentSplit");
    }

    @Test
    void aCourierPaidBesideTheRestaurantHasAShareOfTheSamePayment() {
        Consultation c = market("Restaurants receive their payout every week minus the commission, and couriers are paid every two days for each delivery.");

        Entity share = c.dataModel().entities().stream().filter(e -> e.name().equals("payment_split_share")).findFirst().orElseThrow();
        assertThat(share.indexes()).anySatisfy(i -> {
            assertThat(i.fields()).containsExactly("split_id", "payee_id", "payee_role");
            assertThat(i.unique()).isTrue();
        });
        assertThat(c.sequences()).flatExtracting(s -> s.steps()).extracting(SequenceStep::message)
                .anyMatch(m -> m.contains("the courier's or driver's delivery share"));
    }

    @Test
    void withoutACommissionThePaymentIsBookedWhole() {
        assertThat(splits(market("Restaurants receive their payout every week."))).isFalse();
    }

    @Test
    void aDeniedCommissionSplitsNothing() {
        assertThat(splits(market("Restaurants receive their payout every week, and we do not take a commission."))).isFalse();
    }
}
