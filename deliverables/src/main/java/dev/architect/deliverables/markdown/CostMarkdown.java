package dev.architect.deliverables.markdown;

import static dev.architect.deliverables.markdown.MarkdownPage.text;

import dev.architect.deliverables.document.MarkdownDocument;
import dev.architect.deliverables.internal.Figures;
import dev.architect.dossier.Consultation;
import dev.architect.dossier.CostEstimate;
import java.util.List;

/** {@code cost.md}: priced line items, monthly total and three-year TCO, each figure with its assumption; capacity figures. */
final class CostMarkdown {

    MarkdownDocument render(Consultation c) {
        CostEstimate cost = c.cost();
        String currency = cost.currency();
        MarkdownPage page = new MarkdownPage().heading(1, "Cost and capacity of " + c.system());
        page.heading(2, "Running cost");
        page.table(List.of("Item", "Container", "Quantity", "Unit", "Unit price (" + currency + ")", "Monthly (" + currency + ")", "Assumption"),
                cost.items().stream().map(i -> List.of(text(i.name()), text(i.containerId()), Figures.number(i.quantity()),
                        text(i.unit()), Figures.money(i.unitPrice()), Figures.money(i.monthly()), text(i.assumption()))).toList());
        page.bulletsMarkdown(List.of(
                "Monthly total: **" + Figures.money(cost.monthlyTotal()) + " " + currency + "** (sum of the line items)",
                "Three-year total cost of ownership: **" + Figures.money(cost.threeYearTco()) + " " + currency + "**",
                "Prices as of: " + text(cost.priceDate(), "not stated")));
        if (!cost.assumptions().isEmpty()) {
            page.heading(2, "Assumptions").bullets(cost.assumptions());
        }
        if (!c.capacity().estimates().isEmpty()) {
            page.heading(2, "Capacity");
            page.table(List.of("Estimate", "Value", "Unit", "Basis"), c.capacity().estimates().stream()
                    .map(e -> List.of(text(e.name()), Figures.number(e.value()), text(e.unit()), text(e.basis()))).toList());
        }
        return page.build("cost.md");
    }
}
