package dev.architect.offline;

import static org.assertj.core.api.Assertions.assertThat;

import dev.architect.dossier.BudgetStatus;
import dev.architect.dossier.CostEstimate;
import dev.architect.dossier.RunRatePoint;
import dev.architect.request.Budget;
import org.junit.jupiter.api.Test;

/**
 * A design within its budget in months 1 and 36 whose data keeps growing past it by month 60 is over the budget: the
 * budget options are priced for it, and the adopted one brings every month of the run rate within the budget. Our own
 * request {@code costs/vineyard-probes.yaml} (vineyard probes on Google Cloud, data growing 400 GB a month for 5 years).
 */
class BudgetOverOnlyInMonth60IsAddressedTest {

    private static final OfflineArchitect ARCHITECT = OfflineArchitect.create();

    @Test
    void aDesignOverOnlyInMonth60WithNoOptionToAdoptSaysSoInItsVerdictAndSummary() {
        // Our own tender portal (costs/tender-portal.yaml, AWS, 40 GB a month kept 10 years): under a $1,700 budget its month 1
        // and month 36 are within and month 60 is not; the commitment, the one option that keeps every hard requirement, still
        // misses in month 60, so nothing is adopted and the design stays OVER by month 60's total - $1,700
        dev.architect.request.ConsultationRequest tender = CostArchetypesTest.archetype("tender-portal").toBuilder().budget(new Budget(1_700.0)).build();
        var c = ARCHITECT.consult(tender);
        double month36 = c.cost().monthlyTotalAt(36).orElseThrow();
        double month60 = c.cost().monthlyTotalAt(60).orElseThrow();
        assertThat(month36).isLessThanOrEqualTo(1_700);
        assertThat(month60).isGreaterThan(1_700);
        assertThat(c.cost().options()).noneMatch(o -> o.adopted());
        assertThat(c.cost().budget().status()).isEqualTo(BudgetStatus.OVER);
        assertThat(c.cost().budget().gapUsd()).isEqualTo(Math.round((month60 - 1_700) * 100) / 100.0);
        assertThat(c.cost().assumptions()).anyMatch(a -> a.startsWith("[budget-over-months] Against the $1,700.00 budget the run rate is over in month 60 ("));
        assertThat(c.summary()).contains(" in month 36 (" + dev.architect.internal.Numbers.usd(month60) + " in month 60) at list prices")
                .contains("over the $1,700.00 budget");
    }

    @Test
    void aBudgetBetweenMonth36AndMonth60IsMetByAnAdoptedOptionOverTheWholeRunRate() {
        CostEstimate unbounded = ARCHITECT.cost(CostArchetypesTest.archetype("vineyard-probes").toBuilder().budget(null).build());
        double month36 = unbounded.monthlyTotalAt(36).orElseThrow();
        double month60 = unbounded.monthlyTotalAt(60).orElseThrow();
        assertThat(month60).isGreaterThan(month36 * 1.1);
        // A budget halfway between: months 1 and 36 are within it, month 60 is not
        double budget = Math.round((month36 + month60) / 2);
        CostEstimate cost = ARCHITECT.cost(CostArchetypesTest.archetype("vineyard-probes").toBuilder().budget(new Budget(budget)).build());

        assertThat(cost.options()).as("options are priced for a month-60 overrun").isNotEmpty();
        assertThat(cost.options()).filteredOn(o -> o.adopted()).hasSize(1);
        assertThat(cost.runRate()).allSatisfy(p -> assertThat(p.monthlyTotal()).as("month " + p.month()).isLessThanOrEqualTo(budget));
        assertThat(cost.budget().status()).isEqualTo(BudgetStatus.WITHIN);
        assertThat(cost.assumptions()).anyMatch(a -> a.startsWith("[budget-adopted]") && a.contains(" in month 60)"));
        assertThat(cost.runRate()).extracting(RunRatePoint::month).containsExactly(1, 12, 36, 60);
    }
}
