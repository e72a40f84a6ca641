package dev.architect.figures;

import dev.architect.dossier.CostDriver;
import dev.architect.dossier.CostEstimate;
import dev.architect.dossier.CostLineItem;
import dev.architect.dossier.RunRatePoint;
import dev.architect.exceptions.InvalidDossierException;
import dev.architect.internal.Numbers;
import dev.architect.request.Cloud;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Prices resource needs into a {@link CostEstimate}: each line is quantity x list price, the monthly total (month 1)
 * is their sum, the run rate gives the total at months 1, 12, 36 and 60 with growing items (stored data) grown to
 * that month and capped by retention, and the three-year TCO is the sum of the monthly totals of months 1 to 36 on
 * that curve. The three largest resource kinds by month-1 cost are the drivers. All amounts are rounded to cents.
 * Stateless.
 */
public final class CostCalculator {

    /** Months in the total cost of ownership. */
    public static final int TCO_MONTHS = 36;
    /** The months the run rate is quoted at. */
    public static final List<Integer> RUN_RATE_MONTHS = List.of(1, 12, 36, 60);
    /** How the note that says how the run rate was priced begins. */
    public static final String RUN_RATE_NOTE = "Run rate: ";
    /** How many cost drivers an estimate names. */
    public static final int DRIVERS = 3;

    private final PriceTable prices;
    /** The deployment's first region and its ratio to the base price list, or null for base-region prices. */
    private final RegionalPrice regional;
    /** The continent the deployment's regions stand on, whose own products are priced where the table has them; null: none. */
    private final String continent;

    private CostCalculator(PriceTable prices, RegionalPrice regional, String continent) {
        this.prices = prices;
        this.regional = regional;
        this.continent = continent;
    }

    /**
     * This calculator pricing in a region: regionally priced kinds at the region's ratio to the base price list.
     *
     * @param cloud the cloud
     * @param region the deployment's first region (the one that serves)
     * @return the calculator for that region (unchanged where the cloud has no regional table)
     */
    public CostCalculator inRegion(Cloud cloud, String region) {
        return inRegion(cloud, region, null);
    }

    /**
     * This calculator pricing in a region on a continent: regionally priced kinds at the region's ratio, and the
     * continent's own products (a multi-region configuration within it, transfer out of it) where the table has them.
     *
     * @param cloud the cloud
     * @param region the deployment's first region (the one that serves)
     * @param continent the continent all the deployment's regions stand on, or null when unknown or several
     * @return the calculator for that region and continent
     */
    public CostCalculator inRegion(Cloud cloud, String region, String continent) {
        return new CostCalculator(prices, prices.regional(cloud, region).orElse(null), continent);
    }

    /**
     * A calculator that prices with a given table.
     *
     * @param prices the price table to quote from
     * @return the calculator
     */
    public static CostCalculator with(PriceTable prices) {
        return new CostCalculator(prices, null, null);
    }

    /**
     * A calculator that prices with the table shipped with the SDK.
     *
     * @return the calculator
     */
    public static CostCalculator standard() {
        return new CostCalculator(PriceTable.standard(), null, null);
    }

    /**
     * Prices every need on the cloud.
     *
     * @param cloud the cloud whose prices apply
     * @param needs the resources to price, one line item each
     * @param assumptions the assumptions to state in the estimate
     * @return the estimate with run rate, scenarios and drivers
     * @throws InvalidDossierException naming the line when a resource kind has no price on that cloud
     */
    public CostEstimate estimate(Cloud cloud, List<ResourceNeed> needs, List<String> assumptions) {
        return estimate(cloud, needs, assumptions, 0);
    }

