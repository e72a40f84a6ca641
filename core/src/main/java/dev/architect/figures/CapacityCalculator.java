package dev.architect.figures;

import dev.architect.figures.Sizing.Figure;
import dev.architect.internal.Numbers;

/**
 * Capacity arithmetic: throughput at peak and on average, the read/write split, instances needed at a stated
 * per-instance throughput with headroom, storage after one, three and five years with index overhead and replica
 * copies, and network egress. Every figure carries its formula and inputs. Stateless.
 */
public final class CapacityCalculator {

    /** Requests a second one application instance (2 vCPU, 8 GiB) serves for typical JSON-over-database work. */
    public static final double PER_INSTANCE_RPS = 1000;
    /** Instances run at most this busy at peak, leaving headroom for spikes and a lost instance. */
    public static final double TARGET_UTILISATION = 0.7;
    /** Indexes add this share on top of the raw data. */
    public static final double INDEX_OVERHEAD = 0.3;
    /** Average compressed response body of a read. */
    public static final double RESPONSE_KB = 10;
    /** Average response of a write: an id and a status. */
    public static final double WRITE_RESPONSE_KB = 0.5;
    /** Log volume per request, of which a sample is kept. */
    public static final double LOG_KB_PER_REQUEST = 1;
    /** Share of successful requests whose logs are kept (errors are always kept). */
    public static final double LOG_SAMPLING = 0.1;

    private CapacityCalculator() {
    }

    /**
     * Sizes a workload.
     *
     * @param w the workload resolved from the request
     * @param storageCopies copies of the data kept (primary, standby, replicas or replication factor)
     * @param minInstances  fewest application instances, one per zone used and never fewer than two
     * @param compression   how much the store compresses data (1 for none)
     * @return the capacity figures
     */
    public static Sizing size(Workload w, int storageCopies, int minInstances, double compression) {
        String ratio = Numbers.format(w.readWriteRatio());
        String peak = Numbers.format(w.peakRps());
        // A write rate the description states sets the load; its arithmetic is the source of all three figures.
        Figure peakRps = w.loadBasis().map(b -> new Figure("peak-rps", "Peak requests", w.peakRps(), "requests/s",
                COMPUTED + Numbers.format(w.peakWrites()) + " writes/s + " + Numbers.format(w.peakReads()) + " reads/s: " + b))
                .orElseGet(() -> new Figure("peak-rps", "Peak requests", w.peakRps(), "requests/s", given(w, "load.peakRequestsPerSecond")));
        // An average the stated counts of actions give says so; otherwise it is the peak over the usual day's shape.
        Figure average = w.assumptions().stream().filter(x -> x.id().equals(Workload.AVERAGE_FROM_ACTIONS)).findFirst()
                .map(x -> new Figure("average-rps", "Average requests", w.averageRps(), "requests/s", COMPUTED + w.averageBasis()
                        + "; the peak " + peak + " sizes capacity only, so every monthly figure divides the peak by " + Numbers.format(w.peakToAverage())))
                .orElseGet(() -> new Figure("average-rps", "Average requests", w.averageRps(), "requests/s", w.averageBasis()));
        Figure reads = new Figure("peak-reads", "Reads at peak", w.peakReads(), "reads/s",
                peak + " - peak writes " + Numbers.format(w.peakWrites()) + " (" + ratio + " reads per write)");
        Figure writes = new Figure("peak-writes", "Writes at peak", w.peakWrites(), "writes/s",
                w.loadBasis().orElse(peak + " / (" + ratio + " + 1)"));
        int instances = instancesFor(w.peakRps(), minInstances);
        Figure app = new Figure("app-instances", "Application instances at peak", instances, "instances",
                "max(" + minInstances + " (one per zone, at least two), ceil(" + peak + " / (" + Numbers.format(PER_INSTANCE_RPS)
                        + " requests/s per 2-vCPU instance x " + Numbers.format(TARGET_UTILISATION * 100) + "% target utilisation)))");
        double factor = (1 + INDEX_OVERHEAD) * storageCopies / compression;
        String factorText = " x " + Numbers.format(1 + INDEX_OVERHEAD) + " (indexes) x " + storageCopies + " copies"
                + (compression == 1 ? "" : " / " + Numbers.format(compression) + " (compression)");
        Figure y1 = storage(w, 1, factor, factorText);
        Figure y3 = storage(w, 3, factor, factorText);
        Figure y5 = storage(w, 5, factor, factorText);
        Figure growth = new Figure("storage-growth", "Stored data growth", Numbers.round(w.growthGbPerMonth() * factor, 2),
                "GB/month", Numbers.format(w.growthGbPerMonth()) + " GB/month" + factorText);
        double seconds = Workload.SECONDS_PER_MONTH;
        double averageReads = w.peakReads() / w.peakToAverage();
        double averageWrites = w.peakWrites() / w.peakToAverage();
        Figure egress = new Figure("egress", "Network egress to users",
                Numbers.round((averageReads * RESPONSE_KB + averageWrites * WRITE_RESPONSE_KB) * seconds / 1_000_000, 2), "GB/month",
                "(" + Numbers.format(averageReads) + " reads/s x " + Numbers.format(RESPONSE_KB) + " KB + " + Numbers.format(averageWrites)
                        + " writes/s x " + Numbers.format(WRITE_RESPONSE_KB) + " KB) on average x " + Numbers.format(seconds)
                        + " s a month / 1,000,000 KB per GB");
        Figure requests = new Figure("monthly-requests", "Requests a month", Numbers.round(w.averageRps() * seconds / 1_000_000, 2),
                "million requests", Numbers.format(w.averageRps()) + " requests/s x " + Numbers.format(seconds) + " s / 1,000,000");
        Figure logs = new Figure("logs", "Log volume kept", Numbers.round(w.averageRps() * seconds * LOG_KB_PER_REQUEST * LOG_SAMPLING / 1_000_000, 2),
                "GB/month", Numbers.format(w.averageRps()) + " requests/s x " + Numbers.format(seconds) + " s x "
                + Numbers.format(LOG_KB_PER_REQUEST) + " KB x " + Numbers.format(LOG_SAMPLING * 100) + "% sampled / 1,000,000");
        return new Sizing(peakRps, computed(average), computed(reads), computed(writes), computed(app), computed(y1), computed(y3),
                computed(y5), computed(growth), computed(egress), computed(requests), computed(logs));
    }

