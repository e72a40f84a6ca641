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
}
