package dev.architect.offline;

import static org.assertj.core.api.Assertions.assertThat;

import dev.architect.dossier.Consultation;
import dev.architect.dossier.CostEstimate;
import dev.architect.dossier.CostOption;
import dev.architect.request.ConsultationRequest;
import dev.architect.request.RequestReader;
import dev.architect.testing.ValidDossiers;
import dev.architect.validation.DossierValidator;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Budget options are the design the line items price with only their stated changes: once an option is adopted, the
 * others are priced on top of it (a commitment beside an adopted tiering is not the commitment on the untiered design,
 * which cost more than the adopted line items: $2,050,597.40 in month 36 against $1,502,150.01), a commitment never
 * raises a total, and the budget warning names the month that breaks the budget.
 */
class CostOptionsPriceTheShownDesignTest {

    /** Grows 8% a month from 2,000 GB + 3,000 GB/month: month 1 fits a $115,000 budget, month 36 does not. */
    private static final String STATS = """
            system: StreamStats
            description: >
              Sports statistics for broadcasters, growing 8% a month. 40,000 events per second arrive during matches.
            capabilities: [match events, statistics, accounts, reports]
            load: {peakRequestsPerSecond: 6000, readWriteRatio: 3, monthlyActiveUsers: 300000}
            data: {initialVolumeGb: 2000, growthGbPerMonth: 3000, retentionYears: 5}
            availability: {targetPercent: 99.95, rpoMinutes: 5, rtoMinutes: 30}
            budget: {monthlyUsd: 115000}
            team: {size: 12, expertise: [Java, PostgreSQL]}
            deployment: {cloud: aws, regions: [us-east-1, us-west-2]}
            """;

    @Test
    void everyOptionIsTheAdoptedDesignWithOnlyItsOwnChangesAndCheaper() {
        // At $1,600,000 the design ($2,071,286.77 in month 36) is over, and the commitment with tiering ($1,502,150.01 in
        // month 36) fits, keeps every hard requirement and the drawn design, so it is adopted; an option adopted only when
        // it fits (see BudgetOptionAdoptionTest), so at $115,000 none is
        Consultation c = ValidDossiers.of(STATS.replace("monthlyUsd: 115000", "monthlyUsd: 1600000"));
        CostEstimate cost = c.cost();
        double month1 = cost.monthlyTotal();
        double month36 = cost.monthlyTotalAt(36).orElseThrow();
        CostOption adopted = cost.options().stream().filter(CostOption::adopted).findFirst().orElseThrow();

        // The adopted option is what the line items price: its totals are the estimate's own
        assertThat(adopted.monthlyTotal()).isEqualTo(month1);
        assertThat(adopted.month36Total()).isEqualTo(month36);
        // Every other option adds a change the adopted one does not make, and costs less than it at its costlier month:
        // max(month 1, month 36) of the option < max(month 1, month 36) of the design shown
        for (CostOption o : cost.options()) {
            if (o != adopted) {
                assertThat(o.changes()).as(o.title()).noneMatch(adopted.changes()::contains);
                assertThat(Math.max(o.monthlyTotal(), o.month36Total())).as(o.title()).isLessThan(Math.max(month1, month36));
            }
        }
    }

    @Test
    void theBudgetWarningNamesTheMonthThatBreaksTheBudget() {
        Consultation c = ValidDossiers.of(STATS);
        double month1 = c.cost().monthlyTotal();
        double month36 = c.cost().monthlyTotalAt(36).orElseThrow();
        // Month 1 (about $108,000) is under the $115,000 budget; month 36 (about $1.5 million, the data grown at 8% a month)
        // is over it, and so is month 12 already (about $250,000): the warning names the first month that breaks it, and the
        // later ones beside it, not that month 1's total "exceeds" a budget it is under (before: month 36 alone)
        assertThat(month1).isLessThan(115_000);
        assertThat(month36).isGreaterThan(115_000);
        assertThat(c.cost().monthlyTotalAt(12).orElseThrow()).isGreaterThan(115_000);
        assertThat(c.metadata().warnings()).anyMatch(w -> w.startsWith("The estimated monthly cost in month 12, ")
                && w.contains(", exceeds the budget of $115,000.00, as does month 36 (") && w.contains(" and month 60 (")
                && w.endsWith("(month 1, " + dev.architect.internal.Numbers.usd(month1) + ", is within it)"));
    }

    @Test
    void theValidatorRejectsAnOptionDearerThanTheDesignItChanges() {
        ConsultationRequest request = RequestReader.readString(STATS);
        Consultation c = ValidDossiers.of(STATS);
        CostEstimate cost = c.cost();
        double peak = Math.max(cost.monthlyTotal(), cost.monthlyTotalAt(36).orElseThrow());
        // A commitment priced on another plan: $1 more than the design at its costlier month
        List<CostOption> options = new ArrayList<>(cost.options());
        options.add(new CostOption("One-year commitment", cost.monthlyTotal(), peak + 1, List.of("Buy a commitment"), "Flexibility", false, true, false));
        CostEstimate dearer = new CostEstimate(cost.currency(), cost.items(), cost.monthlyTotal(), cost.threeYearTco(), cost.priceDate(),
                cost.assumptions(), cost.runRate(), cost.scenarios(), cost.budget(), options, cost.drivers());
        Consultation broken = new Consultation(c.system(), c.summary(), c.requirements(), c.decisions(), c.c4(), c.sequences(), c.apis(),
                c.dataModel(), c.techStack(), c.risks(), c.operations(), c.capacity(), dearer, c.roadmap(), c.migration(), c.metadata());

        assertThat(DossierValidator.validate(broken, request).errors()).anyMatch(v -> v.rule().equals("cost-option-mismatch")
                && v.path().equals("cost.options[" + (options.size() - 1) + "]") && v.message().contains("more than the design it changes"));
    }
}
