package dev.architect.dossier;

import dev.architect.internal.Invariants;

/** One priced resource: quantity x unit price = monthly cost, with the assumption behind the quantity. */
public record CostLineItem(String id, String name, String containerId, double quantity, String unit,
                           double unitPrice, double monthly, String assumption) {

    /**
     * Checks the components; a missing or malformed one raises {@link dev.architect.exceptions.InvalidDossierException} naming the field.
     */
    public CostLineItem {
        String where = Invariants.quoted("line item", Invariants.id("line item", id));
        Invariants.text(where, "name", name);
        Invariants.nonNegative(where, "quantity", quantity);
        Invariants.text(where, "unit", unit);
        Invariants.nonNegative(where, "unitPrice", unitPrice);
        Invariants.nonNegative(where, "monthly", monthly);
        Invariants.check(Money.close(quantity * unitPrice, monthly), where,
                "monthly " + monthly + " is not quantity x unitPrice (" + Money.round(quantity * unitPrice) + ")");
        Invariants.text(where, "assumption", assumption);
    }
}
