package dev.architect.offline;

import static org.assertj.core.api.Assertions.assertThat;

import dev.architect.dossier.Consultation;
import dev.architect.dossier.RoadmapPhase;
import dev.architect.request.RequestReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The roadmap follows the scope: phases per archetype, lengths that grow with work and shrink with the team, deadlines kept. */
class ArchetypeRoadmapTest {

    private static Consultation consult(String name, String from, String to) throws Exception {
        String yaml = Files.readString(Path.of("src", "test", "resources", "archetype-requests", name + ".yaml"));
        return OfflineArchitect.create().consult(RequestReader.readString(yaml.replace(from, to)));
    }

    private static int total(Consultation c) {
        return c.roadmap().phases().stream().mapToInt(RoadmapPhase::durationWeeks).sum();
    }

    private static RoadmapPhase phase(Consultation c, String id) {
        return c.roadmap().phases().stream().filter(p -> p.id().equals(id)).findFirst().orElseThrow(() -> new AssertionError(
                "no " + id + " in " + c.roadmap().phases().stream().map(RoadmapPhase::id).toList()));
    }

    @Test
    void eachArchetypeIsAPhaseAndAPciPaymentsPlatformTakesLongerThanALeaveTracker() throws Exception {
        Consultation payments = consult("card-payments", "", "");
        Consultation leave = consult("leave-tracker", "size: 2", "size: 8"); // the same team as the payments platform

        assertThat(phase(payments, "phase-payments-ledger").deliverables()).contains("Integration with Adyen");
        assertThat(phase(payments, "phase-hardening").durationWeeks()).as("PCI assessment adds weeks").isGreaterThan(4);
        assertThat(leave.roadmap().phases()).extracting(RoadmapPhase::id).noneMatch(id -> id.startsWith("phase-payments"));
        assertThat(total(payments)).isGreaterThan(total(leave) + 6);
    }

    @Test
    void aSmallerTeamTakesLongerForTheSameScope() throws Exception {
        Consultation eight = consult("card-payments", "size: 8", "size: 8");
        Consultation three = consult("card-payments", "size: 8", "size: 3");

        assertThat(phase(three, "phase-payments-ledger").durationWeeks())
                .isGreaterThan(phase(eight, "phase-payments-ledger").durationWeeks());
        assertThat(total(three)).isGreaterThan(total(eight));
    }

    @Test
    void moreLoadMeansMoreWorkForTheSameMechanism() throws Exception {
        Consultation small = consult("team-chat", "peakRequestsPerSecond: 60000", "peakRequestsPerSecond: 500");
        Consultation large = consult("team-chat", "", "");

        assertThat(phase(large, "phase-realtime-messaging").durationWeeks())
                .isGreaterThan(phase(small, "phase-realtime-messaging").durationWeeks());
    }

    @Test
    void aGoalWithADeadlineMovesItsPhaseFirstAndBecomesAnExitCriterion() throws Exception {
        Consultation c = consult("tutoring", "", "");

        List<String> order = c.roadmap().phases().stream().map(RoadmapPhase::id).toList();
        assertThat(order.get(1)).isEqualTo("phase-video-sessions");
        assertThat(phase(c, "phase-video-sessions").exitCriteria())
                .contains("This phase is live by week 13, as the goal 'video lessons live within 3 months' requires");
    }

    @Test
    void aDeadlineThePlanCannotMeetSaysSo() throws Exception {
        Consultation c = consult("leave-tracker", "goals: [managers answer within two days]", "goals: [approvals in 2 weeks]");

        // Approvals are the case workflow's: its phase comes right after the foundation and says the deadline is missed.
        assertThat(c.roadmap().phases().get(1).id()).isEqualTo("phase-case-workflow");
        assertThat(phase(c, "phase-case-workflow").exitCriteria()).anyMatch(e -> e.startsWith("The goal 'approvals in 2 weeks' asks for this phase by week 2; this plan reaches week ")
                && e.endsWith(" late: add people, or cut scope"));
    }
}
