package dev.architect.offline;

import static org.assertj.core.api.Assertions.assertThat;

import dev.architect.dossier.Consultation;
import dev.architect.dossier.CostLineItem;
import dev.architect.dossier.Decision;
import dev.architect.dossier.DecisionTopic;
import dev.architect.dossier.FunctionalRequirement;
import dev.architect.dossier.Relationship;
import dev.architect.dossier.SequenceDiagram;
import dev.architect.dossier.SequenceStep;
import dev.architect.request.RequestReader;
import dev.architect.request.ConsultationRequest;
import dev.architect.validation.DossierValidator;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The identity design follows who signs in and how: people whose organisation holds their Google or Microsoft accounts
 * sign in there directly, unbilled, and only the people outside it get accounts in a pool; enterprise customers bring
 * their own directories, which the pool federates (the application never calls them); consumers signing in with social
 * accounts are the pool's ordinary users; and a mechanism an actor's description names is recognised from it. Requests of
 * our own; list prices of {@code prices.yaml} (regional ratio 1 in us-central1, us-east-1 and westeurope's identity lines).
 */
class IdentityFollowsTheActorsTest {

    private static Consultation consult(String yaml) {
        ConsultationRequest request = RequestReader.readString(yaml);
        Consultation c = OfflineArchitect.create().consult(request);
        assertThat(DossierValidator.validate(c, request).hasErrors()).as("validator").isFalse();
        return c;
    }

    private static Decision identity(Consultation c) {
        return c.decision(DecisionTopic.SECURITY).orElseThrow();
    }

    private static double monthly(Consultation c, String id) {
        return lines(c, id).stream().mapToDouble(CostLineItem::monthly).sum();
    }

    private static double quantity(Consultation c, String id) {
        return lines(c, id).stream().mapToDouble(CostLineItem::quantity).sum();
    }

    private static List<CostLineItem> lines(Consultation c, String id) {
        return c.cost().items().stream().filter(i -> i.id().equals(id) || i.id().startsWith(id + "-tier-")).toList();
    }

    private static List<String> edges(Consultation c, String destination) {
        return c.c4().relationships().stream().filter(r -> r.destinationId().equals(destination))
                .map(r -> r.sourceId() + " : " + r.description()).toList();
    }

    private static SequenceDiagram signIn(Consultation c) {
        return c.sequences().stream().filter(s -> s.id().equals("seq-sign-in")).findFirst().orElseThrow();
    }

    /** Homework for schools: pupils and teachers bring their school's accounts, parents do not. */
    private static final String HOMEWORK = """
            system: Satchel
            description: >
              Homework planner for secondary schools: teachers set homework, pupils hand it in, parents see what is due.
              Schools sign in through Google Workspace and Microsoft 365 accounts.
            actors:
              - {name: Pupil, description: hands in homework}
              - {name: Teacher, description: "sets and marks homework"}
              - {name: Parent, description: sees what is due}
            capabilities: [homework, hand-ins, marking]
            integrations:
              - {name: Google Workspace, purpose: school sign-in}
            load: {peakRequestsPerSecond: 1500, readWriteRatio: 4, monthlyActiveUsers: 1500000}
            budget: {monthlyUsd: 20000}
            deployment: {cloud: gcp, regions: [us-central1]}
            """;

    @Test
    void schoolAccountsAtGoogleOrMicrosoftSignInThereAndOnlyParentsArePricedInThePool() {
        Consultation c = consult(HOMEWORK);
        Decision d = identity(c);

        assertThat(d.chosenOption()).isEqualTo("Google and Microsoft sign-in for the organisations' accounts, with Google Cloud "
                + "Identity Platform for the others");
        assertThat(d.chosenOption() + d.chosen().summary()).doesNotContain("staff directory").doesNotContain("SAML");
        // Pupil and Teacher sign in at their school's accounts, unbilled; Parent, one of 3 actors who sign in, is taken as a
        // third (assumption as-own-account-share): 1,500,000 x 33.33% = 500,000 = 500 thousand on Identity Platform tier 1:
        // 50 free, 50 x $5.50 = $275, 400 x $4.60 = $1,840: $2,115 (all 1,500 thousand would be $5,415), no federation line
        assertThat(quantity(c, "identity-users")).isCloseTo(500, org.assertj.core.data.Offset.offset(0.01));
        assertThat(monthly(c, "identity-users")).isCloseTo(2_115, org.assertj.core.data.Offset.offset(0.05));
        assertThat(quantity(c, "identity-federated-users")).isZero();
        assertThat(c.cost().assumptions()).anySatisfy(a -> assertThat(a).startsWith("[as-own-account-share]")
                .contains("Pupil, Teacher sign in with the accounts their organisation holds at Google or Microsoft").contains("Parent"));
        // The web application signs the school's people in at Google Workspace itself; no module calls it for sign-in
        assertThat(edges(c, "ext-google-workspace")).containsExactlyInAnyOrder(
                "web : Signs Pupil, Teacher in with their organisation's accounts at", "app : Fetches token signing keys from");
        List<SequenceStep> steps = signIn(c).steps();
        assertThat(steps).anySatisfy(s -> assertThat(s.from() + "->" + s.to()).isEqualTo("web->ext-google-workspace"));
        assertThat(steps).noneMatch(s -> s.to().equals("identity-provider"));
    }

    @Test
    void aUniversityWhoseEveryoneSignsInWithMicrosoft365FederatesWithItAndPaysNoPool() {
        Consultation c = consult("""
                system: Lectern
                description: >
                  Course portal for a university: lecturers publish material and assignments, students hand in work and see
                  feedback. Students and lecturers sign in with their university Microsoft 365 accounts.
                actors:
                  - {name: Student, description: reads material and hands in assignments}
                  - {name: Lecturer, description: "publishes material, marks assignments"}
                capabilities: [course material, assignments, feedback]
                integrations:
                  - {name: Microsoft 365, purpose: university sign-in}
                load: {peakRequestsPerSecond: 800, readWriteRatio: 8, monthlyActiveUsers: 40000}
                budget: {monthlyUsd: 8000}
                deployment: {cloud: azure, regions: [westeurope]}
                """);
        Decision d = identity(c);

        assertThat(d.chosen().summary()).contains("where their identity already lives");
        assertThat(d.drivers()).anySatisfy(x -> assertThat(x).contains("everyone who signs in has an account at the named source: yes")
                .contains("Student, Lecturer"));
        assertThat(c.cost().items()).noneMatch(i -> i.id().startsWith("identity-users") || i.id().startsWith("identity-federated"));
        assertThat(c.c4().relationships()).noneMatch(r -> r.destinationId().equals("ext-microsoft-365"));
    }

    @Test
    void enterpriseCustomersBringTheirOwnDirectoriesWhichThePoolFederates() {
        Consultation c = consult("""
                system: Claimdesk
                description: >
                  Expense approval for mid-sized companies: employees submit expense claims with receipt photos and managers
                  approve them. Enterprise customers sign in with SAML single sign-on through their own identity provider.
                actors:
                  - {name: Employee, description: submits expense claims}
                  - {name: Manager, description: approves claims of their team}
                capabilities: [expense claims, approvals]
                integrations:
                  - {name: Okta, purpose: enterprise single sign-on}
                load: {peakRequestsPerSecond: 400, readWriteRatio: 5, monthlyActiveUsers: 120000}
                budget: {monthlyUsd: 12000}
                deployment: {cloud: gcp, regions: [us-central1]}
                """);
        Decision d = identity(c);

        // Employees and managers of the customers are no workforce of the system's owner: no "staff directory"
        assertThat(d.chosenOption()).isEqualTo("Google Cloud Identity Platform, with each enterprise customer's directory federated over SAML or OIDC");
        assertThat(String.join(" ", d.drivers())).contains("the customers' own directories federated: yes");
        // Only some of them (the enterprise customers) federate: 10% of 120,000 = 12 thousand at Identity Platform tier 2
        // (0.049 free, 11.951 x $15.00 = $179.27 to the cent of the line's 11.95), 108 thousand on tier 1 (50 free, 50 x
        // $5.50 = $275, 8 x $4.60 = $36.80: $311.80)
        assertThat(quantity(c, "identity-federated-users")).isCloseTo(12, org.assertj.core.data.Offset.offset(0.01));
        assertThat(monthly(c, "identity-users")).isCloseTo(311.80, org.assertj.core.data.Offset.offset(0.01));
        // The pool federates the sign-in to Okta; the application only validates the pool's tokens and never calls Okta
        assertThat(edges(c, "ext-okta")).containsExactly("identity-provider : Federates the sign-in of Employee, Manager to");
        assertThat(signIn(c).steps()).extracting(s -> s.from() + "->" + s.to() + " " + s.message())
                .contains("identity-provider->ext-okta Redirect to the organisation's own sign-in (SAML 2.0 or OpenID Connect)");
    }

    @Test
    void consumersSigningInWithSocialAccountsAreThePoolsOrdinaryUsers() {
        Consultation c = consult("""
                system: Stridely
                description: >
                  A consumer running app: runners record runs on their phones, follow friends and join monthly challenges.
                  Runners sign in with Sign in with Apple or Google, or with an email link.
                actors:
                  - {name: Runner, description: records runs and joins challenges}
                capabilities: [run recording, friend feeds, challenges]
                load: {peakRequestsPerSecond: 3000, readWriteRatio: 4, monthlyActiveUsers: 900000}
                budget: {monthlyUsd: 30000}
                deployment: {cloud: aws, regions: [us-east-1]}
                """);

        assertThat(identity(c).chosenOption()).isEqualTo("Amazon Cognito");
        // Apple and Google are social providers of the pool: all 900 thousand on Cognito Lite: 10 free, 90 x $5.50 = $495,
        // 800 x $4.60 = $3,680: $4,175, no federation line and no share assumed
        assertThat(quantity(c, "identity-users")).isEqualTo(900);
        assertThat(monthly(c, "identity-users")).isEqualTo(4_175);
        assertThat(quantity(c, "identity-federated-users")).isZero();
        assertThat(c.cost().assumptions()).noneMatch(a -> a.startsWith("[as-own-account-share]") || a.startsWith("[as-federated-share]"));
    }

    @Test
    void aClientWhoseUsersNeverSignInHasNoSignInEdge() {
        Consultation c = consult("""
                system: Tidecast
                description: Surf schools publish daily tide and wave videos; a phone app fetches the feeds and plays them.
                actors:
                  - {name: Surf school, description: uploads videos and reads analytics}
                  - {name: Phone app, description: polls feeds and downloads videos}
                capabilities: [video upload, tide feeds]
                load: {peakRequestsPerSecond: 500, readWriteRatio: 50, monthlyActiveUsers: 300000}
                deployment: {cloud: aws, regions: [eu-west-1]}
                """);

        List<Relationship> signIns = c.c4().relationships().stream().filter(r -> r.description().startsWith("Signs")).toList();
        assertThat(signIns).extracting(Relationship::sourceId).doesNotContain("mobile-app");
        assertThat(c.cost().assumptions()).anySatisfy(a -> assertThat(a).startsWith("[as-signed-in-actors]")
                .contains("Phone app (\"polls feeds and downloads videos\") never does"));
    }

    @Test
    void aMechanismOnlyAnActorsDescriptionNamesIsRecognisedFromIt() {
        Consultation c = consult("""
                system: Stacks
                description: A lending app for a city's public libraries.
                actors:
                  - {name: Librarian, description: lends and returns books}
                  - {name: Reader, description: searches the catalogue and reserves books}
                capabilities: [loans, reservations]
                load: {peakRequestsPerSecond: 100, readWriteRatio: 10, monthlyActiveUsers: 50000}
                deployment: {cloud: aws, regions: [eu-west-1]}
                """);

        assertThat(ArchetypeDossiersTest.recognisedArchetypes(c)).contains("search");
        FunctionalRequirement search = c.requirements().functional().stream().filter(f -> f.id().equals("fr-archetype-search"))
                .findFirst().orElseThrow();
        assertThat(search.description()).contains("actor 'Reader: searches the catalogue and reserves books' says 'search'");

        // An actor's name is a role, not a statement of what the system does: "Search team" alone names no search
        Consultation named = consult("""
                system: Stacks
                description: A lending app for a city's public libraries.
                actors:
                  - {name: Search team, description: lends and returns books}
                capabilities: [loans, reservations]
                load: {peakRequestsPerSecond: 100, readWriteRatio: 10, monthlyActiveUsers: 50000}
                deployment: {cloud: aws, regions: [eu-west-1]}
                """);
        assertThat(ArchetypeDossiersTest.recognisedArchetypes(named)).doesNotContain("search");
    }
}
