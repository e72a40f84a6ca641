package dev.architect.offline.internal.design;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The cheapest baseline a design over its budget tries, from {@code lean-baseline.yaml}: every always-on instance at its
 * product's smallest size, the count and zones unchanged, when the whole system's peak is small enough for those sizes.
 */
final class LeanBaseline {

    static final String RESOURCE = "/dev/architect/offline/lean-baseline.yaml";

    /** One kind and its smallest size. */
    record Smaller(String from, String to, String what) {
    }

    /** The file's shape. */
    record File(Double maxPeakRequestsPerSecond, List<Smaller> smaller, String givesUp) {
    }

    private final double maxPeak;
    private final Map<String, Smaller> smaller;
    private final String givesUp;

    private LeanBaseline(double maxPeak, Map<String, Smaller> smaller, String givesUp) {
        this.maxPeak = maxPeak;
        this.smaller = smaller;
        this.givesUp = givesUp;
    }

    private static final class Holder {
        static final LeanBaseline STANDARD = dev.architect.offline.internal.catalog.DataFiles.shipped(RESOURCE, "lean baseline", LeanBaseline::read);
    }

    static LeanBaseline standard() {
        return Holder.STANDARD;
    }

    /**
     * Whether the smallest sizes carry a system of this peak.
     *
     * @param peakRequestsPerSecond the whole system's peak
     * @return true when the option may be tried
     */
    boolean carries(double peakRequestsPerSecond) {
        return peakRequestsPerSecond <= maxPeak;
    }

    /** The system peak the smallest sizes carry, requests/s. */
    double maxPeak() {
        return maxPeak;
    }

    /**
     * The smallest size that replaces a kind, if the file names one.
     *
     * @param kind a priced kind
     * @return its replacement
     */
    Optional<Smaller> smaller(String kind) {
        return Optional.ofNullable(smaller.get(kind));
    }

    /** The kinds replaced, in the file's order, for the option's changes. */
    List<Smaller> all() {
        return List.copyOf(smaller.values());
    }

    String givesUp() {
        return givesUp;
    }

    /** Reads the file; a blank kind or text, a kind named twice or a peak that is not positive fails naming the entry. */
    static LeanBaseline read(InputStream in, String where) {
        if (in == null) {
            throw new IllegalStateException(where + " is missing from the classpath");
        }
        File file = dev.architect.offline.internal.catalog.DataFiles.read(in, where, File.class, "lean baseline");
        if (file.maxPeakRequestsPerSecond() == null || !(file.maxPeakRequestsPerSecond() > 0)) {
            throw new IllegalStateException(where + ": maxPeakRequestsPerSecond must be a positive number of requests/s");
        }
        if (file.givesUp() == null || file.givesUp().isBlank()) {
            throw new IllegalStateException(where + ": givesUp is blank");
        }
        Map<String, Smaller> out = new LinkedHashMap<>();
        List<Smaller> entries = file.smaller() == null ? new ArrayList<>() : file.smaller();
        for (int i = 0; i < entries.size(); i++) {
            Smaller s = entries.get(i);
            String at = where + ": smaller[" + i + "]";
            if (s == null || blank(s.from()) || blank(s.to()) || blank(s.what())) {
                throw new IllegalStateException(at + " needs from, to and what");
            }
            if (out.put(s.from().strip(), new Smaller(s.from().strip(), s.to().strip(), s.what().strip())) != null) {
                throw new IllegalStateException(at + " names " + s.from() + " twice");
            }
        }
        if (out.isEmpty()) {
            throw new IllegalStateException(where + ": smaller lists no kind");
        }
        return new LeanBaseline(file.maxPeakRequestsPerSecond(), out, file.givesUp().strip());
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
