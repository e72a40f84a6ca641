package dev.architect.offline;

import static org.assertj.core.api.Assertions.assertThat;

import dev.architect.dossier.Consultation;
import dev.architect.dossier.QualityAttribute;
import dev.architect.dossier.QualityAttributeType;
import dev.architect.dossier.Roadmap;
import dev.architect.dossier.RoadmapPhase;
import dev.architect.request.ConsultationRequest;
import dev.architect.request.Load;
import dev.architect.request.Team;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Goals with a number become measurable quality attributes that quote their goal; a deadline puts its deliverable
 * first and before the date; a team big enough for two phases at once runs them in parallel.
 */
class GoalsShapeRequirementsAndRoadmapTest {

    private static ConsultationRequest rides(int team) {
        return ConsultationRequest.builder("Hop", "Ride hailing for a mid-size city: riders request rides, drivers accept them, "
                        + "and partner hotels book rides for guests through a partner API")
                .goals("match a rider in under 10 s", "partner API live in 6 months", "handle 2,000 ride requests per minute",
                        "delight riders")
                .capabilities("riders", "drivers", "rides", "pricing", "payments", "ratings")
                .integration("Stripe", "card payments")
                .load(new Load(400.0, 5.0, null, null)).team(new Team(team, List.of("Kotlin", "PostgreSQL"))).build();
    }

    private static QualityAttribute qa(Consultation c, QualityAttributeType type, String goal) {
        return c.requirements().qualityAttributes().stream().filter(q -> q.attribute() == type && q.scenario().contains(goal))
                .findFirst().orElseThrow(() -> new AssertionError("no " + type + " attribute for " + goal));
    }

    @Test
    void goalsWithANumberBecomeQualityAttributesThatQuoteTheirSource() {
        Consultation c = OfflineArchitect.create().consult(rides(6));
        QualityAttribute match = qa(c, QualityAttributeType.PERFORMANCE, "match a rider in under 10 s");
        assertThat(match.metric()).isEqualTo("time to match a rider");
        assertThat(match.target()).isEqualTo(10);
        assertThat(match.unit()).isEqualTo("s");
        assertThat(match.scenario()).contains("(from goals)");

        QualityAttribute partner = qa(c, QualityAttributeType.TIME_TO_MARKET, "partner API live in 6 months");
        assertThat(partner.target()).isEqualTo(26);
        assertThat(partner.unit()).isEqualTo("weeks");

        QualityAttribute rate = qa(c, QualityAttributeType.SCALABILITY, "2,000 ride requests per minute");
        assertThat(rate.target()).isEqualTo(2000);
        assertThat(rate.unit()).isEqualTo("ride requests/minute");

        assertThat(c.requirements().qualityAttributes()).noneMatch(q -> q.scenario().contains("delight riders"));
    }

    @Test
    void thePromisedDeliverableComesFirstAndBeforeItsDeadline() {
        Roadmap roadmap = OfflineArchitect.create().consult(rides(6)).roadmap();
        RoadmapPhase partner = roadmap.phases().stream().filter(p -> p.exitCriteria().stream().anyMatch(e -> e.contains("partner API live in 6 months")))
                .findFirst().orElseThrow();
        assertThat(partner.exitCriteria()).noneMatch(e -> e.contains("add people or cut scope"));
        int before = 0;
        for (RoadmapPhase p : roadmap.phases()) {
            if (p == partner) {
                break;
            }
            before += p.durationWeeks();
        }
        assertThat(before + partner.durationWeeks()).isLessThanOrEqualTo(26);
        assertThat(roadmap.phases().get(1)).isSameAs(partner);
    }

    @Test
    void aTeamLargeEnoughForTwoPhasesAtOnceRunsThemInParallel() {
        Roadmap small = OfflineArchitect.create().consult(rides(6)).roadmap();
        Roadmap large = OfflineArchitect.create().consult(rides(16)).roadmap();

        for (int i = 1; i < small.phases().size(); i++) {
            assertThat(small.phases().get(i).dependsOn()).containsExactly(small.phases().get(i - 1).id());
        }
        assertThat(small.totalWeeks()).isEqualTo(small.phases().stream().mapToInt(RoadmapPhase::durationWeeks).sum());

        assertThat(large.phases().stream().filter(p -> p.dependsOn().contains("phase-1")).count()).isGreaterThanOrEqualTo(2);
        RoadmapPhase hardening = large.phases().stream().filter(p -> p.id().equals("phase-hardening")).findFirst().orElseThrow();
        assertThat(hardening.dependsOn()).hasSizeGreaterThanOrEqualTo(2);
        assertThat(large.totalWeeks()).isLessThan(large.phases().stream().mapToInt(RoadmapPhase::durationWeeks).sum());
    }

