package dev.architect.offline.internal.catalog;

import java.io.InputStream;

/**
 * How the figures a request states in its fields are checked against the physical counts its own words give, and when a
 * device that reports on an interval counts as silent ({@code physical-counts.yaml}).
 *
 * @param largeFactor          a field and its physical count that differ by this factor or more disagree
 * @param storedBytesPerReport bytes one device report takes in the store before compression (the growth check)
 * @param storedBytesBasis     why that size
 * @param silentAfterIntervals intervals without a report after which a device is silent
 * @param silentBasis          why that many
 */
public record PhysicalCounts(double largeFactor, double storedBytesPerReport, String storedBytesBasis, int silentAfterIntervals,
                             String silentBasis) {

    /** Where the shipped file is. */
    public static final String RESOURCE = "/dev/architect/offline/physical-counts.yaml";

    public PhysicalCounts {
        if (!(largeFactor > 1) || Double.isInfinite(largeFactor)) {
            throw new IllegalStateException("largeFactor must be a number above 1 but was " + largeFactor);
        }
        if (!(storedBytesPerReport > 0) || Double.isInfinite(storedBytesPerReport)) {
            throw new IllegalStateException("storedBytesPerReport must be a positive number but was " + storedBytesPerReport);
        }
        if (silentAfterIntervals < 2) {
            throw new IllegalStateException("silentAfterIntervals must be at least 2 (one lost report is noise) but was " + silentAfterIntervals);
        }
        if (storedBytesBasis == null || storedBytesBasis.isBlank() || silentBasis == null || silentBasis.isBlank()) {
            throw new IllegalStateException("storedBytesBasis and silentBasis must say why");
        }
    }

    /** The file's layout, read before its figures are checked, so a misspelt key is named before a missing figure. */
    record File(Double largeFactor, Double storedBytesPerReport, String storedBytesBasis, Integer silentAfterIntervals, String silentBasis) {
        PhysicalCounts counts(String where) {
            try {
                return new PhysicalCounts(largeFactor == null ? 0 : largeFactor, storedBytesPerReport == null ? 0 : storedBytesPerReport, storedBytesBasis,
                        silentAfterIntervals == null ? 0 : silentAfterIntervals, silentBasis);
            } catch (IllegalStateException e) {
                throw new IllegalStateException("physical counts " + where + ": " + e.getMessage(), e);
            }
        }
    }

    private static final class Holder {
        static final PhysicalCounts STANDARD = DataFiles.shipped(RESOURCE, File.class, "physical counts").counts(RESOURCE);
    }

    /**
     * The shipped file.
     *
     * @return its figures
     */
    public static PhysicalCounts standard() {
        return Holder.STANDARD;
    }

    /**
     * Reads a copy in the shipped layout; an unknown key or a figure out of range fails naming the source and the key.
     *
     * @param in    the copy
     * @param where its name, as errors give it
     * @return its figures
     */
    public static PhysicalCounts read(InputStream in, String where) {
        return DataFiles.read(in, where, File.class, "physical counts").counts(where);
    }

    /**
     * How long a device must have sent nothing to count as silent, in words: {@code 3 of its reporting intervals (3 x 30 s
     * = 90 s)}, or without the arithmetic where the request states no interval.
     *
     * @param intervalSeconds seconds between two reports of one device, when stated
     * @return the words
     */
    public String silentAfter(java.util.Optional<Double> intervalSeconds) {
        String intervals = silentAfterIntervals + " of its reporting intervals";
        return intervalSeconds.filter(s -> s > 0).map(s -> intervals + " (" + silentAfterIntervals + " x " + duration(s) + " = "
                + duration(silentAfterIntervals * s) + ")").orElse(intervals);
    }

    /** Seconds as people say them: "0.6 s", "90 s", "15 min", "3 h". */
    private static String duration(double seconds) {
        if (seconds >= 7200) {
            return dev.architect.internal.Numbers.format(dev.architect.internal.Numbers.round(seconds / 3600, 1)) + " h";
        }
        if (seconds >= 120) {
            return dev.architect.internal.Numbers.format(dev.architect.internal.Numbers.round(seconds / 60, 1)) + " min";
        }
        return dev.architect.internal.Numbers.format(dev.architect.internal.Numbers.round(seconds, 2)) + " s";
    }

    /**
     * How far apart two positive figures are, as the larger over the smaller.
     *
     * @param a one figure
     * @param b the other
     * @return at least 1; infinite when either is zero or less
     */
    public static double apart(double a, double b) {
        if (!(a > 0) || !(b > 0)) {
            return Double.POSITIVE_INFINITY;
        }
        return Math.max(a, b) / Math.min(a, b);
    }

    /**
     * Whether two positive figures disagree by {@link #largeFactor} or more.
     *
     * @param stated the figure a field states
     * @param physical the figure the physical counts give
     * @return true when they disagree
     */
    public boolean disagree(double stated, double physical) {
        return stated > 0 && physical > 0 && apart(stated, physical) >= largeFactor;
    }
}
