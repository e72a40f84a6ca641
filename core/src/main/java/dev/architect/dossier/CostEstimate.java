package dev.architect.dossier;

import dev.architect.internal.Invariants;
import java.util.List;

/**
 * Running cost: priced line items, their monthly total in month 1 (which must equal their sum), the three-year total
 * cost of ownership, the run rate over time, scenarios of lower and higher load, the fit to the budget with cheaper
 * options when over, and the largest cost drivers. {@code priceDate} says when the list prices were taken.
 *
 * @param currency the ISO 4217 code of every amount, e.g. {@code USD}
 * @param items the priced line items, unique by id
 * @param monthlyTotal the month-1 total, the sum of the line items
 * @param threeYearTco the total over 36 months
 * @param priceDate the ISO date the list prices were taken; may be null
 * @param assumptions assumptions behind the figures
 * @param runRate the monthly total at chosen months; when month 1 is quoted it equals {@code monthlyTotal}
 * @param scenarios the month-1 cost under lower and higher load
 * @param budget the fit to the request's budget; null becomes {@link BudgetFit#unknown()}
 * @param options cheaper variants when over budget
 * @param drivers the largest shares of the month-1 cost
 */
public record CostEstimate(String currency, List<CostLineItem> items, double monthlyTotal, double threeYearTco,
                           String priceDate, List<String> assumptions, List<RunRatePoint> runRate,
                           List<CostScenario> scenarios, BudgetFit budget, List<CostOption> options,
                           List<CostDriver> drivers) {

    /**
     * Checks the components; a missing or malformed one raises {@link dev.architect.exceptions.InvalidDossierException} naming the field.
     *
     * @param currency the ISO 4217 code of every amount, e.g. {@code USD}
     * @param items the priced line items, unique by id
     * @param monthlyTotal the month-1 total, the sum of the line items
     * @param threeYearTco the total over 36 months
     * @param priceDate the ISO date the list prices were taken; may be null
     * @param assumptions assumptions behind the figures
     * @param runRate the monthly total at chosen months; when month 1 is quoted it equals {@code monthlyTotal}
     * @param scenarios the month-1 cost under lower and higher load
     * @param budget the fit to the request's budget; null becomes {@link BudgetFit#unknown()}
     * @param options cheaper variants when over budget
     * @param drivers the largest shares of the month-1 cost
     */
    public CostEstimate {
        String where = "cost";
        Invariants.name(where, "currency", currency, java.util.regex.Pattern.compile("[A-Z]{3}"));
        items = Invariants.list(where, "items", items);
        Invariants.unique(where, "line item", items.stream().map(CostLineItem::id).toList());
        Invariants.nonNegative(where, "monthlyTotal", monthlyTotal);
        Invariants.nonNegative(where, "threeYearTco", threeYearTco);
        double sum = items.stream().mapToDouble(CostLineItem::monthly).sum();
        Invariants.check(Money.close(sum, monthlyTotal), where,
                "monthlyTotal " + monthlyTotal + " is not the sum of its line items (" + Money.round(sum) + ")");
        assumptions = Invariants.list(where, "assumptions", assumptions);
        runRate = Invariants.list(where, "runRate", runRate);
        Invariants.check(runRate.isEmpty() || runRate.get(0).month() != 1 || Money.close(runRate.get(0).monthlyTotal(), monthlyTotal),
                where, "runRate month 1 (" + (runRate.isEmpty() ? 0 : runRate.get(0).monthlyTotal()) + ") is not the monthlyTotal " + monthlyTotal);
        scenarios = Invariants.list(where, "scenarios", scenarios);
        budget = budget == null ? BudgetFit.unknown() : budget;
        options = Invariants.list(where, "options", options);
        drivers = Invariants.list(where, "drivers", drivers);
    }

    /**
     * An estimate of line items and totals alone, with no run rate, scenarios, budget fit or drivers.
     *
     * @param currency the ISO 4217 code of every amount, e.g. {@code USD}
     * @param items the priced line items, unique by id
     * @param monthlyTotal the month-1 total, the sum of the line items
     * @param threeYearTco the total over 36 months
     * @param priceDate the ISO date the list prices were taken; may be null
     * @param assumptions assumptions behind the figures
     */
    public CostEstimate(String currency, List<CostLineItem> items, double monthlyTotal, double threeYearTco,
                        String priceDate, List<String> assumptions) {
        this(currency, items, monthlyTotal, threeYearTco, priceDate, assumptions, List.of(), List.of(), BudgetFit.unknown(),
                List.of(), List.of());
    }

    /**
     * The monthly total in a month of the run rate, if the run rate has that month.
     *
     * @param month the month of operation, 1 for the first
     * @return the monthly total then, or empty when the run rate does not quote that month
     */
    public java.util.Optional<Double> monthlyTotalAt(int month) {
        return runRate.stream().filter(p -> p.month() == month).map(RunRatePoint::monthlyTotal).findFirst();
    }

    /**
     * This estimate with scenarios, a budget fit and options added.
     *
     * @param scenarios the costs under lower and higher load
     * @param budget the fit to the request's budget
     * @param options cheaper variants, when over budget
     * @return a copy with those three parts replaced
     */
    public CostEstimate withOutlook(List<CostScenario> scenarios, BudgetFit budget, List<CostOption> options) {
        return new CostEstimate(currency, items, monthlyTotal, threeYearTco, priceDate, assumptions, runRate, scenarios, budget,
                options, drivers);
    }
}
