package dev.architect.figures;

import java.util.Objects;

/**
 * A quantity of one priced resource kind the design needs, before pricing: "6 {@code compute.instance} for the
 * application container". {@code monthlyGrowth} is how much the quantity grows each month (storage), which the
 * three-year TCO accounts for.
 *
 * @param id            line item id, e.g. {@code app-compute}
 * @param name          what the line is, for a reader
 * @param containerId   the C4 container it runs, or null for shared items (egress, logs)
 * @param resourceKind  a kind of the {@link PriceTable}, e.g. {@code database.storage}
 * @param quantity      units needed in the first month
 * @param monthlyGrowth units added each month, 0 for flat items
 * @param growthMonths  how many months the quantity keeps growing (for stored data: the retention period, after which
 *                      as much is deleted as arrives); {@link Integer#MAX_VALUE} for no limit
 * @param growthDelay   months before the growth starts: a storage tier that data reaches only at a given age (a cool
 *                      tier after 3 months) starts growing then; 0 for growth from month 2
 * @param assumption    how the quantity was arrived at
 * @param lastMonth     the last month the resource is billed: a temporary part (a migration loader) is switched off
 *                      when its work ends; {@link Integer#MAX_VALUE} for a resource that stays
 */
public record ResourceNeed(String id, String name, String containerId, String resourceKind, double quantity,
                           double monthlyGrowth, int growthMonths, int growthDelay, String assumption, int lastMonth) {

    /**
     * A need billed in every month.
     *
     * @param id line item id, e.g. {@code app-compute}
     * @param name what the line is, for a reader
     * @param containerId the C4 container it runs, or null for shared items
     * @param resourceKind a kind of the {@link PriceTable}
     * @param quantity units needed in the first month
     * @param monthlyGrowth units added each month, 0 for flat items
     * @param growthMonths how many months the quantity keeps growing
     * @param growthDelay months before the growth starts; 0 for growth from month 2
     * @param assumption how the quantity was arrived at
     */
    public ResourceNeed(String id, String name, String containerId, String resourceKind, double quantity,
                        double monthlyGrowth, int growthMonths, int growthDelay, String assumption) {
        this(id, name, containerId, resourceKind, quantity, monthlyGrowth, growthMonths, growthDelay, assumption, Integer.MAX_VALUE);
    }

    /**
     * A need whose growth starts in month 2 and lasts growthMonths.
     *
     * @param id line item id, e.g. {@code app-compute}
     * @param name what the line is, for a reader
     * @param containerId the C4 container it runs, or null for shared items
     * @param resourceKind a kind of the {@link PriceTable}
     * @param quantity units needed in the first month
     * @param monthlyGrowth units added each month, 0 for flat items
     * @param growthMonths how many months the quantity keeps growing
     * @param assumption how the quantity was arrived at
     */
    public ResourceNeed(String id, String name, String containerId, String resourceKind, double quantity,
                        double monthlyGrowth, int growthMonths, String assumption) {
        this(id, name, containerId, resourceKind, quantity, monthlyGrowth, growthMonths, 0, assumption, Integer.MAX_VALUE);
    }

    /**
     * A need that grows without limit over the TCO horizon.
     *
     * @param id line item id, e.g. {@code app-compute}
     * @param name what the line is, for a reader
     * @param containerId the C4 container it runs, or null for shared items
     * @param resourceKind a kind of the {@link PriceTable}
     * @param quantity units needed in the first month
     * @param monthlyGrowth units added each month, 0 for flat items
     * @param assumption how the quantity was arrived at
     */
    public ResourceNeed(String id, String name, String containerId, String resourceKind, double quantity,
                        double monthlyGrowth, String assumption) {
        this(id, name, containerId, resourceKind, quantity, monthlyGrowth, Integer.MAX_VALUE, assumption);
    }

    /**
     * Rejects a missing required component or an out-of-range figure.
     *
     * @param id            line item id, e.g. {@code app-compute}
     * @param name          what the line is, for a reader
     * @param containerId   the C4 container it runs, or null for shared items (egress, logs)
     * @param resourceKind  a kind of the {@link PriceTable}, e.g. {@code database.storage}
     * @param quantity      units needed in the first month
     * @param monthlyGrowth units added each month, 0 for flat items
     * @param growthMonths  how many months the quantity keeps growing (for stored data: the retention period, after which as much is deleted as arrives); {@link Integer#MAX_VALUE} for no limit
     * @param growthDelay   months before the growth starts; 0 for growth from month 2
     * @param assumption    how the quantity was arrived at
     * @param lastMonth     the last month the resource is billed; {@link Integer#MAX_VALUE} for a resource that stays
     */
    public ResourceNeed {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(resourceKind, "resourceKind");
        Objects.requireNonNull(assumption, "assumption");
        if (!(quantity >= 0) || !(monthlyGrowth >= 0) || Double.isInfinite(quantity) || Double.isInfinite(monthlyGrowth)) {
            throw new IllegalArgumentException("resource need '" + id + "': quantity and growth must be finite and >= 0");
        }
        if (lastMonth < 1) {
            throw new IllegalArgumentException("resource need '" + id + "': lastMonth must be >= 1");
        }
        if (growthMonths < 0 || growthDelay < 0) {
            throw new IllegalArgumentException("resource need '" + id + "': growthMonths and growthDelay must be >= 0");
        }
    }

    /**
     * The quantity in a month of operation (1 for the first): grown for {@code month - 1 - growthDelay} months, at most
     * growthMonths; 0 after its last month.
     *
     * @param month the month of operation, 1 for the first
     * @return the quantity in units
     */
    public double quantityAt(int month) {
        if (month > lastMonth) {
            return 0;
        }
        return quantity + monthlyGrowth * Math.min(Math.max(0, month - 1 - growthDelay), growthMonths);
    }

    /**
     * This need billed up to and including a last month, its basis saying why.
     *
     * @param month the last month it is billed, 1 or later
     * @param why   the sentence added to the basis: why and until when
     * @return the need
     */
    public ResourceNeed until(int month, String why) {
        return new ResourceNeed(id, name, containerId, resourceKind, quantity, monthlyGrowth, growthMonths, growthDelay,
                assumption + "; " + why, month);
    }

    /**
     * A need that does not grow over time.
     *
     * @param id the line item id
     * @param name what the resource is, in words
     * @param containerId the id of the container that uses it; may be null
     * @param resourceKind the priced resource kind, e.g. {@code compute.instance}
     * @param quantity how many units, in month 1 and after
     * @param assumption why this quantity
     * @return the need
     */
    public static ResourceNeed flat(String id, String name, String containerId, String resourceKind, double quantity,
                                    String assumption) {
        return new ResourceNeed(id, name, containerId, resourceKind, quantity, 0, assumption);
    }
}
