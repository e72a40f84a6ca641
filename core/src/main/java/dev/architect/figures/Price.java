package dev.architect.figures;

import java.util.Objects;

/**
 * A list price of one resource kind on one cloud.
 *
 * @param unit         what one unit is, e.g. {@code instance-month} or {@code GB}
 * @param monthlyUsd   US dollars per unit (per month for time-based units)
 * @param description  the product the price is for and what a unit holds
 */
public record Price(String unit, double monthlyUsd, String description) {

    public Price {
        Objects.requireNonNull(unit, "unit");
        Objects.requireNonNull(description, "description");
        if (!(monthlyUsd >= 0) || Double.isInfinite(monthlyUsd)) {
            throw new IllegalArgumentException("price of " + description + " must be a finite amount >= 0 but was " + monthlyUsd);
        }
    }
}