    /**
     * Prices every need on the cloud, always-on kinds at a commitment discount.
     *
     * @param cloud the cloud whose prices apply
     * @param needs the resources to price, one line item each
     * @param assumptions the assumptions to state in the estimate
     * @param commitmentDiscount share taken off the always-on kinds ({@link PriceTable#alwaysOn}) (0 for on-demand prices)
     * @return the estimate with run rate, scenarios and drivers
     * @throws InvalidDossierException naming the line when a resource kind has no price on that cloud
     */
    public CostEstimate estimate(Cloud cloud, List<ResourceNeed> needs, List<String> assumptions, double commitmentDiscount) {
        List<CostLineItem> items = new ArrayList<>();
        double total = 0;
        Map<String, Double> byKind = new LinkedHashMap<>();
        for (ResourceNeed need : needs) {
            Price price = price(cloud, need);
            List<Price.Band> bands = price.bands(Numbers.round(need.quantity(), 2));
            for (int i = 0; i < bands.size(); i++) {
                Price.Band band = bands.get(i);
                double quantity = Numbers.round(band.quantity(), 2);
                double unitPrice = unitPrice(cloud, band, need, commitmentDiscount);
                double monthly = Numbers.round(quantity * unitPrice, 2);
                String range = bands.size() == 1 ? "" : band.to() == null ? " (over " + Numbers.format(band.from()) + " " + price.unit() + ")"
                        : " (" + Numbers.format(band.from()) + " to " + Numbers.format(band.to()) + " " + price.unit() + ")";
                items.add(new CostLineItem(i == 0 ? need.id() : need.id() + "-tier-" + (i + 1), need.name() + range, need.containerId(),
                        quantity, price.unit(), unitPrice, monthly, CapacityCalculator.COMPUTED
                        + (i == 0 ? need.assumption() : "volume tier " + (i + 1) + " of '" + need.id() + "'")
                        + "; " + price.description() + (price.tiers().isEmpty() ? "" : ", priced by volume tier")
                        + (unitPrice == band.usd() ? "" : ", " + Numbers.format(band.usd()) + " on demand less the "
                        + Numbers.format(Numbers.round(prices.commitmentDiscount(cloud, need.resourceKind(), price, commitmentDiscount) * 100, 2))
                        + "% one-year commitment" + prices.commitment(cloud, need.resourceKind()).map(c -> " (" + c.product() + ", " + c.source() + ")").orElse(""))
                        + " (" + price.source() + ")"));
                total += monthly;
                byKind.merge(product(price) + " (" + need.resourceKind() + ")", monthly, Double::sum);
            }
        }
        double monthlyTotal = Numbers.round(total, 2);
        List<RunRatePoint> runRate = RUN_RATE_MONTHS.stream().map(m -> new RunRatePoint(m, m == 1 ? monthlyTotal : total(cloud, needs, m, commitmentDiscount))).toList();
        double tco = 0;
        for (int month = 1; month <= TCO_MONTHS; month++) {
            tco += month == 1 ? monthlyTotal : total(cloud, needs, month, commitmentDiscount);
        }
        List<CostDriver> drivers = byKind.entrySet().stream().sorted(Map.Entry.<String, Double>comparingByValue(Comparator.reverseOrder()))
                .limit(DRIVERS).map(e -> new CostDriver(e.getKey(), Numbers.round(e.getValue(), 2),
                        monthlyTotal == 0 ? 0 : Numbers.round(e.getValue() / monthlyTotal * 100, 1))).toList();
        List<String> notes = new ArrayList<>(assumptions);
        notes.add("List prices of " + prices.priceDate() + " on " + cloud.displayName() + (commitmentDiscount == 0 ? ", on demand, no discounts; a vendor's free tier only where the price table lists it as a $0 first tier"
                : ", on demand except always-on instances, nodes, caches and brokers at a " + Numbers.format(commitmentDiscount * 100)
                + "% one-year commitment, or the product's own commitment rate where it sells one (each line says which); a vendor's free tier only "
                + "where the price table lists it as a $0 first tier"));
        if (regional != null) {
            notes.add("[as-regional-prices] " + (!regional.listed() ? regional.region() + " has no regional multiplier in the price table: priced at "
                    + regional.base() + " list prices" : regional.multiplier() == 1 ? regional.region() + " is priced at " + regional.base() + " list prices"
                    : "Every line priced by the general-purpose instance's regional ratio is " + regional.describe() + ", the base region being "
                    + regional.base() + "; a product with its own regional price table states its ratio in its line, and one priced the same in every "
                    + "region (the CDN, identity, WAF, keys, transfer, and each row the price table marks global) is not scaled")
                    + " (the deployment's first region; lines of other regions are priced at its ratio)");
        }
        notes.add(RUN_RATE_NOTE + "month m prices each growing item at its month-1 quantity + its monthly growth x (m - 1), "
                + "growth stopping when retention deletes as much as arrives; three-year TCO = the sum of the monthly totals "
                + "of months 1 to " + TCO_MONTHS + "; staff costs are not included");
        return new CostEstimate("USD", items, monthlyTotal, Numbers.round(tco, 2), prices.priceDate(), notes, runRate,
                List.of(), dev.architect.dossier.BudgetFit.unknown(), List.of(), drivers);
    }

