package dev.architect.deliverables.markdown;

import static dev.architect.deliverables.markdown.MarkdownPage.text;

import dev.architect.deliverables.document.MarkdownDocument;
import dev.architect.deliverables.internal.Figures;
import dev.architect.dossier.BudgetFit;
import dev.architect.dossier.CostOption;
import dev.architect.dossier.Consultation;
import dev.architect.dossier.CostEstimate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * {@code cost.md}: priced line items (each row's quantity x unit price is its monthly amount exactly as printed), the
 * run rate over time, scenarios, the largest cost drivers, the fit to the budget with cheaper options, the assumptions
 * each figure rests on, and the capacity figures with their basis.
 */
final class CostMarkdown {

    MarkdownDocument render(Consultation c) {
        CostEstimate cost = c.cost();
        String currency = cost.currency();
        MarkdownPage page = new MarkdownPage().heading(1, "Cost and capacity of " + c.system());
        page.heading(2, "Running cost (month 1)");
        // Unit prices are printed in full (0.115, not 0.12) so that every row multiplies to its monthly amount.
        page.table(List.of("Item", "Container", "Quantity", "Unit", "Unit price (" + currency + ")", "Monthly (" + currency + ")", "Basis"),
                cost.items().stream().map(i -> List.of(text(i.name()), text(i.containerId()), Figures.number(i.quantity()),
                        text(i.unit()), Figures.number(i.unitPrice()), Figures.money(i.monthly()), text(i.assumption()))).toList());
        List<String> totals = new ArrayList<>();
        totals.add("Monthly total in month 1: **" + Figures.money(cost.monthlyTotal()) + " " + currency + "** (sum of the line items)");
        cost.monthlyTotalAt(36).ifPresent(m -> totals.add("Monthly total in month 36: **" + Figures.money(m) + " " + currency + "**"));
        totals.add("Three-year total cost of ownership: **" + Figures.money(cost.threeYearTco()) + " " + currency + "**"
                + (cost.runRate().isEmpty() ? "" : " (sum of months 1 to 36 on the run rate)"));
        totals.add("Prices as of: " + text(cost.priceDate(), "not stated"));
        page.bulletsMarkdown(totals);
        if (!cost.runRate().isEmpty()) {
            page.heading(2, "Run rate over time");
            page.table(List.of("Month", "Monthly total (" + currency + ")"), cost.runRate().stream()
                    .map(p -> List.of(String.valueOf(p.month()), Figures.money(p.monthlyTotal()))).toList());
        }
        if (!cost.scenarios().isEmpty()) {
            page.heading(2, "Scenarios");
            page.table(List.of("Scenario", "Monthly total (" + currency + ")", "Basis"), cost.scenarios().stream()
                    .map(s -> List.of(s.name().name().toLowerCase(Locale.ROOT), Figures.money(s.monthlyTotal()), text(s.basis()))).toList());
        }
        if (!cost.drivers().isEmpty()) {
            page.heading(2, "Largest cost drivers");
            page.table(List.of("Driver", "Monthly (" + currency + ")", "Share"), cost.drivers().stream()
                    .map(d -> List.of(text(d.name()), Figures.money(d.monthly()), Figures.number(d.sharePercent()) + "%")).toList());
        }
        BudgetFit fit = cost.budget();
        page.heading(2, "Budget fit");
        page.bulletsMarkdown(List.of(switch (fit.status()) {
            case UNKNOWN -> fit.monthlyUsd() == null ? "No budget stated: the estimate is the figure to approve"
                    : "**Not known** against the budget of " + Figures.money(fit.monthlyUsd()) + " " + currency + ": the priced lines leave "
                    + Figures.money(-fit.gapUsd()) + " " + currency + " of headroom, but a vendor central to the product is not priced (see the assumptions)";
            case WITHIN -> "**Within** the budget of " + Figures.money(fit.monthlyUsd()) + " " + currency + " in every month of the run rate (headroom "
                    + Figures.money(-fit.gapUsd()) + " " + currency + " at the costliest" + excluding(fit, "the headroom") + ")";
            case OVER -> "**Over** the budget of " + Figures.money(fit.monthlyUsd()) + " " + currency + " by " + Figures.money(fit.gapUsd())
                    + " " + currency + " (at the costliest month of the run rate" + excluding(fit, "the gap") + ")";
        }));
        cost.options().stream().filter(CostOption::adopted).findFirst().ifPresent(o -> page.bulletsMarkdown(List.of("**Adopted**: " + text(o.title())
                + " (it keeps every hard requirement); the line items above are priced with it, and the design as drawn without it is over the budget")));
        if (!cost.options().isEmpty()) {
            page.table(List.of("Option", "Month 1 (" + currency + ")", "Month 36 (" + currency + ")", "Fits", "Keeps hard requirements", "Adopted", "Changes", "Gives up"),
                    cost.options().stream().map(o -> List.of(text(o.title()), Figures.money(o.monthlyTotal()), Figures.money(o.month36Total()), o.fitsBudget() ? "yes" : "no",
                            o.keepsHardRequirements() ? "yes" : "no", o.adopted() ? "yes" : "no", text(String.join("; ", o.changes())), text(o.givesUp()))).toList());
        }
        if (!cost.assumptions().isEmpty()) {
            page.heading(2, "Assumptions and provenance");
            page.bullets(cost.assumptions());
        }
        if (!c.capacity().estimates().isEmpty()) {
            page.heading(2, "Capacity");
            page.table(List.of("Estimate", "Value", "Unit", "Basis"), c.capacity().estimates().stream()
                    .map(e -> List.of(text(e.name()), Figures.number(e.value()), text(e.unit()), text(e.basis()))).toList());
        }
        return page.build("cost.md");
    }

    /** What a budget figure leaves out because the cost lists it as not priced: "; the headroom excludes X and Y, which are not priced". */
    private static String excluding(BudgetFit fit, String figure) {
        if (fit.unpriced().isEmpty()) {
            return "";
        }
        List<String> items = fit.unpriced();
        String listed = items.size() == 1 ? items.get(0) : String.join(", ", items.subList(0, items.size() - 1)) + " and " + items.get(items.size() - 1);
        return "; " + figure + " excludes " + listed + ", which " + (items.size() == 1 ? "is" : "are") + " not priced";
    }
}
