package dev.architect.offline;

import static org.assertj.core.api.Assertions.assertThat;

import dev.architect.dossier.Consultation;
import dev.architect.dossier.Container;
import dev.architect.dossier.Decision;
import dev.architect.dossier.DecisionTopic;
import dev.architect.request.Budget;
import dev.architect.request.Cloud;
import dev.architect.request.ConsultationRequest;
import dev.architect.request.DataVolume;
import dev.architect.request.Deployment;
import dev.architect.request.Load;
import dev.architect.request.Team;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A dispatch mechanism's jobs a month are the request's count of what its dispatch capabilities do ("10,000 deliveries a
 * day"), not its monthly users x 1 job a month (the R3 review's "9,000,000 MAU x 1 job a month"); with no count, the users
 * stay the basis and the figure says it is assumed. Requests of our own.
 */
class RoutingJobsFollowTheStatedCountTest {

    private static Consultation consult(String description) {
        return OfflineArchitect.create().consult(ConsultationRequest.builder("Ceviche", description)
                .actor("Customer", "orders and watches the courier arrive")
                .actor("Courier", "accepts delivery jobs on a phone app")
                .capabilities("ordering", "delivery dispatch", "live tracking")
                .integration("Google Maps Platform", "routing and ETAs")
                .load(new Load(2000.0, 4.0, 3_000_000L, null, null))
                .data(new DataVolume(200.0, 20.0, 3))
                .budget(new Budget(60_000.0))
                .team(new Team(12, List.of("Python", "PostgreSQL")))
                .deployment(new Deployment(Cloud.AWS, List.of("sa-east-1"))).build());
    }

    private static Decision routing(Consultation c) {
        return c.decision(DecisionTopic.ROUTING).orElseThrow();
    }

    private static final String FOOD = "A food delivery app in Lima: customers order from restaurants and the platform assigns each delivery "
            + "to the nearest available courier; customers see the courier's ETA.";

    @Test
    void withNoCountTheUsersSetTheJobsAndTheFigureSaysItIsAssumed() {
        Consultation c = consult(FOOD);

        // 3,000,000 users x 1 job x 10 elements = 30,000,000 billed elements a month, past the 4,000,000 where an engine pays
        assertThat(routing(c).drivers()).anyMatch(d -> d.contains("30,000,000") && d.contains("assumed: the request counts no trips"));
        assertThat(c.c4().containers()).extracting(Container::id).contains("routing-engine");
    }

    @Test
    void aStatedCountOfDeliveriesSetsTheJobsAndKeepsTheVendor() {
        Consultation c = consult(FOOD + " About 10,000 deliveries a day.");

        // 10,000 deliveries a day x 365 / 12 = 304,167 jobs a month x 10 elements = 3,041,670 billed elements, under the
        // 4,000,000 where an engine of our own pays: the vendor stays (the users would have made it 30,000,000)
        assertThat(routing(c).drivers()).anyMatch(d -> d.contains("3,041,670") && d.contains("stated: "));
        assertThat(routing(c).chosenOption()).isEqualTo("Google Maps Platform (route matrix and routes)");
        assertThat(c.c4().containers()).extracting(Container::id).doesNotContain("routing-engine");
    }
}
