package dev.architect.offline.internal.rules;

import dev.architect.internal.Numbers;
import dev.architect.offline.internal.catalog.Catalogue;
import dev.architect.offline.internal.catalog.CatalogueEntry;
import dev.architect.offline.internal.catalog.DataFiles;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * What one reading node or instance of each datastore option serves ({@code store-reads.yaml}), and from it the chosen
 * database's read capacity as sized: the ceiling the caching decision holds the option without a cache to, so its ADR
 * argues from this store's own figure.
 *
 * @param stores by the catalogue's datastore option id
 */
record StoreReads(Map<String, PerUnit> stores) {

    static final String RESOURCE = "/dev/architect/offline/store-reads.yaml";

    /** The unit a store reads on. */
    enum Unit {
        /** A node of a store sized by its writes (nodesPerWrites). */
        NODE,
        /** An instance of a relational store; the standby serves no reads. */
        INSTANCE
    }

    /**
     * One option's reading unit.
     *
     * @param readsPerUnit reads a second one unit answers at peak
     * @param unit         what a unit is
     * @param basis        where the figure comes from
     */
    record PerUnit(double readsPerUnit, Unit unit, String basis) {
        PerUnit {
            if (!(readsPerUnit > 0) || unit == null || basis == null || basis.isBlank()) {
                throw new IllegalStateException(RESOURCE + ": each store needs readsPerUnit above 0, a unit (node or instance) and a basis");
            }
        }
    }

    StoreReads {
        if (stores == null || stores.isEmpty()) {
            throw new IllegalStateException(RESOURCE + ": stores is required");
        }
        stores = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(stores));
    }

    private static final class Holder {
        static final StoreReads STANDARD = checked(DataFiles.shipped(RESOURCE, StoreReads.class, "store read capacities"), Catalogue.standard());
    }

    /** The shipped figures, checked against the catalogue's datastore options. */
    static StoreReads standard() {
        return Holder.STANDARD;
    }

    /** The figures, each key a datastore option of the catalogue and each such option's unit one its sizing has. */
    static StoreReads checked(StoreReads reads, Catalogue catalogue) {
        for (Map.Entry<String, PerUnit> e : reads.stores().entrySet()) {
            CatalogueEntry option = catalogue.section("datastore").options().stream().filter(o -> o.id().equals(e.getKey())).findFirst()
                    .orElseThrow(() -> new IllegalStateException(RESOURCE + ": stores." + e.getKey() + " is not a datastore option of the catalogue"));
            boolean nodes = option.sizing() != null && option.sizing().containsKey("nodesPerWrites");
            if (nodes != (e.getValue().unit() == Unit.NODE)) {
                throw new IllegalStateException(RESOURCE + ": stores." + e.getKey() + " reads on " + (nodes ? "nodes" : "instances")
                        + " (its catalogue sizing), not " + e.getValue().unit().name().toLowerCase(java.util.Locale.ROOT) + "s");
            }
        }
        return reads;
    }

    /**
     * The reads a second a chosen datastore serves as sized for the peak writes, with the arithmetic in words
     * ("Cloud Spanner: 3 nodes (max(3, ceil(7,500 writes/s / 10,000 a node))) x 10,000 reads/s a node"); empty for an
     * option the file does not list.
     *
     * @param option     the chosen datastore option
     * @param product    its product on the request's cloud
     * @param peakWrites the writes a second at peak it is sized for
     * @return the capacity and its basis
     */
    Optional<Capacity> of(CatalogueEntry option, String product, double peakWrites) {
        PerUnit per = stores.get(option.id());
        if (per == null) {
            return Optional.empty();
        }
        int units;
        String counted;
        String how;
        if (per.unit() == Unit.NODE) {
            double min = option.size("minNodes", 3);
            double perNode = option.size("nodesPerWrites", 10000);
            units = (int) Math.max(min, Math.ceil(peakWrites / perNode));
            counted = units + (units == 1 ? " node" : " nodes");
            how = "nodes max(" + Numbers.format(min) + ", ceil(" + Numbers.format(Numbers.round(peakWrites, 2)) + " writes/s / "
                    + Numbers.format(perNode) + " a node))";
        } else {
            // the standby of a primary-and-standby pair takes over on failure and serves no reads meanwhile
            int copies = (int) option.size("instances", 2);
            units = Math.max(1, copies - 1);
            counted = units == 1 ? "the primary alone" : "the primary and " + (units - 1) + (units == 2 ? " read replica" : " read replicas");
            how = "the standby serves no reads";
        }
        String unit = per.unit().name().toLowerCase(java.util.Locale.ROOT);
        double reads = units * per.readsPerUnit();
        return Optional.of(new Capacity(reads, product + " as sized: " + counted + " x " + Numbers.format(per.readsPerUnit()) + " reads/s; " + how
                + "; " + Numbers.format(per.readsPerUnit()) + " reads/s a " + unit + ": " + per.basis() + " (store-reads.yaml)"));
    }

    /**
     * A store's read capacity.
     *
     * @param readsPerSecond reads a second it serves as sized
     * @param basis          the arithmetic and its source, in words
     */
    record Capacity(double readsPerSecond, String basis) {
    }
}
