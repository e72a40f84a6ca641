package dev.architect.offline;

import static org.assertj.core.api.Assertions.assertThat;

import dev.architect.Architect;
import dev.architect.dossier.Consultation;
import dev.architect.dossier.OpenQuestion;
import dev.architect.dossier.Risk;
import dev.architect.dossier.RoadmapPhase;
import dev.architect.request.ConsultationRequest;
import dev.architect.request.Load;
import dev.architect.request.Team;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A launch written as a calendar date is read against the architect's clock: the same request plans against 17 weeks
 * when the consultation is on 2026-11-02 and against 112 when it is on 2025-01-01, and a plan longer than the time to
 * the date is named in the roadmap, an open question, a risk and the metadata's warnings, never silent.
 */
class LaunchDateReadFromTheClockTest {

    private static final String GOAL = "grain intake live for the harvest on 2027-03-01";

    private static ConsultationRequest coop() {
        return ConsultationRequest.builder("Silo", "Grain intake for a farmers' co-operative of 40 elevators: trucks are weighed, "
                        + "samples graded and farmers paid per tonne and grade.")
                .goals(GOAL)
                .capabilities("weighbridge tickets", "grading", "farmer statements", "contracts", "quality certificates", "haulier rota")
                .load(new Load(20.0, 5.0, null, null)).team(new Team(2, List.of("C#", "SQL Server"))).build();
    }

    private static Clock on(LocalDate day) {
        return Clock.fixed(day.atStartOfDay(ZoneOffset.UTC).toInstant(), ZoneOffset.UTC);
    }

    private static int end(Consultation c, String id) {
        RoadmapPhase p = c.roadmap().phases().stream().filter(x -> x.id().equals(id)).findFirst().orElseThrow();
        return p.durationWeeks() + p.dependsOn().stream().mapToInt(d -> end(c, d)).max().orElse(0);
    }

    private static RoadmapPhase hardening(Consultation c) {
        return c.roadmap().phases().stream().filter(p -> p.id().equals("phase-hardening")).findFirst().orElseThrow();
    }

    @Test
    void aDateSeventeenWeeksAwayMovesTheLastWaveAfterTheLaunchAndAsksWhetherThatIsAllowed() {
        Consultation soon = Architect.builder().clock(on(LocalDate.of(2026, 11, 2))).build().consult(coop());
        // 2026-11-02 to 2027-03-01 is 29 + 31 + 31 + 28 = 119 days: 17 weeks; the unhurried plan takes longer
        assertThat(end(OfflineArchitect.create().withClock(on(LocalDate.of(2025, 1, 1))).consult(coop()), "phase-hardening")).isGreaterThan(17);
        assertThat(hardening(soon).exitCriteria()).contains("The first release is live by week 17 (2027-03-01), as the goal '" + GOAL + "' requires");
        assertThat(end(soon, "phase-hardening")).isLessThanOrEqualTo(17);
        assertThat(soon.roadmap().phases()).anyMatch(p -> p.name().startsWith("After launch"));
        OpenQuestion question = soon.requirements().openQuestions().stream().filter(q -> q.id().equals("oq-launch-scope")).findFirst()
                .orElseThrow();
        assertThat(question.whyItMatters()).startsWith("The goal '" + GOAL + "' puts the first release at week 17 (2027-03-01). "
                + "Weeks count from 2026-11-02, the date of this consultation. The plan moves ");
        // the dated goal is a measurable time to market, like a goal's "in 6 months"
        assertThat(soon.requirements().qualityAttributes()).anyMatch(q -> q.attribute() == dev.architect.dossier.QualityAttributeType.TIME_TO_MARKET
                && q.scenario().contains(GOAL) && q.target() == 17 && q.unit().equals("weeks")
                && q.metric().equals("weeks from the start until it is live (2027-03-01, counted from 2026-11-02)"));
        Risk moved = soon.risks().stream().filter(r -> r.id().equals("risk-launch-scope")).findFirst().orElseThrow();
        assertThat(moved.description()).startsWith("To release by week 17 (2027-03-01), as the goal '" + GOAL + "' asks, the plan builds ");
    }

