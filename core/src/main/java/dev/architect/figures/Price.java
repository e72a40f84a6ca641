package dev.architect.figures;

import java.util.List;
import java.util.Objects;

/**
 * A list price of one resource kind on one cloud.
 *
 * @param unit         what one unit is, e.g. {@code instance-month} or {@code GB}
 * @param monthlyUsd   US dollars per unit (per month for time-based units); the first tier's price when tiered
 * @param description  the product the price is for and what a unit holds
 * @param source       the provider's pricing page the figure was taken from, or {@code estimate} where there is no
 *                     public list price (on premises)
 * @param tiers        volume tiers, cheapest last (empty when one price applies to any quantity): units up to each
 *                     tier's bound are priced at that tier's price; a bound on the last tier ends the published table
 *                     (the vendor sets larger volumes with its sales team), and nothing above it is priced
 */
public record Price(String unit, double monthlyUsd, String description, String source, List<Tier> tiers) {

    /** Units up to {@code upTo} (a cumulative bound; null for no bound) cost {@code usd} each. */
    public record Tier(Double upTo, double usd) {

        /**
         * Rejects a negative or infinite price and a bound that is not positive, with an {@link IllegalArgumentException}.
         *
         * @param upTo the cumulative number of units this tier prices up to, or null for an unbounded last tier
         * @param usd  US dollars per unit within this tier
         */
        public Tier {
            if (!(usd >= 0) || Double.isInfinite(usd) || upTo != null && !(upTo > 0)) {
                throw new IllegalArgumentException("price tier must have a finite price >= 0 and a positive bound but was " + upTo + ": " + usd);
            }
        }
    }

    /**
     * Rejects a missing component, an invalid price or badly ordered tiers, and copies the tiers.
     *
     * @param unit         what one unit is, e.g. {@code instance-month} or {@code GB}
     * @param monthlyUsd   US dollars per unit (per month for time-based units); the first tier's price when tiered
     * @param description  the product the price is for and what a unit holds
     * @param source       the provider's pricing page the figure was taken from, or {@code estimate} where there is no public list price (on premises)
     * @param tiers        volume tiers, cheapest last (empty when one price applies to any quantity): units up to each tier's bound are priced at that tier's price; a bound on the last tier ends the published table
     */
    public Price {
        Objects.requireNonNull(unit, "unit");
        Objects.requireNonNull(description, "description");
        Objects.requireNonNull(source, "source");
        tiers = List.copyOf(tiers);
        if (!(monthlyUsd >= 0) || Double.isInfinite(monthlyUsd)) {
            throw new IllegalArgumentException("price of " + description + " must be a finite amount >= 0 but was " + monthlyUsd);
        }
        for (int i = 0; i < tiers.size(); i++) {
            boolean last = i == tiers.size() - 1;
            Double upTo = tiers.get(i).upTo();
            if (!last && upTo == null || i > 0 && upTo != null && upTo <= tiers.get(i - 1).upTo()) {
                throw new IllegalArgumentException("price tiers of " + description + " must have rising bounds, every tier but the last bounded");
            }
        }
    }

    /**
     * This price in another region: every tier's price times the region's ratio (to a hundredth of a cent, so lines still
     * multiply exactly), the ratio stated in the description.
     *
     * @param regional the region's ratio to the base price list
     * @return the scaled price, or this one when the ratio is 1
     */
    public Price in(RegionalPrice regional) {
        if (regional.multiplier() == 1) {
            return this;
        }
        double m = regional.multiplier();
        List<Tier> scaled = tiers.stream().map(t -> new Tier(t.upTo(), dev.architect.internal.Numbers.round(t.usd() * m, 4))).toList();
        return new Price(unit, dev.architect.internal.Numbers.round(monthlyUsd * m, 4), description + " " + regional.describe(), source, scaled);
    }

    /**
     * A price without volume tiers.
     *
     * @param unit what one unit is, e.g. {@code instance-month} or {@code GB}
     * @param monthlyUsd US dollars per unit
     * @param description the product the price is for and what a unit holds
     * @param source the provider's pricing page the figure was taken from
     */
    public Price(String unit, double monthlyUsd, String description, String source) {
        this(unit, monthlyUsd, description, source, List.of());
    }

    /**
     * A price whose source is not recorded.
     *
     * @param unit what one unit is, e.g. {@code instance-month} or {@code GB}
     * @param monthlyUsd US dollars per unit
     * @param description the product the price is for and what a unit holds
     */
    public Price(String unit, double monthlyUsd, String description) {
        this(unit, monthlyUsd, description, "not recorded");
    }

    /**
     * Where the published table ends: the last tier's bound, when it has one (the vendor prices larger volumes only
     * through its sales team).
     *
     * @return the units the table prices up to, or empty when it prices any quantity
     */
    public java.util.OptionalDouble publishedUpTo() {
        Double end = tiers.isEmpty() ? null : tiers.get(tiers.size() - 1).upTo();
        return end == null ? java.util.OptionalDouble.empty() : java.util.OptionalDouble.of(end);
    }

    /**
     * Whether the published table prices a quantity: true unless the table ends below it.
     *
     * @param quantity the units to price
     * @return false when the quantity is above the table's last bound
     */
    public boolean publishes(double quantity) {
        return publishedUpTo().isEmpty() || quantity <= publishedUpTo().getAsDouble();
    }

    /**
     * Why a quantity above the table has no price, in words: "above the published table (contact sales above 500
     * thousand requests a month)".
     *
     * @return the phrase, for a price whose table ends; the empty string for one that prices any quantity
     */
    public String aboveTable() {
        return publishedUpTo().isEmpty() ? "" : "above the published table (contact sales above "
                + dev.architect.internal.Numbers.format(publishedUpTo().getAsDouble()) + " " + unit + " a month)";
    }

    /**
     * What a quantity costs at this price: each band it reaches at its tier's price, summed (the list price times the
     * quantity when the price has no tiers). The one place a tiered price is summed. A table that ends prices only up to
     * its end: ask {@link #publishes} first, since the units above it have no list price.
     *
     * @param quantity the units to price
     * @return US dollars; 0 for no units
     */
    public double billed(double quantity) {
        return quantity <= 0 ? 0 : bands(quantity).stream().mapToDouble(b -> b.quantity() * b.usd()).sum();
    }

    /** A quantity split over the tiers it reaches: each part is priced at its tier's price. */
    public record Band(double from, Double to, double quantity, double usd) {
    }

    /**
     * How a quantity is priced: one band at the list price, or one band per volume tier it reaches (none above the end
     * of a table that ends).
     *
     * @param quantity the units to price
     * @return the bands, lowest first
     */
    public List<Band> bands(double quantity) {
        if (tiers.isEmpty()) {
            return List.of(new Band(0, null, quantity, monthlyUsd));
        }
        List<Band> bands = new java.util.ArrayList<>();
        double from = 0;
        for (Tier tier : tiers) {
            double to = tier.upTo() == null ? Double.POSITIVE_INFINITY : tier.upTo();
            double part = Math.min(quantity, to) - from;
            if (part > 0 || bands.isEmpty()) {
                bands.add(new Band(from, tier.upTo(), Math.max(0, part), tier.usd()));
            }
            if (quantity <= to) {
                break;
            }
            from = to;
        }
        return bands;
    }
}
