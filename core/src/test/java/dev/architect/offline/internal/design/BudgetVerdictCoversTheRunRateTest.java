package dev.architect.offline.internal.design;

import static org.assertj.core.api.Assertions.assertThat;

import dev.architect.dossier.BudgetFit;
import dev.architect.dossier.BudgetStatus;
import dev.architect.dossier.CostEstimate;
import dev.architect.dossier.CostLineItem;
import dev.architect.dossier.RunRatePoint;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * The budget verdict covers the whole run rate (months 1, 12, 36 and 60): a design within its budget in months 1 and 36
 * but over it in month 60 is over, and the cost says which months are over and by how much.
 */
class BudgetVerdictCoversTheRunRateTest {

    /** An estimate of one line whose run rate is 16,000 / 20,000 / 36,800 / 51,100 (a store that keeps growing). */
    private static CostEstimate growing() {
        CostLineItem line = new CostLineItem("db-storage", "Database storage", "db", 160_000, "GB-month", 0.1, 16_000, "grows");
        List<RunRatePoint> runRate = List.of(new RunRatePoint(1, 16_000), new RunRatePoint(12, 20_000), new RunRatePoint(36, 36_800),
                new RunRatePoint(60, 51_100));
        return new CostEstimate("USD", List.of(line), 16_000, 900_000, "2025-06-01", List.of(), runRate, List.of(), BudgetFit.unknown(),
                List.of(), List.of());
    }

    @Test
    void aMonth60OverTheBudgetMakesTheVerdictOverByItsGap() {
        CostEstimate e = growing();
        // months 1 and 36 (16,000 and 36,800) are within 45,000; month 60 is 51,100 - 45,000 = 6,100 over
        BudgetFit fit = BudgetFit.of(Optional.of(45_000.0), e.monthlyTotal(), BudgetCurve.laterPeak(e));
        assertThat(fit.status()).isEqualTo(BudgetStatus.OVER);
        assertThat(fit.gapUsd()).isEqualTo(6_100);
        assertThat(BudgetCurve.costliest(e).month()).isEqualTo(60);
        assertThat(BudgetCurve.note(e, Optional.of(45_000.0))).contains("[budget-over-months] Against the $45,000.00 budget the run rate is over in "
                + "month 60 ($51,100.00, $6,100.00 over); within it in month 1 ($16,000.00), month 12 ($20,000.00) and month 36 ($36,800.00)");
    }

    @Test
    void everyMonthOverIsNamedWithItsOwnGap() {
        // 30,000: month 36 is 6,800 over, month 60 21,100 over
        assertThat(BudgetCurve.note(growing(), Optional.of(30_000.0)).orElseThrow())
                .contains("over in month 36 ($36,800.00, $6,800.00 over) and month 60 ($51,100.00, $21,100.00 over)");
    }

    @Test
    void aRunRateWithinTheBudgetEveryMonthHasNoNote() {
        assertThat(BudgetCurve.note(growing(), Optional.of(51_100.0))).isEmpty();
        assertThat(BudgetCurve.note(growing(), Optional.empty())).isEmpty();
        BudgetFit fit = BudgetFit.of(Optional.of(51_100.0), 16_000, BudgetCurve.laterPeak(growing()));
        assertThat(fit.status()).isEqualTo(BudgetStatus.WITHIN);
    }

    @Test
    void theNotedEstimateKeepsItsFiguresAndAddsTheNoteOnce() {
        CostEstimate noted = BudgetCurve.noted(growing(), Optional.of(45_000.0));
        assertThat(noted.monthlyTotal()).isEqualTo(16_000);
        assertThat(noted.runRate()).isEqualTo(growing().runRate());
        assertThat(noted.assumptions()).filteredOn(a -> a.startsWith(BudgetCurve.OVER_MONTHS)).hasSize(1);
        assertThat(BudgetCurve.noted(noted, Optional.of(45_000.0)).assumptions()).filteredOn(a -> a.startsWith(BudgetCurve.OVER_MONTHS)).hasSize(1);
    }
}
