package dev.architect.offline.internal.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.architect.request.Cloud;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/**
 * A file processor's pace is the slowest tool its technology names (file-processing.yaml), and a file it cannot finish
 * within the cloud's function limit goes to the cloud's batch service on spot capacity.
 */
class FileProcessingTest {

    private static final FileProcessing PROCESSING = FileProcessing.standard();

    @Test
    void theSlowestToolTheTechnologyNamesSetsThePace() {
        // ClamAV (20 MB/s) and libvips (50 MB/s): ClamAV's 20 sets the pace
        assertThat(PROCESSING.pace("AWS Lambda on S3 events (ClamAV, libvips)").pace().mbPerVcpuSecond()).isEqualTo(20);
        // FFmpeg's 0.5 MB/s is slower than ClamAV's 20
        assertThat(PROCESSING.pace("Azure Functions on Blob events (ClamAV, FFmpeg)").pace().name()).isEqualTo("FFmpeg");
        // A technology naming no tool takes the slowest known (FFmpeg, 0.5), and says it named none
        FileProcessing.Pace unnamed = PROCESSING.pace("A worker of its own");
        assertThat(unnamed.tool()).isEmpty();
        assertThat(unnamed.pace().mbPerVcpuSecond()).isEqualTo(0.5);
    }

    @Test
    void aFileLongerThanTheFunctionLimitRunsOnBatch() {
        String scanner = "AWS Lambda on S3 events (ClamAV, libvips)";
        // 2.5 TB = 2,500,000 MB / 20 MB a second = 125,000 seconds, past Lambda's 900
        assertThat(PROCESSING.batchFor(Cloud.AWS, scanner, 2_500_000)).hasValueSatisfying(b -> assertThat(b.technology()).startsWith("AWS Batch"));
        assertThat(PROCESSING.onBatch(PROCESSING.batchFor(Cloud.AWS, scanner, 2_500_000).orElseThrow(), scanner)).endsWith("(ClamAV, libvips)");
        // A 50 MB PDF: 50 / 20 = 2.5 seconds, well inside
        assertThat(PROCESSING.batchFor(Cloud.AWS, scanner, 50)).isEmpty();
        // 400 MB of audio: 400 / 0.5 = 800 seconds, inside Lambda's 900 but past Azure Functions' 600
        assertThat(PROCESSING.batchFor(Cloud.AWS, "AWS Lambda on S3 events (ClamAV, FFmpeg)", 400)).isEmpty();
        assertThat(PROCESSING.batchFor(Cloud.AZURE, "Azure Functions on Blob events (ClamAV, FFmpeg)", 400)).isPresent();
        // On premises the processor is a worker of its own: no function limit
        assertThat(PROCESSING.batchFor(Cloud.ON_PREMISES, "Worker on MinIO bucket notifications (ClamAV, libvips)", 2_500_000)).isEmpty();
    }

    @Test
    void everyProcessorAndToolIsOneTheArchetypesUse() throws IOException {
        String archetypes;
        try (InputStream in = FileProcessingTest.class.getResourceAsStream("/dev/architect/offline/archetypes.yaml")) {
            archetypes = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        assertThat(PROCESSING.processors()).allSatisfy(p -> assertThat(archetypes).contains("{id: " + p + ","));
        assertThat(PROCESSING.tools()).allSatisfy(t -> assertThat(archetypes).contains(t.name()));
    }

    @Test
    void aBadCopyFailsNamingItsEntry() {
        assertThatThrownBy(() -> copy("{name: FFmpeg, mbPerVcpuSecond: 0, basis: x}", "aws: {functionLimitSeconds: 900, technology: AWS Batch}"))
                .hasMessageContaining("tool 'FFmpeg'");
        assertThatThrownBy(() -> copy("{name: FFmpeg, mbPerVcpuSecond: 0.5, basis: x}", "aws: {functionLimitSeconds: 900}"))
                .hasMessageContaining("technology");
        assertThatThrownBy(() -> copy("{name: FFmpeg, mbPerVcpuSecond: 0.5, basis: x}", "mars: {functionLimitSeconds: 900, technology: Batch}"))
                .hasMessageContaining("mars");
    }

    /** A copy of the file with one tool and one cloud's batch entry. */
    private static FileProcessing copy(String tool, String batch) {
        return read("processors: [media-processor]\ntools:\n  - " + tool + "\nbatch:\n  " + batch + "\n");
    }

    private static FileProcessing read(String yaml) {
        return DataFiles.read(new ByteArrayInputStream(yaml.getBytes(StandardCharsets.UTF_8)), "copy", FileProcessing.class, "file processing");
    }
}
