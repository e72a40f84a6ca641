package dev.architect.offline.internal.archetype;

import static org.assertj.core.api.Assertions.assertThat;

import dev.architect.offline.internal.archetype.MoneyRecipient.Stance;
import dev.architect.testing.ShippedDataFiles;
import org.junit.jupiter.api.Test;

/**
 * Who receives money that a phrase says goes out is read from the phrase's own sentence: the payer after "from", "us"
 * given the money, a first-person subject receiving it. Sentences written for this test, in domains the file was not
 * tuned on.
 */
class MoneyRecipientTest {

    private static Stance stance(String sentence, String phrase) {
        return MoneyRecipient.standard().read(sentence, phrase).stance();
    }

    @Test
    void aPayoutFromAnotherPartyOrGivenToUsComesIn() {
        assertThat(stance("The label reconciles every payout from the streaming services against its play counts", "payout"))
                .isEqualTo(Stance.RECEIVED);
        assertThat(stance("Both ad networks send us payouts on the 15th, net of their share", "payout")).isEqualTo(Stance.RECEIVED);
        assertThat(stance("Each quarter we receive a disbursement from the regional fund", "disbursement")).isEqualTo(Stance.RECEIVED);
        assertThat(stance("Refunds are reimbursements paid to us by the airline", "reimbursement")).isEqualTo(Stance.RECEIVED);
        // the evidence quotes the words that decided
        assertThat(MoneyRecipient.standard().read("Finance matches each payout from the booking platforms to stays", "payout").words())
                .isEqualTo("payout from the booking");
    }

    @Test
    void moneyTakenFromWhereItIsHeldOrPaidByUsGoesOutAsThePhraseSays() {
        // "from" naming where the money is held is no payer
        assertThat(stance("Savers make a withdrawal from their account at any time", "withdrawal")).isNotEqualTo(Stance.RECEIVED);
        assertThat(stance("Winnings are paid out from the wallet balance", "paid out")).isNotEqualTo(Stance.RECEIVED);
        // a first-person payer
        assertThat(stance("Every Monday we pay out to our hosts for last week's stays", "pay out")).isEqualTo(Stance.PAID_BY_US);
        assertThat(stance("Our payouts to tutors run every fortnight", "payout")).isEqualTo(Stance.PAID_BY_US);
        // "to" naming another party leaves the phrase's own direction; so does a sentence with no party at all
        assertThat(stance("Payouts to drivers are sent on Fridays", "payout")).isEqualTo(Stance.BARE);
        assertThat(stance("Payouts are batched nightly", "payout")).isEqualTo(Stance.BARE);
        assertThat(stance("Nothing about money here", "payout")).isEqualTo(Stance.BARE);
    }

    @Test
    void aBadCopyOfTheShippedFileIsRefusedNamingTheKey() {
        ShippedDataFiles.eachBadCopyRefused(ShippedDataFiles.text(MoneyRecipientTest.class, MoneyRecipient.RESOURCE), new String[][] {
                {"within: 3", "within: 0", "within"},
                {"from: [from]", "from: [From]", "From"},
                {"us: [us]", "us: [us, us]", "us"}},
                "copy.yaml", MoneyRecipient::read);
    }
}
