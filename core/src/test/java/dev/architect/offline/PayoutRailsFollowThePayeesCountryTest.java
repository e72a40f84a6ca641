package dev.architect.offline;

import static org.assertj.core.api.Assertions.assertThat;

import dev.architect.dossier.Consultation;
import dev.architect.dossier.Decision;
import dev.architect.dossier.DecisionTopic;
import dev.architect.testing.ValidDossiers;
import org.junit.jupiter.api.Test;

/**
 * Payouts go over the rails of the country the payees are in (geography.yaml), read from the request's words, its
 * currencies or the rails its payout integration names, never its regions: Bacs and Faster Payments in the UK, ACH, RTP and FedNow in the United States, SEPA credit
 * transfers (over EBICS) in the euro area, and a payouts provider where no domestic rail is listed. The ADR names the
 * rail, how fast it settles and its cut-off or limits, citing the request's sentence.
 */
class PayoutRailsFollowThePayeesCountryTest {

    private static String marketplace(String where, String region) {
        return String.format(java.util.Locale.ROOT, """
                system: Makers
                description: A marketplace for handmade goods. Every week the platform pays out sellers %s, about 3,000 payouts a week.
                capabilities: [listings, orders, seller payouts]
                load: {peakRequestsPerSecond: 200}
                team: {size: 6, expertise: [Java, PostgreSQL]}
                deployment: {cloud: aws, regions: [%s]}
                """, where, region);
    }

    private static Decision channel(Consultation c) {
        return c.decision(DecisionTopic.PAYOUT_CHANNEL).orElseThrow();
    }

    private static String text(Decision d) {
        StringBuilder sb = new StringBuilder(d.title()).append(' ').append(d.context()).append(' ').append(d.rationale());
        d.consequences().forEach(c -> sb.append(' ').append(c.text()));
        sb.append(' ').append(d.chosen().name()).append(' ').append(d.chosen().summary());
        d.chosen().cons().forEach(c -> sb.append(' ').append(c));
        return sb.toString();
    }

    @Test
    void sellersInTheUnitedKingdomArePaidByBacsFilesWithFasterPaymentsNotEbics() {
        Decision d = channel(ValidDossiers.of(marketplace("in the United Kingdom to their bank accounts", "eu-west-2")));

        // Payouts every week come often enough for files (9 money writes/s at peak against the bank API's 2).
        assertThat(d.title()).isEqualTo("Use Bacs Direct Credit files through a Bacs-approved bureau");
        assertThat(text(d)).doesNotContain("EBICS").doesNotContain("pain.001");
        assertThat(d.consequences()).anyMatch(c -> c.text().contains("in the United Kingdom (description \"Every week the platform pays out sellers in the United Kingdom")
                && c.text().contains("Faster Payments settles within seconds") && c.text().contains("£1 million")
                && c.text().contains("Bacs Direct Credit settles on the third working day") && c.text().contains("22:30"));
    }

    @Test
    void sellersInTheUnitedStatesArePaidByAchWithRtpAndFedNowForInstantPayouts() {
        Decision d = channel(ValidDossiers.of(marketplace("across the United States in USD", "us-east-1")));

        assertThat(d.chosen().name()).contains("Nacha ACH files");
        assertThat(text(d)).doesNotContain("EBICS");
        assertThat(d.consequences()).anyMatch(c -> c.text().contains("Same Day ACH") && c.text().contains("RTP")
                && c.text().contains("FedNow") && c.text().contains("10:30"));
    }

    @Test
    void withNoSentenceNamingThePayeesCountryTheRegionDoesNotPlaceThemAndAProviderReachesThem() {
        // The region says where the system runs (London), not where the sellers are: no UK rail is assumed for them.
        Consultation c = ValidDossiers.of(marketplace("to their bank accounts", "eu-west-2"));
        Decision d = channel(c);

        assertThat(d.chosen().name()).startsWith("Stripe Connect");
        assertThat(text(d)).doesNotContain("Bacs").doesNotContain("the United Kingdom");
        assertThat(d.rationale()).contains("request names payees but not their countries");
        assertThat(c.requirements().openQuestions()).anyMatch(q -> q.id().equals("oq-payee-countries")
                && q.recommended().startsWith("Through a payouts provider's local rails"));
    }

    @Test
    void anIntegrationThatPaysOverACountrysOwnRailPlacesThePayees() {
        // "Faster Payments" is a rail only the United Kingdom has: the payees are there, though the system runs in Ohio.
        String request = marketplace("to their bank accounts", "us-east-2")
                + "integrations:\n  - {name: Modulr, purpose: \"weekly seller payouts over Faster Payments\"}\n";
        Decision d = channel(ValidDossiers.of(request));

        assertThat(d.consequences()).anyMatch(x -> x.text().contains("in the United Kingdom") && x.text().contains("Faster Payments"));
        assertThat(text(d)).doesNotContain("Same Day ACH");
    }

    @Test
    void sellersInTheEuroAreaAreStillPaidBySepaCreditTransferFiles() {
        Decision d = channel(ValidDossiers.of(marketplace("in Germany and France in EUR", "eu-central-1")));

        assertThat(d.chosen().name()).contains("pain.001");
        assertThat(d.consequences()).anyMatch(c -> c.text().contains("SEPA Credit Transfer settles within one business day"));
    }

    @Test
    void sellersOnTwoCountriesRailsArePaidThroughAPayoutsProvider() {
        // Brazil (Pix) and Mexico (SPEI) each have a rail, but one integration reaching both is a payouts provider.
        Decision d = channel(ValidDossiers.of(marketplace("in Brazil and Mexico", "sa-east-1")));

        assertThat(d.chosen().name()).startsWith("Stripe Connect");
        assertThat(d.rationale()).contains("payees in Mexico and Brazil");
        assertThat(d.consequences()).anyMatch(c -> c.text().contains("Pix settles within seconds, 24/7 (instant, no cut-off)")
                && c.text().contains("SPEI settles within seconds"));
    }

    @Test
    void sellersWhereNoDomesticRailIsListedArePaidThroughAPayoutsProvider() {
        Decision d = channel(ValidDossiers.of(marketplace("in Nigeria", "af-south-1")));

        assertThat(d.chosen().name()).startsWith("Stripe Connect");
        assertThat(d.rationale()).contains("payees in Nigeria");
    }

    @Test
    void aPlatformThatTakesCardsAtAdyenPaysOutThroughAdyenForPlatformsOnly() {
        // The payouts provider is one product, chosen by the vendor the request already takes card payments with
        String request = marketplace("in Brazil and Mexico", "sa-east-1") + "integrations:\n  - {name: Adyen, purpose: card payments}\n";
        Consultation c = ValidDossiers.of(request);

        assertThat(channel(c).chosen().name()).startsWith("Adyen for Platforms payouts").doesNotContain("Stripe");
        assertThat(c.c4().containers()).filteredOn(k -> k.id().equals("bank-gateway")).singleElement()
                .satisfies(k -> assertThat(k.technology()).isEqualTo("Adyen for Platforms payouts"));
    }

    @Test
    void withNoPaymentVendorNamedThePayoutsProviderIsStripeConnectAlone() {
        Consultation c = ValidDossiers.of(marketplace("in Brazil and Mexico", "sa-east-1"));

        assertThat(c.c4().containers()).filteredOn(k -> k.id().equals("bank-gateway")).singleElement()
                .satisfies(k -> assertThat(k.technology()).isEqualTo("Stripe Connect payouts"));
    }
}
