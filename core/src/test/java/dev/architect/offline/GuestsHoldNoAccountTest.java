package dev.architect.offline;

import static org.assertj.core.api.Assertions.assertThat;

import dev.architect.dossier.CostEstimate;
import dev.architect.dossier.CostLineItem;
import dev.architect.offline.internal.rules.SignIn;
import dev.architect.request.RequestReader;
import org.junit.jupiter.api.Test;

/**
 * People the request says act as guests or without an account are not billed by the identity provider: the clause that
 * says so names the actor (its own description, or a sentence naming it by its name or head noun). "Guest" alone, a guest
 * word in another sense ("as guests of the faculty"), a negated one, or a clause that also offers an account leave the
 * actor signing in. Requests of our own; list prices of {@code prices.yaml} (eu-west-2, AWS).
 */
class GuestsHoldNoAccountTest {

    private static final OfflineArchitect ARCHITECT = OfflineArchitect.create();

    /** A seed shop: guests check out, club members sign in; the description names the shoppers in its own words. */
    private static final String SHOP = """
            system: Hedgerow Seeds
            description: >
              We sell heritage vegetable seeds online. GUESTS The packers work from a warehouse in Devon.
            actors:
              - {name: Shopper, description: "browses the catalogue and buys seeds"}
              - {name: Club member, description: "signs in to see past orders and swap seeds"}
            capabilities: [seed catalogue, checkout, seed swap]
            load: {peakRequestsPerSecond: 40, readWriteRatio: 20, monthlyActiveUsers: 60000}
            deployment: {cloud: aws, regions: [eu-west-2]}
            """;

    private static SignIn signIn(String guests) {
        return SignIn.of(RequestReader.readString(SHOP.replace("GUESTS", guests)));
    }

    private static double identityUsers(CostEstimate cost) {
        return cost.items().stream().filter(i -> i.id().equals("identity-users") || i.id().startsWith("identity-users-tier-"))
                .mapToDouble(CostLineItem::quantity).sum();
    }

    @Test
    void shoppersASentenceSaysCheckOutAsGuestsHoldNoAccountAndAreNotBilled() {
        String guests = "Most shoppers check out as guests with a card or PayPal; only members of our seed club sign in.";
        SignIn s = signIn(guests);

        assertThat(s.anonymous()).containsExactly("Shopper (\"Most shoppers check out as guests with a card or PayPal\")");
        assertThat(s.signingIn()).containsExactly("Club member");
        CostEstimate cost = ARCHITECT.cost(RequestReader.readString(SHOP.replace("GUESTS", guests)));
        // 60,000 monthly users x 1% who sign in beside the guests (assumption as-signed-in-actors) = 600 = 0.6 thousand,
        // not the 60 thousand of every monthly user
        assertThat(identityUsers(cost)).isEqualTo(0.6);
        assertThat(cost.assumptions()).anySatisfy(a -> assertThat(a).startsWith("[as-signed-in-actors]")
                .contains("Shopper (\"Most shoppers check out as guests with a card or PayPal\") never does"));
    }

    @Test
    void anActorWhoseOwnDescriptionGivesWithoutAnAccountIsAGuest() {
        SignIn s = SignIn.of(RequestReader.readString("""
                system: Harbour Appeal
                description: A rescue charity's donation page.
                actors:
                  - {name: Supporter, description: "gives a one-off donation by card without creating an account"}
                  - {name: Fundraising officer, description: "refunds gifts and exports donations"}
                capabilities: [donations, refunds]
                """));

        assertThat(s.anonymous()).containsExactly("Supporter (\"gives a one-off donation by card without creating an account\")");
        assertThat(s.signingIn()).containsExactly("Fundraising officer");
    }

    @Test
    void guestAloneAnotherSenseANegatedGuestOrAnOfferOfBothLeavesTheActorSigningIn() {
        // "Guest lecturers" are visiting staff, not guest users
        assertThat(SignIn.of(RequestReader.readString("""
                system: CourseRoom
                description: Course pages for a university. Guest lecturers upload their slides before each class.
                actors:
                  - {name: Guest lecturer, description: "uploads course slides"}
                  - {name: Student, description: "reads course pages"}
                capabilities: [course pages]
                """)).signingIn()).contains("Guest lecturer");
        // a guest word in another sense, a negated one, and both ways offered in one clause
        for (String guests : new String[] {"Shoppers attend the spring fair as guests of the club.",
                "Shoppers cannot check out as guests.",
                "Shoppers can check out without an account, or sign in to save their addresses."}) {
            assertThat(signIn(guests).signingIn()).as(guests).contains("Shopper");
            assertThat(signIn(guests).anonymous()).as(guests).isEmpty();
        }
    }
}
