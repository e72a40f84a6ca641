package dev.architect.dossier;

import dev.architect.internal.Invariants;
import java.util.List;

/**
 * Running cost: priced line items, their monthly total (which must equal their sum), and the three-year total cost
 * of ownership. {@code priceDate} says when the list prices were taken.
 */
public record CostEstimate(String currency, List<CostLineItem> items, double monthlyTotal, double threeYearTco,
                           String priceDate, List<String> assumptions) {

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
    }
}
