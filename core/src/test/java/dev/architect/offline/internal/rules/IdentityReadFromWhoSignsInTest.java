package dev.architect.offline.internal.rules;

import static org.assertj.core.api.Assertions.assertThat;

import dev.architect.figures.Workload;
import dev.architect.offline.internal.catalog.Geography;
import dev.architect.request.Actor;
import dev.architect.request.Cloud;
import dev.architect.request.ComplianceRegime;
import dev.architect.request.ConsultationRequest;
import dev.architect.request.Deployment;
import dev.architect.request.Integration;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Who signs in and how is read from the actors and the request's sentences on whole words: customers with credentials
 * the system issues (an email code, a passkey), staff at the workforce directory, a partner organisation's people with
 * their organisation's accounts, machines with credentials of their own (never a sign-in); and a regime only where its
 * people are the users. Requests of our own, in domains the code was not written for.
 */
class IdentityReadFromWhoSignsInTest {

    /** Tutoring: parents and tutors keep accounts of their own, a partner board's counsellors bring its Microsoft 365 accounts. */
    private static final ConsultationRequest TUTORING = ConsultationRequest.builder("TutorLine",
                    "Families book tutors. Partner school boards let their guidance counsellors refer pupils; counsellors sign in with "
                            + "their board's Microsoft 365 accounts.")
            .actor("Parent", "books and pays for sessions for their child, signs in with an email code or Google")
            .actor("Tutor", "an independent tutor who sets availability; signs in with a passkey")
            .actor("Guidance counsellor", "staff of a partner school board who refers pupils")
            .capabilities("booking", "referrals").build();

    @Test
    void aSentenceNamingAnActorByItsHeadNounFederatesThatActorAlone() {
        SignIn who = SignIn.of(TUTORING);

        assertThat(who.federated()).containsExactly("Guidance counsellor");
        assertThat(who.direct()).as("Microsoft 365 accounts are the board's, accepted directly").isTrue();
        assertThat(who.ownAccounts()).containsExactly("Parent", "Tutor");
    }

    @Test
    void machinesAuthenticateWithTheirOwnCredentialsAndNeverSignIn() {
        ConsultationRequest coldChain = ConsultationRequest.builder("ColdTrace", "Fridges in pharmacies report temperatures")
                .actor("Fridge logger", "reports the fridge temperature every minute")
                .actor("Terminal operating system", "a machine client that confirms gate visits over the API")
                .actor("Pharmacist", "employee of a customer pharmacy who acknowledges alarms on a phone")
                .actor("Warehouse operator", "a person who scans pallets with a handheld device")
                .capabilities("readings", "alarms").build();

        assertThat(SignIn.of(coldChain).signingIn()).containsExactly("Pharmacist", "Warehouse operator");
        assertThat(SignIn.machine(new Actor("Parking sensor", "reports whether its bay is taken"))).isTrue();
        // a person's description that mentions a device later is no machine
        assertThat(SignIn.machine(new Actor("Courier", "delivers parcels and signs in on a mobile device"))).isFalse();
    }

    @Test
    void staffAloneAtTheWorkforceDirectoryFederateAndCustomersKeepTheirOwn() {
        ConsultationRequest desk = ConsultationRequest.builder("FixIt", "Tenants report repairs; our staff handle them.")
                .actor("Tenant", "reports a repair and follows it")
                .actor("Repair coordinator", "our staff member who assigns repairs")
                .integration("Okta", "single sign-on for our staff")
                .capabilities("repairs").build();

        SignIn who = SignIn.of(desk);
        assertThat(who.federated()).containsExactly("Repair coordinator");
        assertThat(who.ownAccounts()).containsExactly("Tenant");
    }

    @Test
    void theDistrictsStaffFederateAndParentsSignedInWithAnEmailCodeKeepTheirOwnAccounts() {
        ConsultationRequest admissions = ConsultationRequest.builder("SeatFair", "Families apply for school seats")
                .actor("Parent", "applies for a child and accepts an offer")
                .actor("Admissions officer", "verifies addresses and runs the lottery")
                .actor("School registrar", "sets open seats per grade")
                .integration("District Entra ID", "sign-in for staff; parents sign in with an email code")
                .capabilities("applications", "lottery").build();

        SignIn who = SignIn.of(admissions);
        assertThat(who.federated()).containsExactly("Admissions officer", "School registrar");
        assertThat(who.ownAccounts()).containsExactly("Parent");
    }

    @Test
    void peopleNamedInASentenceThatSignsThemInWithAnEmailCodeHoldNoAccountAtTheSource() {
        assertThat(FactSheet.outsidersAtSource(new Integration("District Entra ID", "sign-in for staff; parents sign in with an email code")))
                .isEmpty();
        assertThat(FactSheet.outsidersAtSource(new Integration("Campus directory", "student and staff single sign-on"))).contains("student");
        assertThat(FactSheet.outsidersAtSource(new Integration("Members' directory", "members sign in with a passkey; staff through SAML")))
                .isEmpty();
    }

    @Test
    void aSchoolOrKindergartenNamedOnlyAsWhereChildrenGoSuggestsNoCoppa() {
        ConsultationRequest seats = ConsultationRequest.builder("SeatFair", "Parents apply for kindergarten and elementary school seats "
                        + "for their children; the district runs a lottery")
                .actor("Parent", "applies and accepts an offer").actor("Admissions officer", "runs the lottery")
                .capabilities("applications", "lottery").deployment(new Deployment(Cloud.AWS, List.of("us-east-1"))).build();
        assertThat(Workload.of(seats).compliance()).doesNotContain(ComplianceRegime.COPPA);

        ConsultationRequest grades = ConsultationRequest.builder("MarkBook", "Teachers enter pupils' grades in middle school classes")
                .actor("Teacher", "enters grades").capabilities("grades").deployment(new Deployment(Cloud.AWS, List.of("us-east-1"))).build();
        assertThat(Workload.of(grades).compliance()).doesNotContain(ComplianceRegime.COPPA);

        // pupils who are the users, or a service for kids, still suggest it
        ConsultationRequest reading = ConsultationRequest.builder("ReadAlong", "A reading app pupils use in class")
                .actor("Pupil", "reads stories and answers quizzes").capabilities("stories").deployment(new Deployment(Cloud.AWS, List.of("us-east-1"))).build();
        assertThat(Workload.of(reading).compliance()).contains(ComplianceRegime.COPPA);
        ConsultationRequest game = ConsultationRequest.builder("Doodle", "Drawing games for kids, played on tablets at home")
                .capabilities("drawings").deployment(new Deployment(Cloud.AWS, List.of("us-east-1"))).build();
        assertThat(Workload.of(game).compliance()).contains(ComplianceRegime.COPPA);
    }

    @Test
    void residencyNamesTheRegionTheRequestDeploysToInTheCountry() {
        ConsultationRequest stated = ConsultationRequest.builder("SeatFair", "Seats for schools")
                .constraints("student records stay in the United States").capabilities("applications")
                .deployment(new Deployment(Cloud.AZURE, List.of("centralus"))).build();
        assertThat(Geography.standard().residency(stated, Cloud.AZURE).orElseThrow().regions()).containsExactly("centralus");

        // no region stated: the country's first open region
        ConsultationRequest unstated = stated.toBuilder().deployment(new Deployment(Cloud.AZURE, List.of())).build();
        assertThat(Geography.standard().residency(unstated, Cloud.AZURE).orElseThrow().regions()).containsExactly("eastus");
    }
}