    private static ConsultationRequest clinic(String launchGoal, int team) {
        return ConsultationRequest.builder("Paws", "Appointment booking for a chain of veterinary clinics: owners book a vet and a slot, "
                        + "get reminders, and front desks manage cancellations, a waiting list and invoices")
                .goals(launchGoal)
                .capabilities("appointments", "waiting list", "reminders", "clinic calendar", "invoices", "pet records")
                .load(new Load(30.0, 10.0, null, null)).team(new Team(team, List.of("PHP", "MySQL"))).build();
    }

    /** The week a phase ends: its length after the latest end of what it depends on. */
    private static int end(Roadmap roadmap, String id) {
        RoadmapPhase p = roadmap.phases().stream().filter(x -> x.id().equals(id)).findFirst().orElseThrow();
        return p.durationWeeks() + p.dependsOn().stream().mapToInt(d -> end(roadmap, d)).max().orElse(0);
    }

    @Test
    void aLaunchDeadlineMovesTheLastWaveAfterTheFirstReleaseAndSaysWhetherTheDateHolds() {
        Roadmap unhurried = OfflineArchitect.create().consult(clinic("delight pet owners", 2)).roadmap();
        // a launch one week before the unhurried plan ends: moving the last wave is enough
        int due = end(unhurried, "phase-hardening") - 1;
        String goal = "launch in " + due + " weeks";
        Consultation c = OfflineArchitect.create().consult(clinic(goal, 2));
        Roadmap hurried = c.roadmap();

        // Without a date every wave comes before hardening; with one, the last wave follows the launch.
        RoadmapPhase lastWave = unhurried.phases().stream().filter(p -> p.id().equals("phase-3")).findFirst().orElseThrow();
        assertThat(lastWave.deliverables()).as("the last wave's deliverables").isNotEmpty();
        assertThat(end(unhurried, "phase-hardening")).isGreaterThan(end(unhurried, "phase-3"));
        RoadmapPhase deferred = hurried.phases().stream().filter(p -> p.id().equals("phase-3")).findFirst().orElseThrow();
        assertThat(deferred.name()).startsWith("After launch");
        assertThat(deferred.dependsOn()).containsExactly("phase-hardening");
        assertThat(deferred.deliverables()).isEqualTo(lastWave.deliverables());
        int launch = end(hurried, "phase-hardening");
        assertThat(launch).isLessThan(end(unhurried, "phase-hardening"));

        // The hardening phase states the date and that the plan holds it.
        RoadmapPhase hardening = hurried.phases().stream().filter(p -> p.id().equals("phase-hardening")).findFirst().orElseThrow();
        String promise = hardening.exitCriteria().stream().filter(e -> e.contains(goal)).findFirst().orElseThrow();
        assertThat(promise).isEqualTo("The first release is live by week " + due + ", as the goal '" + goal + "' requires");
        // What moved is the product owner's call: an open question and a risk name it, with keeping it as the other answers.
        dev.architect.dossier.OpenQuestion scope = c.requirements().openQuestions().stream().filter(q -> q.id().equals("oq-launch-scope"))
                .findFirst().orElseThrow();
        lastWave.deliverables().forEach(d -> assertThat(scope.question().toLowerCase(java.util.Locale.ROOT))
                .contains(d.replace(" in production", "").toLowerCase(java.util.Locale.ROOT)));
        assertThat(scope.options()).contains("Yes, after the first release", "No, move the launch date");
        dev.architect.dossier.Risk moved = c.risks().stream().filter(r -> r.id().equals("risk-launch-scope")).findFirst().orElseThrow();
        lastWave.deliverables().forEach(d -> assertThat(moved.description().toLowerCase(java.util.Locale.ROOT))
                .contains(d.replace(" in production", "").toLowerCase(java.util.Locale.ROOT)));
        assertThat(moved.mitigation()).contains("oq-launch-scope");
        assertThat(OfflineArchitect.create().consult(clinic("delight pet owners", 2)).requirements().openQuestions())
                .noneMatch(q -> q.id().equals("oq-launch-scope"));
        // A plan that cannot be held by moving anything still asks: 2 weeks is too soon for anything
        // (every capability named by a goal, so none may move)
        ConsultationRequest everything = clinic("launch in 2 weeks", 2).toBuilder()
                .goals("appointments, waiting list, reminders, clinic calendar, invoices and pet records from day one").build();
        dev.architect.dossier.OpenQuestion late = OfflineArchitect.create().consult(everything).requirements()
                .openQuestions().stream().filter(q -> q.id().equals("oq-launch-scope")).findFirst().orElseThrow();
        assertThat(late.question()).contains("the goal 'launch in 2 weeks' week 2: what gives?");
        Consultation missed = OfflineArchitect.create().consult(everything);
        int reached = end(missed.roadmap(), "phase-hardening");
        assertThat(missed.roadmap().phases().stream().filter(p -> p.id().equals("phase-hardening")).findFirst().orElseThrow().exitCriteria())
                .contains("The goal 'launch in 2 weeks' asks for the first release by week 2; this plan reaches week " + reached + ", "
                        + (reached - 2) + " weeks late: add people, or cut scope");
        assertThat(missed.risks()).anyMatch(r -> r.id().equals("risk-launch-date"));
    }