    /**
     * Provenance: a figure worked out by the formula in its basis.
     *
     * @param f a figure
     * @return the figure with a basis starting {@link #COMPUTED}; unchanged when it already does
     */
    public static Figure computed(Figure f) {
        return f.basis().startsWith(COMPUTED) ? f : new Figure(f.id(), f.name(), f.value(), f.unit(), COMPUTED + f.basis());
    }

    /** How a computed figure's basis starts; a given one starts {@link #GIVEN}, an assumed one {@link #ASSUMED}. */
    public static final String COMPUTED = "Computed: ";
    /** How a given figure's basis starts: {@code Given: <request field or stated evidence>}. */
    public static final String GIVEN = "Given: ";
    /** How an assumed figure's basis starts: {@code Assumed (<assumption id>): <statement>}. */
    public static final String ASSUMED = "Assumed (";

    /**
     * Instances to serve a load at the target utilisation, never fewer than {@code minimum}.
     *
     * @param requestsPerSecond the load to serve
     * @param minimum the fewest instances to run
     * @return the instance count
     */
    public static int instancesFor(double requestsPerSecond, int minimum) {
        return instancesFor(requestsPerSecond, PER_INSTANCE_RPS, minimum);
    }

    /**
     * Instances that each serve {@code perInstance} requests a second to serve a load at the target utilisation.
     *
     * @param requestsPerSecond the load to serve
     * @param perInstance requests a second one instance serves at full use
     * @param minimum the fewest instances to run
     * @return the instance count
     */
    public static int instancesFor(double requestsPerSecond, double perInstance, int minimum) {
        return Math.max(minimum, (int) Math.ceil(requestsPerSecond / (perInstance * TARGET_UTILISATION) - 1e-9));
    }

    private static Figure storage(Workload w, int years, double factor, String factorText) {
        int months = 12 * Math.min(years, w.retentionYears());
        return new Figure("storage-" + years + "y", "Stored data after " + years + (years == 1 ? " year" : " years"),
                Numbers.round(w.rawStorageGb(years) * factor, 2), "GB",
                "(" + Numbers.format(w.initialGb()) + " GB + " + Numbers.format(w.growthGbPerMonth()) + " GB/month x " + months
                        + " months" + (months < 12 * years ? ", capped by " + w.retentionYears() + "-year retention" : "") + ")" + factorText);
    }

    private static String given(Workload w, String topic) {
        return w.assumptions().stream().filter(a -> a.topic().equals(topic)).findFirst()
                .map(a -> ASSUMED + a.id() + "): " + a.statement()).orElse(GIVEN + topic);
    }
}
