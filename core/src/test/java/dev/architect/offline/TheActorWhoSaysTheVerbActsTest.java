package dev.architect.offline;

import static org.assertj.core.api.Assertions.assertThat;

import dev.architect.dossier.Consultation;
import dev.architect.dossier.OpenQuestion;
import dev.architect.dossier.SequenceStep;
import dev.architect.testing.ValidDossiers;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A flow's step is done by the actor whose own description uses its verb (design/VerbActors.java), not by the actor that
 * shares the most words with the flow: a permit office's area manager, who "approves or refuses assessed applications",
 * approves, and the planning officer, who "never approves their own assessment", does not; where two actors say they do
 * a capability's act (members and a steward both cancel bookings), the dossier asks who, naming both.
 */
class TheActorWhoSaysTheVerbActsTest {

    private static List<SequenceStep> stepsWith(Consultation c, String message) {
        return c.sequences().stream().flatMap(s -> s.steps().stream()).filter(step -> step.message().contains(message)).toList();
    }

    @Test
    void theAreaManagerWhoApprovesApprovesAndTheOfficerWhoNeverApprovesDoesNot() {
        Consultation c = ValidDossiers.of("""
                system: PermitDesk
                description: >
                  A city council's building permit service. Applicants submit a permit application with plans; a planning officer
                  assesses each application and an area manager approves or refuses it. The council's administration fee is paid
                  when the application is submitted. Around 9,000 applications a year.
                goals:
                  - decisions within 8 weeks of a complete application
                actors:
                  - {name: Applicants, description: "submit applications and plans, pay the administration fee"}
                  - {name: Planning officer, description: "assesses applications, requests more information; never approves their own assessment"}
                  - {name: Area manager, description: "approves or refuses assessed applications"}
                  - {name: Admin, description: "manages user accounts"}
                capabilities: [permit application submission, assess and decide an application]
                load: {peakRequestsPerSecond: 10, readWriteRatio: 20}
                team: {size: 3, expertise: [Python, PostgreSQL]}
                deployment: {cloud: gcp, regions: [europe-west1]}
                """);
        List<SequenceStep> approvals = stepsWith(c, "/approve");
        assertThat(approvals).isNotEmpty().allSatisfy(step -> assertThat(step.from()).isEqualTo("area-manager"));
        assertThat(c.sequences().stream().flatMap(s -> s.steps().stream())).noneMatch(step -> step.from().equals("planning-officer")
                && step.message().contains("/approve"));
        // "Admin" manages accounts: it does not pay the administration fee, nor approve anything
        assertThat(c.sequences().stream().flatMap(s -> s.steps().stream())).noneMatch(step -> step.from().equals("admin")
                && step.message().contains("/approve"));
    }

    @Test
    void twoActorsWhoSayTheyCancelAreAskedAboutNotGuessed() {
        Consultation c = ValidDossiers.of("""
                system: SpindleShare
                description: >
                  A community makerspace books machine time. Members book a machine for a slot; stewards induct members on a
                  machine before they may book it. About 900 members.
                actors:
                  - {name: Members, description: "book machines, cancel bookings, borrow hand tools"}
                  - {name: Steward, description: "inducts members, cancels bookings when a machine breaks"}
                capabilities: [machine booking, booking cancellation]
                load: {peakRequestsPerSecond: 5, readWriteRatio: 10}
                team: {size: 1, expertise: [TypeScript, PostgreSQL]}
                deployment: {cloud: aws, regions: [eu-west-2]}
                """);
        List<OpenQuestion> asked = c.requirements().openQuestions().stream().filter(q -> q.id().startsWith("oq-actor-")).toList();
        assertThat(asked).singleElement().satisfies(q -> {
            assertThat(q.id()).isEqualTo("oq-actor-booking-cancellation");
            assertThat(q.question()).contains("Members or Steward");
            assertThat(q.options()).contains("Members", "Steward");
        });
    }
}
