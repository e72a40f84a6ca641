package dev.architect.figures;

import dev.architect.dossier.CostEstimate;
import dev.architect.dossier.CostLineItem;
import dev.architect.exceptions.InvalidDossierException;
import dev.architect.internal.Numbers;
import dev.architect.request.Cloud;
import java.util.ArrayList;
import java.util.List;

/**
 * Prices resource needs into a {@link CostEstimate}: each line is quantity x list price, the monthly total is their
 * sum, and the three-year TCO is 36 months of that total plus the growth of growing items (storage) over those
 * months. All amounts are rounded to cents. Stateless.
 */
public final class CostCalculator {

    /** Months in the total cost of ownership. */
    public static final int TCO_MONTHS = 36;
    /** Sum of the months 0..35 a growing item has grown for: 0 + 1 + ... + 35. */
    static final int GROWTH_MONTHS = growthMonths(Integer.MAX_VALUE);

    private final PriceTable prices;

    private CostCalculator(PriceTable prices) {
        this.prices = prices;
    }

    /** Month-units of growth over the TCO horizon: the sum over months 0..35 of min(month, limit). */
    static int growthMonths(int limit) {
        int sum = 0;
        for (int month = 0; month < TCO_MONTHS; month++) {
            sum += Math.min(month, limit);
        }
        return sum;
    }

    public static CostCalculator with(PriceTable prices) {
        return new CostCalculator(prices);
    }

    public static CostCalculator standard() {
        return new CostCalculator(PriceTable.standard());
    }

    /**
     * Prices every need on the cloud.
     *
     * @throws InvalidDossierException naming the line when a resource kind has no price on that cloud
     */
    public CostEstimate estimate(Cloud cloud, List<ResourceNeed> needs, List<String> assumptions) {
        List<CostLineItem> items = new ArrayList<>();
        double total = 0;
        double growth = 0;
        for (ResourceNeed need : needs) {
            Price price = prices.price(cloud, need.resourceKind()).orElseThrow(() -> new InvalidDossierException(
                    "line item '" + need.id() + "': no list price for '" + need.resourceKind() + "' on " + cloud.displayName()
                            + "; priced kinds: " + prices.resourceKinds(cloud)));
            double quantity = Numbers.round(need.quantity(), 2);
            double monthly = Numbers.round(quantity * price.monthlyUsd(), 2);
            items.add(new CostLineItem(need.id(), need.name(), need.containerId(), quantity, price.unit(),
                    price.monthlyUsd(), monthly, need.assumption() + "; " + price.description()));
            total += monthly;
            growth += need.monthlyGrowth() * price.monthlyUsd() * growthMonths(need.growthMonths());
        }
        double monthlyTotal = Numbers.round(total, 2);
        double tco = Numbers.round(monthlyTotal * TCO_MONTHS + growth, 2);
        List<String> notes = new ArrayList<>(assumptions);
        notes.add("List prices of " + prices.priceDate() + " on " + cloud.displayName() + ", on demand, no discounts or free tiers");
        notes.add("Three-year TCO = " + TCO_MONTHS + " x the monthly total + each growing item's monthly growth x unit price x "
                + "the sum over months 0 to 35 of the months it has grown (" + GROWTH_MONTHS + " when it grows all three years; "
                + "less when retention caps it); staff costs are not included");
        return new CostEstimate("USD", items, monthlyTotal, tco, prices.priceDate(), notes);
    }
}