    @Test
    void aLaunchDeadlineThePlanMeetsMovesNothing() {
        Roadmap roomy = OfflineArchitect.create().consult(clinic("launch in 18 months", 2)).roadmap();
        assertThat(roomy.phases()).noneMatch(p -> p.name().startsWith("After launch"));
        RoadmapPhase hardening = roomy.phases().stream().filter(p -> p.id().equals("phase-hardening")).findFirst().orElseThrow();
        assertThat(hardening.exitCriteria()).contains("The first release is live by week 78, as the goal 'launch in 18 months' requires");
    }

    @Test
    void aStatedBoundInTheDescriptionOrAGoalIsCheckedInHardeningBesideItsQualityAttribute() {
        ConsultationRequest library = ConsultationRequest.builder("Shelfy", "A library network lends books across 40 branches. Holds placed "
                        + "online reach the branch within 15 minutes, and overdue notices go out in runs of at most 5,000 members.")
                .goals("answer every inter-library request within 2 working days", "serve 20,000 concurrent readers during the exam weeks")
                .capabilities("catalogue", "loans", "holds", "notices")
                .load(new Load(200.0, 5.0, null, null)).team(new Team(4, List.of("Java", "PostgreSQL"))).build();
        Consultation c = OfflineArchitect.create().consult(library);

        QualityAttribute days = qa(c, QualityAttributeType.PERFORMANCE, "answer every inter-library request within 2 working days");
        assertThat(days.metric()).isEqualTo("time to answer every inter-library request");
        assertThat(days.unit()).isEqualTo("working days");
        assertThat(qa(c, QualityAttributeType.SCALABILITY, "20,000 concurrent readers").target()).isEqualTo(20000);
        QualityAttribute runs = qa(c, QualityAttributeType.RELIABILITY, "runs of at most 5,000 members");
        assertThat(runs.id()).startsWith("qa-stated-");
        assertThat(runs.metric()).isEqualTo("most members at once: overdue notices go out (per run)");
        RoadmapPhase hardening = c.roadmap().phases().stream().filter(p -> p.id().equals("phase-hardening")).findFirst().orElseThrow();
        assertThat(hardening.exitCriteria()).contains(
                "A timed end-to-end test shows holds placed online reach the branch within 15 minutes (" + qa(c, QualityAttributeType.PERFORMANCE,
                        "reach the branch within 15 minutes").id() + ", the description: 'Holds placed online reach the branch within 15 minutes, and "
                        + "overdue notices go out in runs of at most 5,000 members')",
                "A load test holds 20,000 concurrent readers (qa-goal-2, the goal 'serve 20,000 concurrent readers during the exam weeks')");
    }
}
