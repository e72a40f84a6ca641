package dev.architect.offline;

import static org.assertj.core.api.Assertions.assertThat;

import dev.architect.dossier.Consultation;
import dev.architect.dossier.Decision;
import dev.architect.dossier.DecisionTopic;
import dev.architect.dossier.SoftwareSystem;
import dev.architect.testing.ValidDossiers;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * An identity product a request names only in its description or an actor's description, not as an integration, is
 * still its identity source (sign-in.yaml namedIssuers): the design draws it, the identity decision federates to it and
 * cites the clause it was read from, and the API's issuers name it. Requests of our own; each dossier passes the validator.
 */
class IssuersNamedInAnyFieldTest {

    /** Timesheets for a consultancy whose employees hold Microsoft 365 work accounts, said only in the description. */
    private static final String TIMESHEETS = """
            system: Timewell
            description: >
              Timesheets and leave requests for a 600-person engineering consultancy. Employees already have Microsoft 365 work
              accounts; outside contractors, who have none, also record their hours.
            actors:
              - {name: Employee, description: records hours and requests leave}
              - {name: Contractor, description: records hours for the projects they are booked on}
              - {name: Manager, description: approves leave and timesheets}
            capabilities: [timesheets, leave requests, approvals]
            load: {peakRequestsPerSecond: 40, readWriteRatio: 5, monthlyActiveUsers: 700}
            team: {size: 3, expertise: [C#, Azure]}
            deployment: {cloud: azure, regions: [westeurope]}
            """;

    /** Homework for schools whose teachers and pupils hold Google Workspace for Education accounts, said in the actors' descriptions. */
    private static final String HOMEWORK = """
            system: Lessonloop
            description: >
              Homework and feedback for a group of 30 secondary schools. Teachers set homework and mark it; pupils hand work in
              and read feedback; parents see their child's progress.
            actors:
              - {name: Teacher, description: sets and marks homework with their Google Workspace for Education account}
              - {name: Pupil, description: hands in homework with the school's Google Workspace account}
              - {name: Parent, description: sees their child's progress}
            capabilities: [homework, submissions, feedback]
            load: {peakRequestsPerSecond: 300, readWriteRatio: 8, monthlyActiveUsers: 25000}
            team: {size: 5, expertise: [Python, Google Cloud]}
            deployment: {cloud: gcp, regions: [europe-west2]}
            """;

    private static List<String> systems(Consultation c) {
        return c.c4().systems().stream().map(SoftwareSystem::name).toList();
    }

    private static Decision identity(Consultation c) {
        return c.decision(DecisionTopic.SECURITY).orElseThrow();
    }

    @Test
    void microsoft365NamedInTheDescriptionIsDrawnAndFederatedWithTheClauseAsEvidence() {
        Consultation c = ValidDossiers.of(TIMESHEETS);

        assertThat(systems(c)).contains("Microsoft 365");
        assertThat(identity(c).chosenOption()).contains("federated");
        assertThat(identity(c).drivers()).anySatisfy(d -> assertThat(d)
                .contains("named in the description: \"Employees already have Microsoft 365 work accounts\""));
    }

    @Test
    void googleWorkspaceNamedInAnActorsDescriptionIsAnIssuerTheApiAccepts() {
        Consultation c = ValidDossiers.of(HOMEWORK);

        assertThat(systems(c)).contains("Google Workspace for Education");
        assertThat(identity(c).consequences()).anySatisfy(k -> assertThat(k.text())
                .contains("two issuers (Google Workspace for Education and the customer pool)"));
        assertThat(identity(c).drivers()).anySatisfy(d -> assertThat(d).contains("named in the actor Teacher's description"));
    }

    @Test
    void aRequestNamingNoIdentityProductDrawsNone() {
        String unnamed = TIMESHEETS.replace("Microsoft 365 ", "");
        assertThat(unnamed).isNotEqualTo(TIMESHEETS);
        Consultation c = ValidDossiers.of(unnamed);

        assertThat(systems(c)).noneMatch(s -> s.contains("Microsoft 365"));
    }

    @Test
    void anIdentityIntegrationAlreadyListedIsNotAddedTwice() {
        Consultation c = ValidDossiers.of(TIMESHEETS + "integrations:\n  - {name: Microsoft Entra ID, purpose: staff sign-in}\n");

        assertThat(systems(c)).contains("Microsoft Entra ID").doesNotContain("Microsoft 365");
    }

    @Test
    void aSuiteIntegrationForSomethingElseIsNoIdentitySourceTheSsoIntegrationIs() {
        // a review platform collecting mailboxes from Microsoft 365 and signing people in through Okta: Okta is the source,
        // and nobody is said to sign in with Microsoft accounts
        Consultation c = ValidDossiers.of("""
                system: Docket
                description: Review of collected documents for a litigation-support firm; staff and outside attorneys review them.
                actors:
                  - {name: Reviewer, description: codes documents}
                  - {name: Attorney, description: reviews the coded documents of their matters}
                capabilities: [document review, matters]
                integrations:
                  - {name: Microsoft 365 Purview, purpose: exports custodian mailboxes for collection}
                  - {name: Okta, purpose: single sign-on for the firm's staff and outside attorneys}
                load: {peakRequestsPerSecond: 50, readWriteRatio: 5, monthlyActiveUsers: 900}
                team: {size: 4, expertise: [Java, AWS]}
                deployment: {cloud: aws, regions: [us-east-1]}
                """);

        assertThat(identity(c).drivers()).anySatisfy(d -> assertThat(d).contains("Okta"))
                .noneSatisfy(d -> assertThat(d).contains("Purview"));
        assertThat(identity(c).chosen().name()).doesNotContain("Google and Microsoft sign-in");
        assertThat(dev.architect.offline.internal.rules.FactSheet.isIdentitySource(
                new dev.architect.request.Integration("Google Workspace", "shared calendars for rota planning"))).isFalse();
        assertThat(dev.architect.offline.internal.rules.FactSheet.isIdentitySource(
                new dev.architect.request.Integration("Google Workspace", "staff accounts"))).isTrue();
        assertThat(dev.architect.offline.internal.rules.FactSheet.isIdentitySource(
                new dev.architect.request.Integration("Office 365", null))).isTrue();
    }
}
