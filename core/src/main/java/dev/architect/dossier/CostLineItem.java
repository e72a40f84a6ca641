package dev.architect.dossier;

import dev.architect.internal.Invariants;

/**
 * One priced resource: quantity x unit price = monthly cost, with the assumption behind the quantity.
 *
 * @param id the line id, unique within the estimate
 * @param name what the line is, for a reader
 * @param containerId the id of the container it serves, or null for shared items
 * @param quantity how many units, zero or more
 * @param unit what one unit is, e.g. {@code instance-month}
 * @param unitPrice the price of one unit, zero or more
 * @param monthly quantity times unit price
 * @param assumption how the quantity was arrived at
 */
public record CostLineItem(String id, String name, String containerId, double quantity, String unit,
                           double unitPrice, double monthly, String assumption) {

    /**
     * Checks the components; a missing or malformed one raises {@link dev.architect.exceptions.InvalidDossierException} naming the field.
     *
     * @param id the line id, unique within the estimate
     * @param name what the line is, for a reader
     * @param containerId the id of the container it serves, or null for shared items
     * @param quantity how many units, zero or more
     * @param unit what one unit is, e.g. {@code instance-month}
     * @param unitPrice the price of one unit, zero or more
     * @param monthly quantity times unit price
     * @param assumption how the quantity was arrived at
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
