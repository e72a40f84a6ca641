package dev.architect.offline;

import static org.assertj.core.api.Assertions.assertThat;

import dev.architect.dossier.Roadmap;
import dev.architect.dossier.RoadmapPhase;
import dev.architect.request.ConsultationRequest;
import dev.architect.request.RequestReader;
import dev.architect.request.Team;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Roadmap lengths follow scope, team and regulation, with the arithmetic written out: calendar weeks are person-weeks
 * over the people who can share the phase (the team, at most the phase's bound), at least 2; a small load (20 requests/s)
 * takes 0.75 of the catalogue's effort; a regime adds its evidence work to hardening and its assessor's own weeks.
 * Figures: foundation 10 person-weeks for at most 3 people; hardening 12 for at most 4; a capability 6, an integration 3,
 * at most 8 people a phase; notifications 8, identity 6, case workflow 14 (archetypes.yaml); 21 CFR Part 11 adds 8
 * person-weeks and 3 assessor weeks (delivery.yaml).
 */
class RoadmapByScopeTeamAndRegimeTest {

    private static final Path REQUESTS = Path.of("src", "test", "resources", "roadmap-requests");

    private static Roadmap roadmap(String request) throws Exception {
        return OfflineArchitect.create().consult(RequestReader.read(REQUESTS.resolve(request + ".yaml"))).roadmap();
    }

    private static Map<String, Integer> weeks(Roadmap roadmap) {
        Map<String, Integer> out = new LinkedHashMap<>();
        roadmap.phases().forEach(p -> out.put(p.id(), p.durationWeeks()));
        return out;
    }

    @Test
    void aTwoPersonTeamTakesTheWorkAtTwoPeoplesPace() throws Exception {
        Roadmap two = roadmap("garden-rota-2");
        assertThat(weeks(two)).containsExactly(
                Map.entry("phase-1", 5),                 // 10 / 2
                Map.entry("phase-notifications", 5),     // (8 x 0.75 + 3 for Mailgun) / 2 = 4.5
                Map.entry("phase-identity", 3),          // 6 x 0.75 / 2 = 2.25
                Map.entry("phase-2", 5),                 // 2 capabilities x 6 x 0.75 / 2 = 4.5
                Map.entry("phase-3", 5),                 // the same for the other two
                Map.entry("phase-hardening", 5));        // 12 x 0.75 / 2 = 4.5
        assertThat(two.totalWeeks()).isEqualTo(28);
    }

    @Test
    void twelvePeopleBuildTheSameScopeFasterButNoPhaseUnderTwoWeeks() throws Exception {
        Roadmap twelve = roadmap("garden-rota-12");
        assertThat(weeks(twelve)).containsExactly(
                Map.entry("phase-1", 4),                 // 10 / 3: the skeleton takes at most 3 people
                Map.entry("phase-notifications", 2),     // 9 / 8 = 1.1, at least 2
                Map.entry("phase-identity", 2),          // 4.5 / 8
                Map.entry("phase-2", 2),                 // 9 / 8
                Map.entry("phase-3", 2),
                Map.entry("phase-hardening", 3));        // 9 / 4: hardening takes at most 4 people
        assertThat(twelve.totalWeeks()).isEqualTo(15);
        Roadmap two = roadmap("garden-rota-2");
        for (RoadmapPhase p : twelve.phases()) {
            int small = two.phases().stream().filter(x -> x.id().equals(p.id())).findFirst().orElseThrow().durationWeeks();
            assertThat(p.durationWeeks()).as(p.id() + ": 12 people are never slower than 2").isLessThanOrEqualTo(small);
        }
    }

    @Test
    void aPart11ValidatedSystemHardensLongerThanTheSameSystemUnregulated() throws Exception {
        Roadmap regulated = roadmap("trial-diary");
        Roadmap plain = roadmap("trial-diary-unregulated");
        assertThat(weeks(regulated)).containsExactly(
                Map.entry("phase-1", 4),                 // 10 / 3
                Map.entry("phase-case-workflow", 3),     // 14 x 0.75 / 4 = 2.6
                Map.entry("phase-custody-audit", 2),     // "every change keeps an audit trail": 8 x 0.75 / 4 = 1.5, at least 2
                Map.entry("phase-2", 3),                 // 2 x 6 x 0.75 / 4 = 2.25
                Map.entry("phase-3", 2),                 // 4.5 / 4
                Map.entry("phase-hardening", 8));        // (9 + 8 validation) / 4 = 4.25 -> 5, + 3 weeks of QA sign-off
        assertThat(regulated.totalWeeks()).isEqualTo(22); // the custody trail's 2 weeks on top
        assertThat(weeks(plain).get("phase-hardening")).isEqualTo(3); // 9 / 4
        assertThat(plain.totalWeeks()).isEqualTo(17); // "every change keeps an audit trail": the custody trail's 2 weeks here too
        RoadmapPhase hardening = regulated.phases().stream().filter(p -> p.id().equals("phase-hardening")).findFirst().orElseThrow();
        assertThat(hardening.deliverables()).anyMatch(d -> d.startsWith("21 CFR Part 11: computer system validation"));
        assertThat(hardening.exitCriteria()).contains("21 CFR Part 11 validation executed against its traceability matrix and signed off by quality assurance");
    }

    @Test
    void theAssessorsWeeksDoNotShrinkWithTheTeam() throws Exception {
        ConsultationRequest diary = RequestReader.read(REQUESTS.resolve("trial-diary.yaml"));
        ConsultationRequest large = diary.toBuilder().team(new Team(16, List.of("Java", "PostgreSQL"))).build();
        Roadmap roadmap = OfflineArchitect.create().consult(large).roadmap();
        // (9 + 8) / 4 people at most = 4.25 -> 5, + 3: sixteen people harden no faster than four.
        assertThat(weeks(roadmap).get("phase-hardening")).isEqualTo(8);
    }
}
