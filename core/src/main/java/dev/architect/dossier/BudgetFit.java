package dev.architect.dossier;

import dev.architect.internal.Invariants;

/**
 * The estimate against the request's monthly budget. {@code gapUsd} is the costliest month of the run rate (months 1,
 * 12, 36 and 60) minus the budget: positive when over (by that much), zero or negative when within (the headroom); zero when the
 * request states no budget. UNKNOWN with a budget means the priced lines fit (gapUsd is their headroom) but a vendor
 * central to the product is not priced and could take the total over; the cost's assumptions name it. {@code unpriced}
 * names what the cost lists as not priced (a vendor without a count of its use, a part without a billing model): the
 * headroom or the gap leaves them out, so it is not exact.
 *
 * @param monthlyUsd the monthly budget in US dollars, or null when the request states none
 * @param status whether the estimate is within, over, or has no budget to compare with
 * @param gapUsd the larger total minus the budget, in US dollars; positive when over
 * @param unpriced what the cost lists as not priced, which the gap excludes; empty when every item is priced
 */
public record BudgetFit(Double monthlyUsd, BudgetStatus status, double gapUsd, java.util.List<String> unpriced) {

    /**
     * Checks the components; a missing or malformed one raises {@link dev.architect.exceptions.InvalidDossierException} naming the field.
     *
     * @param monthlyUsd the monthly budget in US dollars, or null when the request states none
     * @param status whether the estimate is within, over, or has no budget to compare with
     * @param gapUsd the larger total minus the budget, in US dollars; positive when over
     * @param unpriced what the cost lists as not priced, which the gap excludes; null reads as none
     */
    public BudgetFit {
        unpriced = unpriced == null ? java.util.List.of() : java.util.List.copyOf(unpriced);
        Invariants.required("cost budget", "status", status);
        Invariants.check(monthlyUsd != null || status == BudgetStatus.UNKNOWN, "cost budget", "status " + status + " needs a monthlyUsd");
        Invariants.check(status != BudgetStatus.UNKNOWN || monthlyUsd == null || gapUsd <= 0, "cost budget",
                "status UNKNOWN with a budget needs gapUsd <= 0 (the priced lines fit)");
        Invariants.check(status != BudgetStatus.OVER || gapUsd > 0, "cost budget", "status OVER needs a positive gapUsd");
        Invariants.check(status != BudgetStatus.WITHIN || gapUsd <= 0, "cost budget", "status WITHIN needs gapUsd <= 0");
    }

    /**
     * A fit with nothing listed as not priced.
     *
     * @param monthlyUsd the monthly budget in US dollars, or null when the request states none
     * @param status whether the estimate is within, over, or has no budget to compare with
     * @param gapUsd the larger total minus the budget, in US dollars; positive when over
     */
    public BudgetFit(Double monthlyUsd, BudgetStatus status, double gapUsd) {
        this(monthlyUsd, status, gapUsd, java.util.List.of());
    }

    /**
     * This fit, saying what its gap leaves out because the cost lists it as not priced.
     *
     * @param items what the cost lists as not priced
     * @return the same fit with {@code unpriced} set to the items
     */
    public BudgetFit excluding(java.util.List<String> items) {
        return new BudgetFit(monthlyUsd, status, gapUsd, items);
    }

    /**
     * No budget stated.
     *
     * @return a fit of status UNKNOWN with no budget and a gap of zero
     */
    public static BudgetFit unknown() {
        return new BudgetFit(null, BudgetStatus.UNKNOWN, 0);
    }

    /**
     * A budget the priced lines fit, with a vendor central to the product left unpriced that could take the total over.
     *
     * @param budget the monthly budget in US dollars
     * @param pricedGap the priced lines' larger total minus the budget, zero or negative
     * @return a fit of status UNKNOWN that keeps the budget and the priced gap
     */
    public static BudgetFit notKnown(double budget, double pricedGap) {
        return new BudgetFit(budget, BudgetStatus.UNKNOWN, pricedGap);
    }

    /**
     * The fit of the run rate's totals to a budget, if there is one: month 1's and the costliest later month's (12, 36
     * or 60; month 36's where only it is priced).
     *
     * @param budget the monthly budget in US dollars, or empty when the request states none
     * @param month1 the month-1 total
     * @param month36 the costliest later month's total
     * @return the fit; UNKNOWN when there is no budget
     */
    public static BudgetFit of(java.util.Optional<Double> budget, double month1, double month36) {
        if (budget.isEmpty()) {
            return unknown();
        }
        double gap = Money.round(Math.max(month1, month36) - budget.get());
        return new BudgetFit(budget.get(), gap > 0 ? BudgetStatus.OVER : BudgetStatus.WITHIN, gap);
    }
}
