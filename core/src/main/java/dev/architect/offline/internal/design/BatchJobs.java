package dev.architect.offline.internal.design;

import java.io.InputStream;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Batch jobs whose running time follows the data they read, from {@code batch-jobs.yaml}: each run reads a window of
 * the data its archetype keeps, at a per-instance throughput, so the hours grow with the data.
 */
final class BatchJobs {

    static final String RESOURCE = "/dev/architect/offline/batch-jobs.yaml";
    /** The assumption the throughput of a job's instance is stated under. */
    static final String ASSUMPTION = "as-batch-throughput";

    /** Which of its archetype's stores a job reads. */
    enum Reads { HISTORY, STORE }

    /**
     * A batch job's sizing.
     *
     * @param reads             the store it reads
     * @param windowDays        days of data each run reads
     * @param runsPerMonth      runs a month
     * @param runsBasis         why that many
     * @param gbPerInstanceHour GB one instance processes an hour
     * @param throughputBasis   why that many
     */
    record Job(Reads reads, double windowDays, double runsPerMonth, String runsBasis, double gbPerInstanceHour, String throughputBasis) {
    }

    /** The file's shape. */
    record File(Map<String, Job> jobs) {
    }

    private final Map<String, Job> jobs;

    private BatchJobs(Map<String, Job> jobs) {
        this.jobs = jobs;
    }

    private static final class Holder {
        static final BatchJobs STANDARD = dev.architect.offline.internal.catalog.DataFiles.shipped(RESOURCE, "batch jobs", BatchJobs::read);
    }

    static BatchJobs standard() {
        return Holder.STANDARD;
    }

    /** The sizing of the job an archetype component is, when its hours follow the data it reads. */
    Optional<Job> job(String componentId) {
        return Optional.ofNullable(jobs.get(componentId));
    }

    /** Reads the file; a job without a store to read, or with a non-positive figure or a blank basis, fails naming it. */
    static BatchJobs read(InputStream in, String where) {
        if (in == null) {
            throw new IllegalStateException(where + " is missing from the classpath");
        }
        File file = dev.architect.offline.internal.catalog.DataFiles.read(in, where, File.class, "batch jobs");
        Map<String, Job> jobs = new LinkedHashMap<>();
        (file.jobs() == null ? Map.<String, Job>of() : file.jobs()).forEach((id, j) -> {
            String at = where + ": jobs." + id;
            if (j == null || j.reads() == null) {
                throw new IllegalStateException(at + ".reads must be history or store");
            }
            if (!(j.windowDays() > 0) || !(j.runsPerMonth() > 0) || !(j.gbPerInstanceHour() > 0)) {
                throw new IllegalStateException(at + ": windowDays, runsPerMonth and gbPerInstanceHour must be positive");
            }
            if (j.runsBasis() == null || j.runsBasis().isBlank() || j.throughputBasis() == null || j.throughputBasis().isBlank()) {
                throw new IllegalStateException(at + ": runsBasis and throughputBasis must say why");
            }
            jobs.put(id, j);
        });
        return new BatchJobs(jobs);
    }
}
