package dev.architect.offline.internal.archetype;

import static org.assertj.core.api.Assertions.assertThat;

import dev.architect.request.ConsultationRequest;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Whose mechanism a word names (lane rule 1): a word in an integration's name says what the partner is, and the same name
 * spoken in the description is the partner again; neither recognises an archetype for this design, unless the partner is
 * a system the archetype works with (a payment provider, an SMS gateway). A short or generic word (rule 2: "ledger",
 * "reviewer") recognises its archetype only beside another of its phrases.
 */
class PartnerMechanismsTest {

    private static List<String> recognised(ConsultationRequest request) {
        return Archetypes.standard().recognise(request, request.capabilities()).stream().map(r -> r.archetype().id()).toList();
    }

    @Test
    void anAuctionSystemWeSendSaleNotesToIsNoAuctionWeRun() {
        ConsultationRequest quota = ConsultationRequest.builder("Quota",
                        "A fisheries authority keeps catch quota per vessel. Fish auction sale notes arrive the same day and must match the landing.")
                .capabilities("record a landing", "sale note matching")
                .integration("Fish auction system", "sale notes as CSV files over SFTP, twice a day").build();
        assertThat(recognised(quota)).doesNotContain("auction-bidding");
        // the partner named in the description by the rest of its name ("the auction system sends") is the partner too
        ConsultationRequest notary = ConsultationRequest.builder("Deeds",
                        "Notaries keep deeds. The auction platform receives the deed number of each foreclosure sale.")
                .capabilities("deed register")
                .integration("Veilingnotaris auction platform", "receives the deed number of a foreclosure sale").build();
        assertThat(recognised(notary)).doesNotContain("auction-bidding");
    }

    @Test
    void anAuctionHouseThatRunsItsOwnAuctionsIsStillRecognisedFromItsCapabilities() {
        ConsultationRequest house = ConsultationRequest.builder("Gavel",
                        "An auction house runs timed auctions of classic cars; bidders place bids until the close and are told when outbid.")
                .capabilities("timed auctions", "bid history")
                .integration("Fish auction system", "sale notes").build();
        assertThat(recognised(house)).contains("auction-bidding");
    }

    @Test
    void aPartnerTheArchetypeWorksWithStillSpeaksForItFromItsName() {
        ConsultationRequest shop = ConsultationRequest.builder("Bloom", "A florist takes orders online and tells customers when they are ready.")
                .capabilities("orders")
                .integration("SMS gateway", "texts customers when their flowers are ready").build();
        assertThat(recognised(shop)).contains("notifications");
        assertThat(PartnerNames.worksWith(Archetypes.standard().byId("notifications").orElseThrow(),
                new dev.architect.request.Integration("SMS gateway", "texts"))).isTrue();
        assertThat(PartnerNames.worksWith(Archetypes.standard().byId("auction-bidding").orElseThrow(),
                new dev.architect.request.Integration("Fish auction system", "sale notes"))).isFalse();
        // the archetype's phrase at the head of the name says what kind of system the partner is: reporting feeds a warehouse
        assertThat(PartnerNames.worksWith(Archetypes.standard().byId("reporting-analytics").orElseThrow(),
                new dev.architect.request.Integration("Data warehouse", "nightly export of declarations"))).isTrue();
    }

    @Test
    void aQuotaLedgerOrAnEscrowLedgerAtTheBankIsNoPaymentsLedger() {
        ConsultationRequest quota = ConsultationRequest.builder("Quota",
                        "We want one quota ledger: each vessel holds tonnes per stock; any overrun is charged a deemed value per kilo.")
                .capabilities("quota balance per vessel").build();
        assertThat(recognised(quota)).doesNotContain("payments-ledger");
        ConsultationRequest notary = ConsultationRequest.builder("Deeds",
                        "Client money passes through the notary's account at the bank; the Bank escrow ledger service sends us the balance per file, "
                                + "and the client is charged a fee.")
                .capabilities("file balances")
                .integration("Bank escrow ledger service", "balance per file each morning").build();
        assertThat(recognised(notary)).doesNotContain("payments-ledger");
    }

    @Test
    void aLedgerBesideCardPaymentsIsStillAPaymentsLedger() {
        ConsultationRequest shop = ConsultationRequest.builder("Cafe",
                        "Customers pay by card at the counter; every card payment and refund goes into a ledger.")
                .capabilities("card payments", "ledger").build();
        assertThat(recognised(shop)).contains("payments-ledger");
    }

    @Test
    void aReviewerAloneIsNoCaseWorkflowWhileCaseManagementIs() {
        ConsultationRequest review = ConsultationRequest.builder("Docs",
                        "Contract reviewers tag documents responsive or privileged; a second-level reviewer checks every privileged call.")
                .capabilities("review batches with tagging").build();
        assertThat(recognised(review)).doesNotContain("case-workflow");
        ConsultationRequest council = ConsultationRequest.builder("Cases",
                        "Caseworkers handle housing complaints; a reviewer signs off each decision.")
                .capabilities("case management").build();
        assertThat(recognised(council)).contains("case-workflow");
    }
}