    @Test
    void noCutMovesEveryCapabilityTheRequestLists() {
        Consultation c = OfflineArchitect.create().withClock(on(LocalDate.of(2026, 12, 2))).consult(coop());
        // 12 weeks: moving the last wave still lands late, so every capability but the one the request names first (what
        // the system exists for) moves; moving all six would leave a first release with nothing in it
        RoadmapPhase after = c.roadmap().phases().stream().filter(p -> p.name().startsWith("After launch")).findFirst().orElseThrow();
        assertThat(after.deliverables()).hasSize(5).noneMatch(d -> d.startsWith("Weighbridge tickets"));
        assertThat(c.metadata().warnings()).anyMatch(w -> w.contains("after week 12 (2027-03-01)"));
    }

    @Test
    void aDateThreeWeeksAwayThatThePlanCannotHoldIsNamedEverywhereAReaderLooks() {
        Consultation late = Architect.builder().clock(on(LocalDate.of(2027, 2, 8))).build().consult(coop());
        // 2027-02-08 to 2027-03-01 is 21 days: 3 weeks, less than the foundation alone
        int reached = end(late, "phase-hardening");
        assertThat(reached).isGreaterThan(3);
        assertThat(hardening(late).exitCriteria()).contains("The goal '" + GOAL + "' asks for the first release by week 3 (2027-03-01); "
                + "this plan reaches week " + reached + ", " + (reached - 3) + " weeks late: add people, or cut scope");
        assertThat(late.requirements().openQuestions()).anyMatch(q -> q.id().equals("oq-launch-scope") && q.whyItMatters().contains("week 3 (2027-03-01)"));
        assertThat(late.risks()).anyMatch(r -> r.id().startsWith("risk-launch-") && r.description().contains("week 3 (2027-03-01)"));
        assertThat(late.metadata().warnings()).contains("The roadmap reaches week " + reached + ", " + (reached - 3) + " weeks after "
                + "week 3 (2027-03-01), which the goal '" + GOAL + "' sets. Weeks count from 2027-02-08, the date of this consultation");
    }

    @Test
    void theSameDateTwoYearsAheadHoldsAndMovesNothing() {
        Consultation early = OfflineArchitect.create().withClock(on(LocalDate.of(2025, 1, 1))).consult(coop());
        // 2025-01-01 to 2027-03-01 is 365 + 365 + 59 = 789 days: 112 whole weeks
        assertThat(hardening(early).exitCriteria()).contains("The first release is live by week 112 (2027-03-01), as the goal '" + GOAL + "' requires");
        assertThat(early.roadmap().phases()).noneMatch(p -> p.name().startsWith("After launch"));
        assertThat(early.requirements().openQuestions()).noneMatch(q -> q.id().equals("oq-launch-scope"));
        assertThat(early.risks()).noneMatch(r -> r.id().startsWith("risk-launch-"));
        assertThat(early.metadata().warnings()).noneMatch(w -> w.contains("2027-03-01"));
    }

    @Test
    void theBuildersClockReachesTheOfflineArchitectAndAFixedClockGivesTheSameDossierTwice() {
        Clock clock = on(LocalDate.of(2026, 12, 2));
        Consultation viaBuilder = Architect.builder().clock(clock).build().consult(coop());
        Consultation direct = OfflineArchitect.create().withClock(clock).consult(coop());
        assertThat(viaBuilder.roadmap()).isEqualTo(direct.roadmap());
        assertThat(viaBuilder.risks()).isEqualTo(direct.risks());
        assertThat(Architect.builder().clock(clock).build().consult(coop()).roadmap()).isEqualTo(viaBuilder.roadmap());
    }

    @Test
    void aMissingClockIsRefusedWhereItIsGiven() {
        org.assertj.core.api.Assertions.assertThatNullPointerException().isThrownBy(() -> Architect.builder().clock(null))
                .withMessage("clock");
        org.assertj.core.api.Assertions.assertThatNullPointerException().isThrownBy(() -> OfflineArchitect.create().withClock(null))
                .withMessage("clock");
    }

    @Test
    void aLaunchDateThatHasPassedIsAWarningNotAPlan() {
        Consultation late = OfflineArchitect.create().withClock(on(LocalDate.of(2027, 6, 1))).consult(coop());
        assertThat(late.metadata().warnings()).anyMatch(w -> w.contains("'" + GOAL + "' names 2027-03-01, on or before the date of this "
                + "consultation (2027-06-01)"));
        assertThat(hardening(late).exitCriteria()).noneMatch(e -> e.contains(GOAL));
    }
}
