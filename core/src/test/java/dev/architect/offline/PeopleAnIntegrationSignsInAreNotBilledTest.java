package dev.architect.offline;

import static org.assertj.core.api.Assertions.assertThat;

import dev.architect.dossier.CostEstimate;
import dev.architect.dossier.CostLineItem;
import dev.architect.request.Budget;
import dev.architect.request.Cloud;
import dev.architect.request.ConsultationRequest;
import dev.architect.request.Deployment;
import dev.architect.request.Load;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * An integration that identifies people itself (a library's card check over SIP2, a launch from a learning platform over
 * LTI) signs in every actor but the organisation's staff: the application opens their session after that check, so the
 * managed identity provider bills only the staff who sign in with it (assumption as-integration-sign-in). Requests of our
 * own; list prices of prices.yaml at base-region prices.
 */
class PeopleAnIntegrationSignsInAreNotBilledTest {

    private static final OfflineArchitect ARCHITECT = OfflineArchitect.create();

    /** The identity provider's billed thousands of monthly users and their monthly cost, over its volume tiers. */
    private static double[] billed(CostEstimate cost) {
        List<CostLineItem> lines = cost.items().stream().filter(i -> i.id().equals("identity-users") || i.id().startsWith("identity-users-tier-")).toList();
        return new double[] {lines.stream().mapToDouble(CostLineItem::quantity).sum(), lines.stream().mapToDouble(CostLineItem::monthly).sum()};
    }

    /** A quiz app on AWS for 3,000,000 monthly users whose LMS integration has the given purpose. */
    private static CostEstimate quizzes(String lmsPurpose) {
        return ARCHITECT.cost(base("Quizline", "Graded practice quizzes inside university courses", Cloud.AWS, "us-east-1", 3_000_000)
                .actor("Learner", "answers quizzes").actor("Course administrator", "sets up quiz banks")
                .integration("Moodle", lmsPurpose).capabilities("quizzes", "attempts").build());
    }

    private static ConsultationRequest.Builder base(String system, String description, Cloud cloud, String region, long mau) {
        return ConsultationRequest.builder(system, description).load(new Load(300.0, 10.0, mau, null))
                .budget(new Budget(20_000.0)).deployment(new Deployment(cloud, List.of(region)));
    }

    @Test
    void borrowersCheckedByTheirLibraryCardOverSip2AreNotBilledOnlyTheLibrarians() {
        ConsultationRequest library = base("Stackroom", "Audiobook lending for a county library service", Cloud.GCP, "us-central1", 2_000_000)
                .actor("Borrower", "borrows and renews audiobooks").actor("Librarian", "curates the collection")
                .integration("SIP2 circulation server", "checking borrowers' library cards").capabilities("audiobooks", "loans").build();
        CostEstimate cost = ARCHITECT.cost(library);

        // Only the librarians sign in with the pool: 2,000,000 x 1% = 20,000 = 20 thousand, inside Identity Platform's 50
        // thousand free: $0. Before, all 2,000 thousand were billed: 50 x $5.50 + 900 x $4.60 + 1,000 x $3.20 = $7,615
        assertThat(billed(cost)).containsExactly(20, 0);
        assertThat(cost.assumptions()).anySatisfy(a -> assertThat(a).startsWith("[as-integration-sign-in]")
                .contains("Borrower signs in through SIP2 circulation server").contains("Librarian, the organisation's staff, signs in"));
    }

    @Test
    void learnersLaunchedFromTheirLmsOverLtiAreNotBilledOnlyTheAdministrators() {
        CostEstimate cost = quizzes("course launch and grade return over LTI 1.3");

        // 3,000,000 x 1% = 30,000 = 30 thousand on Cognito Lite: 10 free + 20 x $5.50 = $110
        // (all 3,000 thousand would be 90 x 5.50 + 900 x 4.60 + 2,000 x 3.25 = $11,135)
        assertThat(billed(cost)).containsExactly(30, 110);
    }

    @Test
    void withoutAnIntegrationThatChecksPeopleEveryoneWhoSignsInIsBilled() {
        CostEstimate cost = quizzes("grade return through its web services");

        // No LTI launch: all 3,000 thousand sign in with the pool
        assertThat(billed(cost)[0]).isEqualTo(3_000);
        assertThat(cost.assumptions()).noneMatch(a -> a.startsWith("[as-integration-sign-in]"));
    }
}
