package dev.architect.offline.internal.catalog;

import dev.architect.request.Cloud;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * How long a file processor takes over one stored file, and where a file too big for a function is processed, from
 * {@code file-processing.yaml}: the pace of each tool a processor's technology names, and per cloud the longest a
 * function may run on one event and the batch service on spot capacity that runs a file's job instead.
 *
 * @param processors the archetype components that process each stored file as a function
 * @param tools      the tools, each with its pace on one vCPU
 * @param batch      per cloud, the function's limit and the batch service past it
 */
public record FileProcessing(List<String> processors, List<Tool> tools, Map<Cloud, Batch> batch) {

    static final String RESOURCE = "/dev/architect/offline/file-processing.yaml";
    private static final FileProcessing STANDARD = DataFiles.shipped(RESOURCE, FileProcessing.class, "file processing");

    public FileProcessing {
        if (processors == null || processors.isEmpty() || tools == null || tools.isEmpty() || batch == null || batch.isEmpty()) {
            throw new IllegalStateException(RESOURCE + ": needs processors, tools and batch");
        }
        processors = List.copyOf(processors);
        tools = List.copyOf(tools);
        batch = Map.copyOf(batch);
        if (tools.stream().map(t -> t.name().toLowerCase(java.util.Locale.ROOT)).distinct().count() != tools.size()) {
            throw new IllegalStateException(RESOURCE + ": a tool is named twice");
        }
    }

    /**
     * A tool a processor runs over each file.
     *
     * @param name            the tool as a technology names it ("FFmpeg")
     * @param mbPerVcpuSecond MB of a file it gets through a second on one vCPU
     * @param basis           why that pace
     */
    public record Tool(String name, Double mbPerVcpuSecond, String basis) {
        public Tool {
            if (name == null || name.isBlank() || mbPerVcpuSecond == null || !(mbPerVcpuSecond > 0) || basis == null || basis.isBlank()) {
                throw new IllegalStateException(RESOURCE + ": tool '" + name + "' needs a name, a positive mbPerVcpuSecond and a basis");
            }
        }
    }

    /**
     * Where a cloud's function stops and what runs a longer file instead.
     *
     * @param functionLimitSeconds the longest one function invocation may run
     * @param technology           the batch service on spot capacity
     */
    public record Batch(Integer functionLimitSeconds, String technology) {
        public Batch {
            if (functionLimitSeconds == null || functionLimitSeconds <= 0 || technology == null || technology.isBlank()) {
                throw new IllegalStateException(RESOURCE + ": a batch entry needs a positive functionLimitSeconds and a technology");
            }
        }
    }

    /**
     * The pace of one file through a processor: the slowest tool its technology names.
     *
     * @param tool    that tool, or empty when the technology names none (the slowest tool of the file is assumed)
     * @param pace    the tool whose pace is taken
     */
    public record Pace(Optional<Tool> tool, Tool pace) {

        /**
         * Seconds of one vCPU a file of this size takes.
         *
         * @param fileMb the file's size in MB
         * @return the seconds
         */
        public double seconds(double fileMb) {
            return fileMb / pace.mbPerVcpuSecond();
        }
    }

    /** The shipped processors, tools and limits. */
    public static FileProcessing standard() {
        return STANDARD;
    }

    /**
     * Whether a component processes each stored file.
     *
     * @param componentId the archetype component's id
     * @return true for a file processor
     */
    public boolean processes(String componentId) {
        return processors.contains(componentId);
    }

    /**
     * The pace of a processor built on this technology: the slowest of the tools it names (whole words), else the slowest
     * tool of the file.
     *
     * @param technology the processor's technology ("AWS Lambda on S3 events (ClamAV, FFmpeg)")
     * @return the pace
     */
    public Pace pace(String technology) {
        Words words = Words.of(technology == null ? "" : technology);
        Comparator<Tool> slowest = Comparator.comparingDouble(Tool::mbPerVcpuSecond);
        Optional<Tool> named = tools.stream().filter(t -> words.contains(t.name().toLowerCase(java.util.Locale.ROOT))).min(slowest);
        return new Pace(named, named.orElseGet(() -> tools.stream().min(slowest).orElseThrow()));
    }

    /**
     * The batch service's technology in place of a function's, with the tools the function named ("AWS Lambda on S3 events
     * (ClamAV, libvips)" becomes the batch service "(ClamAV, libvips)").
     *
     * @param batch      the batch entry
     * @param technology the function's technology
     * @return the batch technology
     */
    public String onBatch(Batch batch, String technology) {
        int open = technology.lastIndexOf('(');
        return open >= 0 && technology.endsWith(")") ? batch.technology() + " " + technology.substring(open) : batch.technology();
    }

    /**
     * The batch service a file of this size runs on, on this cloud: present when one file takes longer than the cloud's
     * function may run.
     *
     * @param cloud      the request's cloud
     * @param technology the processor's technology
     * @param fileMb     the file's stated size in MB
     * @return the batch entry, or empty when a function holds the file
     */
    public Optional<Batch> batchFor(Cloud cloud, String technology, double fileMb) {
        Batch b = batch.get(cloud);
        return b != null && pace(technology).seconds(fileMb) > b.functionLimitSeconds() ? Optional.of(b) : Optional.empty();
    }
}
