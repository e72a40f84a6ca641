package dev.architect.offline;

import static org.assertj.core.api.Assertions.assertThat;

import dev.architect.dossier.BudgetStatus;
import dev.architect.dossier.CostEstimate;
import dev.architect.dossier.CostLineItem;
import dev.architect.dossier.CostOption;
import dev.architect.request.Audience;
import dev.architect.request.Availability;
import dev.architect.request.Budget;
import dev.architect.request.ConsultationRequest;
import dev.architect.request.Load;
import org.junit.jupiter.api.Test;

/**
 * A small budget over by fixed minimums tries the cheapest baseline (lean-baseline.yaml): the same parts, counts and zones
 * at their products' smallest sizes, adopted when it fits; a budget that fits changes nothing; an availability target that
 * needs a second zone keeps its instances and standby, and the verdict stays over, saying why.
 */
class SmallBudgetCheapestBaselineTest {

    private static final OfflineArchitect ARCHITECT = OfflineArchitect.create();

    /** The small booking app at 2 requests/s and 500 monthly users: far under what one small instance serves. */
    private static ConsultationRequest quiet(double budgetUsd) {
        return CostArchetypesTest.archetype("small-booking").toBuilder().load(new Load(2.0, 10.0, 500L, Audience.LOCAL))
                .budget(new Budget(budgetUsd)).build();
    }

    private static CostLineItem item(CostEstimate cost, String id) {
        return cost.items().stream().filter(i -> i.id().equals(id)).findFirst().orElseThrow(() -> new AssertionError("no line " + id));
    }

    @Test
    void aSmallBudgetOverByFixedMinimumsAdoptsTheSmallestSizesAndFits() {
        // As designed: $251.58 in month 1, over a $70 budget
        CostEstimate cost = ARCHITECT.cost(quiet(70));

        CostOption adopted = cost.options().stream().filter(CostOption::adopted).findFirst().orElseThrow();
        // the cheapest option that fits: the baseline with a one-year commitment on what a commitment covers (RDS, not App Runner)
        assertThat(adopted.title()).isEqualTo("One-year commitment on always-on resources and cheapest baseline: the smallest sizes");
        assertThat(adopted.keepsHardRequirements()).isTrue();
        // eu-west-1 prices are 1.115 x us-east-1's. One App Runner instance at 0.25 vCPU / 0.5 GB (99.5% in one zone):
        // $14.24 x 1.115 = $15.8776 -> $15.88 (as designed 2 vCPU / 4 GB: $113.88 x 1.115 = $126.98)
        assertThat(item(cost, "app-compute").quantity()).isEqualTo(1);
        assertThat(item(cost, "app-compute").unitPrice()).isEqualTo(15.8776);
        assertThat(item(cost, "app-compute").monthly()).isEqualTo(15.88);
        // One db.t4g.micro, the primary alone in the single zone: $11.68 x 1.115 = $13.0232 x 0.72 (RDS reserved, 28% off)
        // = $9.3767 -> $9.38 (db.t4g.large on demand: $105.00)
        assertThat(item(cost, "db-instances").quantity()).isEqualTo(1);
        assertThat(item(cost, "db-instances").monthly()).isEqualTo(9.38);
        // Month 1: $15.88 + $9.38 + storage $1.67 + backups $1.38 + egress $1.45 + WAF $15.00 + logs $0.10 = $44.86; month 60
        // adds 59 GB x 1.3 of storage and backups ($0.1282 + $0.1059 a GB): 76.7 x 0.2341 = $17.96 -> about $62.8, under $70
        assertThat(cost.monthlyTotal()).isEqualTo(44.86);
        assertThat(cost.budget().status()).isEqualTo(BudgetStatus.WITHIN);
        assertThat(adopted.givesUp()).contains("Headroom");
    }

    @Test
    void aBudgetThatFitsKeepsTheDesignedSizes() {
        CostEstimate cost = ARCHITECT.cost(quiet(2_000));

        assertThat(cost.budget().status()).isEqualTo(BudgetStatus.WITHIN);
        assertThat(cost.options()).noneMatch(o -> o.title().contains("Cheapest baseline"));
        // App Runner 2 vCPU / 4 GB: $113.88 x 1.115 = $126.9762
        assertThat(item(cost, "app-compute").unitPrice()).isEqualTo(126.9762);
    }

    @Test
    void anAvailabilityTargetThatNeedsASecondZoneKeepsItsCountsAndTheVerdictSaysOverWithWhy() {
        CostEstimate cost = ARCHITECT.cost(quiet(30).toBuilder().availability(new Availability(99.95, 15, 60)).build());

        // 99.95% spreads the design over 3 zones on Fargate: one 0.25 vCPU task in each, $9.01 x 1.115 = $10.0462 x 0.72
        // (Compute Savings Plans, 28% off) = $7.2332, x 3 = $21.70; the database keeps its standby: 2 x db.t4g.micro
        // $13.0232 x 0.72 = $9.3767, x 2 = $18.75; with the load balancer ($18.32) and WAF ($15) already $73.77, over $30
        assertThat(item(cost, "app-compute").quantity()).isEqualTo(3);
        assertThat(item(cost, "app-compute").monthly()).isEqualTo(21.70);
        assertThat(item(cost, "db-instances").quantity()).isEqualTo(2);
        assertThat(item(cost, "db-instances").monthly()).isEqualTo(18.75);
        assertThat(cost.budget().status()).isEqualTo(BudgetStatus.OVER);
        assertThat(String.join("\n", cost.assumptions())).contains("zones the availability decision spans for the 99.95% target keep an instance "
                + "in each and the database's standby").contains("It does not bring the design within the budget");
    }
}
