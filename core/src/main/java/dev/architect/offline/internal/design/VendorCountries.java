package dev.architect.offline.internal.design;

import dev.architect.figures.Price;
import dev.architect.figures.ResourceNeed;
import dev.architect.figures.VendorPrice;
import dev.architect.figures.VendorUsage;
import dev.architect.internal.Numbers;
import dev.architect.internal.facts.StatedFact;
import dev.architect.offline.internal.catalog.Geography;
import java.util.List;

/**
 * A stated use of a vendor that bills by the country each unit goes to (an SMS), priced at each country's row of the
 * table (prices.yaml {@code vendorUsage byCountry}). The countries are the ones the system serves: those its description
 * and goals name, else those its regions stand in. Several countries share the use evenly (assumption
 * {@code as-vendor-countries-<integration>}, the request gives no split); a country without a row, or a request that names
 * no country, is priced at the table's {@code elsewhere} price with an assumption that says so.
 */
final class VendorCountries {

    private VendorCountries() {
    }

    /**
     * Adds one line per country the use goes to.
     *
     * @param cp        the cost plan the lines go to
     * @param e         the integration
     * @param v         the vendor row it is priced as
     * @param usage     the vendor's unit of use, billed by destination country
     * @param used      the month's stated use, with its evidence
     * @param countries the countries the system serves, in the order the request gives them
     */
    static void price(CostPlanner cp, Topology.External e, VendorPrice v, VendorUsage usage, StatedFact used, List<Geography.Country> countries) {
        double units = used.value() / usage.countPerUnit();
        String use = used.phrase() + (usage.countPerUnit() == 1 ? "" : " / " + Numbers.format(usage.countPerUnit()));
        String source = cp.priceTable().vendorsDate();
        if (countries.isEmpty()) {
            String id = "as-vendor-country-" + e.id();
            cp.assumption(id, e.name() + " (" + v.category() + ") bills each unit by the country it goes to, and the request names no country "
                    + "(neither in its description nor by its regions): priced at the table's price for a country without a row, "
                    + unit(cp, usage.elsewhere()) + " (state where the people are to price their country)");
            cp.need(ResourceNeed.flat("vendor-" + e.id(), e.name() + " (" + v.category() + ")", null, usage.elsewhere(), Numbers.round(units, 2),
                    use + ", at the price for a country without a row of the table (assumption " + id + "; " + source + ")"));
            return;
        }
        double share = units / countries.size();
        String split = "";
        if (countries.size() > 1) {
            String id = "as-vendor-countries-" + e.id();
            split = " / " + countries.size() + " countries (assumption " + id + ")";
            cp.assumption(id, e.name() + " (" + v.category() + ") bills each unit by the country it goes to; the request serves "
                    + Names.list(countries.stream().map(Geography.Country::name).toList()) + " and gives no split, so each takes an equal share");
        }
        for (Geography.Country country : countries) {
            String kind = usage.byCountry().get(country.code());
            String where = country.name();
            String basis;
            if (kind == null) {
                String id = "as-vendor-country-" + e.id() + "-" + country.code().toLowerCase(java.util.Locale.ROOT);
                kind = usage.elsewhere();
                cp.assumption(id, e.name() + " (" + v.category() + "): the SMS table has no row for " + where
                        + ", so its units are priced at the table's price for a country without a row, " + unit(cp, kind));
                basis = ", at the price for a country without a row of the table (assumption " + id + "; " + source + ")";
            } else {
                basis = ", at the vendor's price for " + where + " (" + cp.priceTable().price(cp.workload().cloud(), kind).map(Price::source).orElse("")
                        + ", " + source + ")";
            }
            String id = countries.size() == 1 ? "vendor-" + e.id() : "vendor-" + e.id() + "-" + country.code().toLowerCase(java.util.Locale.ROOT);
            cp.need(ResourceNeed.flat(id, e.name() + " (" + v.category() + (countries.size() == 1 ? "" : ", " + where) + ")", null, kind,
                    Numbers.round(share, 2), use + split + basis));
        }
    }

    /** A kind's price in words: "$0.08 per SMS segment". */
    private static String unit(CostPlanner cp, String kind) {
        return cp.priceTable().price(cp.workload().cloud(), kind).map(p -> "$" + Numbers.format(p.monthlyUsd()) + " per " + p.unit()).orElse(kind);
    }
}
