package dev.architect.offline.internal.rules;

import static org.assertj.core.api.Assertions.assertThat;

import dev.architect.request.RequestReader;
import org.junit.jupiter.api.Test;

/**
 * Each actor signs in its own way: when the request says an organisation's people bring its accounts ("Companies sign in
 * through ...") and names no actor, the actors who belong to the organisation federate and those outside it (a guest, a
 * parent) keep accounts of their own; an actor that only downloads never signs in.
 */
class SignInByActorTest {

    private static SignIn signIn(String yaml) {
        return SignIn.of(RequestReader.readString(yaml));
    }

    /** Corporate training: employees and trainers bring their company's accounts; outside guests cannot. */
    private static final String TRAINING = """
            system: SkillPath
            description: >
              Online compliance training for mid-sized firms. Companies sign in through their Google Workspace or Microsoft
              accounts. Employees take courses, trainers publish them, and guests invited to a session watch it.
            actors:
              - {name: Employee, description: takes courses and quizzes}
              - {name: Trainer, description: publishes courses and reviews results}
              - {name: Guest, description: joins an invited session}
            capabilities: [courses, quizzes, certificates]
            load: {peakRequestsPerSecond: 100, readWriteRatio: 5, monthlyActiveUsers: 50000}
            deployment: {cloud: gcp, regions: [europe-west1]}
            """;

    @Test
    void theOrganisationsPeopleFederateAndTheActorsOutsideItKeepAccountsOfTheirOwn() {
        SignIn s = signIn(TRAINING);

        assertThat(s.route()).isEqualTo(SignIn.Route.SOCIAL);
        assertThat(s.signingIn()).containsExactly("Employee", "Trainer", "Guest");
        assertThat(s.federated()).containsExactly("Employee", "Trainer");
        assertThat(s.federatedChosen()).isEqualTo("the actors who belong to the company (Employee, Trainer) are");
        assertThat(s.billing()).endsWith("; Guest signs in with an account of its own (an email link or a password)");
    }

    /** An enterprise single sign-on integration federates the members of enterprise workspaces, not only their admins. */
    @Test
    void enterpriseSingleSignOnFederatesSomeOfEveryActorNotOnlyTheAdmins() {
        SignIn s = signIn("""
                system: DeckRoom
                description: Shared slide decks for teams, edited together in the browser.
                actors:
                  - {name: Presenter, description: edits and presents decks}
                  - {name: Team admin, description: manages members and billing}
                capabilities: [deck editing, sharing]
                integrations:
                  - {name: Okta, purpose: enterprise single sign-on}
                load: {peakRequestsPerSecond: 300, readWriteRatio: 3, monthlyActiveUsers: 400000}
                deployment: {cloud: aws, regions: [eu-west-1]}
                """);

        assertThat(s.route()).isEqualTo(SignIn.Route.ENTERPRISE);
        assertThat(s.federated()).containsExactly("Presenter", "Team admin");
        assertThat(s.onlySome()).isTrue();
        assertThat(s.billing()).startsWith("some of Presenter, Team admin sign in with the identity they bring");
    }

    /** Where the sign-in sentence names no organisation, every actor who signs in is still taken to sign in that way. */
    @Test
    void withoutAnOrganisationEveryActorWhoSignsInFederates() {
        SignIn s = signIn(TRAINING.replace("Companies sign in", "Everyone signs in"));

        assertThat(s.federated()).containsExactly("Employee", "Trainer", "Guest");
    }
}
