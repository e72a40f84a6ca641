package dev.architect.offline.internal.design;

import java.io.InputStream;
import java.util.List;
import java.util.Set;

/**
 * The compute kinds billed for the instances that run each hour (autoscaled-compute.yaml): a service on them is priced at
 * its hours-weighted count, the peak count for the day's peak hours (how many, {@link dev.architect.offline.internal.catalog.DailyLoadShape} decides by who makes
 * the load) and the count the average load needs for the others, never below the availability minimum, instead of its peak
 * count for all 730 hours.
 */
final class AutoscaledCompute {

    static final String RESOURCE = "/dev/architect/offline/autoscaled-compute.yaml";
    /** The file's shape. */
    record File(List<String> kinds) {
    }

    private final Set<String> kinds;

    private AutoscaledCompute(Set<String> kinds) {
        this.kinds = kinds;
    }

    private static final class Holder {
        static final AutoscaledCompute STANDARD = dev.architect.offline.internal.catalog.DataFiles.shipped(RESOURCE, "autoscaled compute", AutoscaledCompute::read);
    }

    static AutoscaledCompute standard() {
        return Holder.STANDARD;
    }

    /** Whether a price kind is billed for the instances that run each hour. */
    boolean scales(String kind) {
        return kinds.contains(kind);
    }

    /** Reads the file; an unknown kind fails naming the entry. */
    static AutoscaledCompute read(InputStream in, String where) {
        if (in == null) {
            throw new IllegalStateException(where + " is missing from the classpath");
        }
        File file = dev.architect.offline.internal.catalog.DataFiles.read(in, where, File.class, "autoscaled compute");
        if (file.kinds() == null || file.kinds().isEmpty()) {
            throw new IllegalStateException(where + ": kinds must list at least one price kind");
        }
        dev.architect.figures.PriceTable table = dev.architect.figures.PriceTable.standard();
        for (String kind : file.kinds()) {
            boolean known = java.util.Arrays.stream(dev.architect.request.Cloud.values()).anyMatch(c -> table.price(c, kind).isPresent());
            if (!known) {
                throw new IllegalStateException(where + ": kinds names no price kind of prices.yaml: " + kind);
            }
        }
        return new AutoscaledCompute(Set.copyOf(file.kinds()));
    }
}
