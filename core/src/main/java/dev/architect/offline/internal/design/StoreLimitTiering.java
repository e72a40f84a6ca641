package dev.architect.offline.internal.design;

import dev.architect.figures.ProductLimit;
import dev.architect.internal.Numbers;
import java.util.Optional;

/**
 * A store whose data would pass its product's documented maximum (prices.yaml {@code productLimits}: Aurora's 128 TiB
 * cluster volume, RDS's 64 TiB) within the months the limits are checked over is a contradiction the design resolves
 * rather than prices: it keeps its newest months in the database and moves older data to object storage, read through
 * a query engine. The move is decided here, on the store's own figures; a store that must stay whole (a ledger, see
 * {@link StoreTiering}) is not moved and keeps its limit note, and so is one whose newest months alone pass the maximum
 * (only splitting the data by key helps there), or one whose maximum is a quota the vendor raises past what it holds.
 */
final class StoreLimitTiering {

    private StoreLimitTiering() {
    }

    /**
     * The month a store's data first passes the limit, or empty when it never does within the horizon.
     *
     * @param limit the product's maximum
     * @param initialGb logical GB at month 1
     * @param growthGb logical GB added a month
     * @param factor GB on one copy per logical GB (indexes, compression)
     * @param horizon the last month checked
     * @return the first month past the maximum
     */
    static java.util.OptionalInt passesIn(ProductLimit limit, double initialGb, double growthGb, double factor, int horizon) {
        for (int month = 1; month <= horizon; month++) {
            if ((initialGb + growthGb * (month - 1)) * factor > limit.maxGb()) {
                return java.util.OptionalInt.of(month);
            }
        }
        return java.util.OptionalInt.empty();
    }

    /**
     * The note that moves a store's old data out because it would pass its product's maximum, or empty when the store
     * stays as it is (no limit, never past it, a raisable quota, a store kept whole, or a hot window past it by itself).
     *
     * @param id        the store's container id
     * @param limit     its product's maximum, if the price table has one
     * @param initialGb logical GB at month 1
     * @param growthGb  logical GB added a month
     * @param factor    GB on one copy per logical GB
     * @param hotMonths months of data the database keeps once the rest moves
     * @param horizon   the last month checked
     * @param keptWhole whether the store must keep all its data queryable (a ledger)
     * @return the note, of kind {@link CostPlanner.LimitKind#TIERED_FOR_LIMIT}
     */
    static Optional<CostPlanner.LimitNote> outgrown(String id, Optional<ProductLimit> limit, double initialGb, double growthGb, double factor,
                                                    int hotMonths, int horizon, boolean keptWhole) {
        if (limit.isEmpty() || keptWhole || growthGb <= 0) {
            return Optional.empty();
        }
        ProductLimit max = limit.get();
        java.util.OptionalInt month = passesIn(max, initialGb, growthGb, factor, horizon);
        double atHorizon = (initialGb + growthGb * (horizon - 1)) * factor;
        double hot = growthGb * hotMonths * factor;
        if (month.isEmpty() || max.raisableTo(atHorizon) || hot > max.maxGb()) {
            return Optional.empty();
        }
        double at = (initialGb + growthGb * (month.getAsInt() - 1)) * factor;
        return Optional.of(new CostPlanner.LimitNote(CostPlanner.LimitKind.TIERED_FOR_LIMIT, id, "Kept whole, " + id + " would hold "
                + Numbers.format(Numbers.round(at, 2)) + " GB in month " + month.getAsInt() + " ((" + Numbers.format(Numbers.round(initialGb, 2)) + " GB + "
                + Numbers.format(Numbers.round(growthGb, 2)) + " GB/month x " + (month.getAsInt() - 1) + ") x " + Numbers.format(factor)
                + " for indexes), past the " + Numbers.format(max.maxGb()) + " GB maximum of " + max.product() + " (" + max.source() + ", "
                + max.date() + "), so the design keeps only its last " + hotMonths + " months (" + Numbers.format(Numbers.round(hot, 2))
                + " GB) in the database and moves older data to object storage from month 1, read through a query engine over the "
                + "files (seconds, not milliseconds)"));
    }
}