    /**
     * The monthly total of needs in a month of operation, each line rounded to cents as the estimate rounds it.
     *
     * @param cloud the cloud whose prices apply
     * @param needs the resources to price
     * @param month              1 for the first month
     * @param commitmentDiscount share taken off the always-on kinds ({@link PriceTable#alwaysOn}) (0 for on-demand prices)
     * @return the monthly total, in US dollars
     */
    public double total(Cloud cloud, List<ResourceNeed> needs, int month, double commitmentDiscount) {
        double total = 0;
        for (ResourceNeed need : needs) {
            for (Price.Band band : price(cloud, need).bands(Numbers.round(need.quantityAt(month), 2))) {
                total += Numbers.round(Numbers.round(band.quantity(), 2) * unitPrice(cloud, band, need, commitmentDiscount), 2);
            }
        }
        return Numbers.round(total, 2);
    }

    /** A band's unit price, less the commitment discount on always-on kinds, to a hundredth of a cent so lines multiply exactly. */
    private double unitPrice(Cloud cloud, Price.Band band, ResourceNeed need, double commitmentDiscount) {
        double discount = prices.commitmentDiscount(cloud, need.resourceKind(), price(cloud, need), commitmentDiscount);
        return discount > 0 ? Numbers.round(band.usd() * (1 - discount), 4) : band.usd();
    }

    /**
     * Another pricing of the same system (a model's line items) with the outlook of a baseline estimate of it: the run
     * rate carries the baseline's growth over month 1 (the data growth the SDK computed), the scenarios keep the
     * baseline's ratios to its base, the budget fit is measured on the new totals, the drivers are the new lines'
     * largest, and no options are offered (they are priced variants of the baseline's design only).
     *
     * @param priced the new pricing, with line items and totals
     * @param baseline the SDK's own estimate of the same system
     * @param budgetUsd the request's monthly budget, if it states one
     * @return the new pricing with run rate, scenarios, budget fit and drivers
     */
    public static CostEstimate withOutlookOf(CostEstimate priced, CostEstimate baseline, java.util.Optional<Double> budgetUsd) {
        double base = priced.monthlyTotal();
        List<RunRatePoint> runRate = baseline.runRate().stream().map(p -> new RunRatePoint(p.month(),
                Numbers.round(base + Math.max(0, p.monthlyTotal() - baseline.monthlyTotal()), 2))).toList();
        List<dev.architect.dossier.CostScenario> scenarios = baseline.scenarios().stream().map(s -> new dev.architect.dossier.CostScenario(s.name(),
                baseline.monthlyTotal() == 0 ? base : Numbers.round(base * s.monthlyTotal() / baseline.monthlyTotal(), 2),
                s.basis() + "; scaled by the SDK design's ratio to its base (" + Numbers.format(baseline.monthlyTotal() == 0 ? 1
                        : Numbers.round(s.monthlyTotal() / baseline.monthlyTotal(), 2)) + ")")).toList();
        // the budget fit covers the whole run rate: the costliest month after month 1 (12, 36 or 60)
        double month36 = runRate.stream().filter(p -> p.month() > 1).mapToDouble(RunRatePoint::monthlyTotal).max().orElse(base);
        Map<String, Double> byName = new LinkedHashMap<>();
        priced.items().forEach(i -> byName.merge(i.name() + " (" + i.unit() + ")", i.monthly(), Double::sum));
        List<CostDriver> drivers = byName.entrySet().stream().sorted(Map.Entry.<String, Double>comparingByValue(Comparator.reverseOrder()))
                .limit(DRIVERS).map(e -> new CostDriver(e.getKey(), Numbers.round(e.getValue(), 2),
                        base == 0 ? 0 : Numbers.round(e.getValue() / base * 100, 1))).toList();
        return new CostEstimate(priced.currency(), priced.items(), priced.monthlyTotal(), priced.threeYearTco(), priced.priceDate(),
                priced.assumptions(), runRate, scenarios, dev.architect.dossier.BudgetFit.of(budgetUsd, base, month36)
                        .excluding(baseline.budget() == null ? List.of() : baseline.budget().unpriced()), List.of(), drivers);
    }

    /** The product a price is for: its description up to the colon. */
    private static String product(Price price) {
        int colon = price.description().indexOf(':');
        return colon < 0 ? price.description() : price.description().substring(0, colon);
    }

    private Price price(Cloud cloud, ResourceNeed need) {
        Price base = basePrice(cloud, need);
        // Each row follows the region by its own basis: one global price, the product's own regional table, or the VM ratio
        return regional == null ? base : prices.regional(cloud, need.resourceKind(), regional.region()).map(base::in).orElse(base);
    }

    private Price basePrice(Cloud cloud, ResourceNeed need) {
        return prices.price(cloud, need.resourceKind(), continent).orElseThrow(() -> new InvalidDossierException(
                "line item '" + need.id() + "': no list price for '" + need.resourceKind() + "' on " + cloud.displayName()
                        + "; priced kinds: " + prices.resourceKinds(cloud)));
    }
}
