package dev.architect.offline.internal.rules;

import static org.assertj.core.api.Assertions.assertThat;

import dev.architect.dossier.DossierJson;
import dev.architect.figures.Workload;
import dev.architect.offline.OfflineArchitect;
import dev.architect.request.ConsultationRequest;
import dev.architect.request.Integration;
import dev.architect.request.RequestReader;
import org.junit.jupiter.api.Test;

/**
 * People who sign in with an account a consumer platform or a public identity scheme already holds (a console's network,
 * a game store, a bank ID) sign in through that integration: the application checks the platform's token itself and
 * opens its own session, so no managed pool holds or bills them, and the identity decision says which integrations hold
 * them. A platform named only for its store holds no one's sign-in.
 */
class ConsumerPlatformSignInTest {

    private static final String GAME = """
            system: RuneRally
            description: >
              Backend for a cross-platform racing game. Players log in with their Steam or Xbox account, race in ranked
              lobbies and buy cars with a virtual currency. Support staff handle refunds and bans.
            actors:
              - {name: Player, description: "logs in, races, buys cars"}
              - {name: Support agent, description: "handles refunds and bans"}
            capabilities: [ranked lobbies, garage, virtual currency]
            integrations:
              - {name: Steam, purpose: login and purchases}
              - {name: Xbox network, purpose: "login and entitlements"}
              - {name: PlayStation Network, purpose: "entitlements and store"}
            load: {peakRequestsPerSecond: 2000, readWriteRatio: 3, monthlyActiveUsers: 1000000}
            budget: {monthlyUsd: 30000}
            team: {size: 10, expertise: [Go, AWS]}
            deployment: {cloud: aws, regions: [us-east-1]}
            """;

    @Test
    void playersSignInThroughThePlatformsThatHoldTheirAccountsAndOnlyStaffAreThePoolsUsers() {
        ConsultationRequest r = RequestReader.readString(GAME);
        SignIn s = SignIn.of(r);

        assertThat(s.viaIntegration()).containsExactly("Player");
        assertThat(s.integration()).isEqualTo("Steam (login and purchases), Xbox network (login and entitlements)");
        assertThat(s.route()).as("no pool's social provider bills the platforms' accounts").isEqualTo(SignIn.Route.OWN_ACCOUNTS);
        assertThat(s.federated()).isEmpty();
        SignIn.Population p = s.population(Workload.of(r), false, 0.05);
        // 1,000,000 monthly users x 1% staff beside the players the platforms identify = 10,000 users of the pool
        assertThat(p.total()).isEqualTo(10_000.0);
        assertThat(p.assumptions()).extracting(SignIn.Assumption::id).contains(SignIn.INTEGRATION_SIGN_IN);
    }

    @Test
    void aPlatformNamedOnlyForItsStoreOrAnotherSenseOfItsNameHoldsNoSignIn() {
        assertThat(SignIn.holdsPlatformAccounts(new Integration("PlayStation Network", "entitlements and store"))).isFalse();
        assertThat(SignIn.holdsPlatformAccounts(new Integration("Boiler house", "steam pressure readings"))).isFalse();
        assertThat(SignIn.holdsPlatformAccounts(new Integration("Okta", "staff login"))).as("a directory, not a consumer platform").isFalse();
        assertThat(SignIn.holdsPlatformAccounts(new Integration("BankID", "customer login"))).as("a bank's eID is one").isTrue();

        SignIn storeOnly = SignIn.of(RequestReader.readString(GAME.replace("login and purchases", "purchases")
                .replace("\"login and entitlements\"", "entitlements")));
        assertThat(storeOnly.viaIntegration()).isEmpty();
    }

    @Test
    void theIdentityDecisionNamesTheIntegrationsThatHoldThePlayersAccounts() throws Exception {
        String json = DossierJson.mapper().writeValueAsString(OfflineArchitect.create().consult(RequestReader.readString(GAME)));

        assertThat(json).contains("Player signs in with the accounts Steam (login and purchases), Xbox network (login and entitlements) already hold")
                .doesNotContain("no integration holds the users' identities");
    }
}
