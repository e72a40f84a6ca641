package dev.architect.offline;

import static org.assertj.core.api.Assertions.assertThat;

import dev.architect.dossier.Consultation;
import dev.architect.dossier.ContainerKind;
import dev.architect.dossier.CostLineItem;
import dev.architect.testing.ValidDossiers;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Content the request sizes per file, in MB, GB or TB, lives in object storage on the request's cloud: the database keeps
 * a row per file (its records follow the count of files, not their bytes), the files' lifecycle follows the request's own
 * words for when they go cold, and a file the cloud's function cannot process within its limit runs as a batch job on spot
 * capacity. A file in the sense of a record ("a tax file") stays a record.
 */
class FilesSizedByTheRequestLiveInObjectStorageTest {

    private static final String SEISMIC = """
            system: TraceHold
            description: >
              A seismic survey contractor records about 8 surveys a month offshore. Each survey line is written as a trace file
              of about 2.5 TB, about 20 lines a month, and the processing geophysicists turn them into migrated volumes. Clients
              download the processed volumes for their own interpretation. Raw traces must be kept 7 years.
            capabilities: [survey catalogue, trace ingest from vessels, processing runs, client deliveries]
            integrations:
              - {name: Vessel acquisition system, purpose: "sends each finished survey line"}
            load: {peakRequestsPerSecond: 10, readWriteRatio: 10, monthlyActiveUsers: 150}
            data: {initialVolumeGb: 400000, growthGbPerMonth: 50000, retentionYears: 7}
            availability: {targetPercent: 99.5, rpoMinutes: 60, rtoMinutes: 480}
            team: {size: 4, expertise: [Python, PostgreSQL, AWS]}
            deployment: {cloud: aws, regions: [us-east-1]}
            """;

    private static final String DENTAL = """
            system: SmileChart
            description: >
              A group of 14 dental practices keeps patient charts, appointments and treatment plans in one system. Each practice
              takes about 60 X-rays on a normal day, each about 25 MB, and dentists compare them with earlier ones at the chair.
            capabilities: [patient charts, appointments, treatment plans, x-ray archive]
            load: {peakRequestsPerSecond: 40, readWriteRatio: 8, monthlyActiveUsers: 300}
            data: {initialVolumeGb: 6000, growthGbPerMonth: 650, retentionYears: 10}
            availability: {targetPercent: 99.9, rpoMinutes: 15, rtoMinutes: 60}
            team: {size: 4, expertise: [TypeScript, Node.js, PostgreSQL]}
            deployment: {cloud: gcp, regions: [us-central1]}
            """;

    private static final String RENDERS = """
            system: FrameVault
            description: >
              Our visualisation studio renders animations for property developers; clients review and download the finished
              frames. Each finished animation is delivered as a frame sequence of about 4 GB. Finished renders are rarely read
              after a year but must be kept 7 years.
            capabilities: [render job submission, delivery review, client downloads]
            load: {peakRequestsPerSecond: 20, readWriteRatio: 5, monthlyActiveUsers: 400}
            data: {initialVolumeGb: 80000, growthGbPerMonth: 2400, retentionYears: 7}
            availability: {targetPercent: 99.5, rpoMinutes: 60, rtoMinutes: 480}
            team: {size: 3, expertise: [C#, .NET]}
            deployment: {cloud: azure, regions: [eastus]}
            """;

    private static final String TAX_FILES = """
            system: LedgerWise
            description: >
              A tax advisory firm with 30 advisers keeps a large file of customers and opens a tax file for each client every
              year. Advisers record the deductions claimed and their notes, and a partner signs off each return.
            capabilities: [client files, tax returns, partner sign-off]
            load: {peakRequestsPerSecond: 15, readWriteRatio: 5, monthlyActiveUsers: 60}
            data: {initialVolumeGb: 50, growthGbPerMonth: 2, retentionYears: 10}
            team: {size: 2, expertise: [Java, PostgreSQL]}
            deployment: {cloud: aws, regions: [us-east-1]}
            """;

    private static Optional<CostLineItem> line(Consultation c, String id) {
        return c.cost().items().stream().filter(i -> i.id().equals(id)).findFirst();
    }

    private static CostLineItem required(Consultation c, String id) {
        return line(c, id).orElseThrow(() -> new AssertionError(id + " not in " + c.cost().items().stream().map(CostLineItem::id).toList()));
    }

    @Test
    void terabyteTraceFilesGoToObjectStorageAndAreProcessedOnSpotBatch() {
        Consultation c = ValidDossiers.of(SEISMIC);

        assertThat(c.c4().containers()).anyMatch(x -> x.id().equals("file-store") && x.technology().startsWith("Amazon S3"));
        // 2.5 TB = 2,500,000 MB / ClamAV's 20 MB a second = 125,000 seconds a file, past Lambda's 900: a batch job a file
        assertThat(c.c4().containers()).anyMatch(x -> x.id().equals("media-processor") && x.technology().startsWith("AWS Batch on EC2 Spot"));
        // Records follow the count of files: 10 MB a file / 2,500,000 MB = 0.000004 of the volume, so files are 0.999996:
        // 400,000 GB x 0.999996 = 399,998.4 GB stored before launch, in the cool class from month 1
        assertThat(required(c, "file-store-cool-storage").quantity()).isEqualTo(399_998.4);
        // The database: (400,000 x 0.000004 = 1.6 GB) x 1.3 (indexes) = 2.08 GB, not 1% of the traces (4,000 GB)
        assertThat(required(c, "db-storage").quantity()).isEqualTo(2.08);
        // Files a month from the stated growth (the two counts stated, 8 surveys and 20 lines a month, leave open which the
        // files are): 50,000 GB x 0.999996 = 49,999.8 GB x 1,000 / 2,500,000 MB = 19.99992 -> 20 files a month
        // x 125,000 vCPU-seconds / 3,600 = 694.44 vCPU-hours x $0.0175 = $12.1527 -> $12.15
        CostLineItem batch = required(c, "media-processor-batch");
        assertThat(batch.quantity()).isEqualTo(694.44);
        assertThat(batch.unit()).isEqualTo("vCPU-hour");
        assertThat(batch.monthly()).isEqualTo(12.15);
        // No function is billed for a file no function can finish
        assertThat(line(c, "media-processor-invocations")).isEmpty();
        assertThat(c.cost().assumptions()).anyMatch(n -> n.startsWith("[file-batch] One file takes 125,000 seconds of one vCPU")
                && n.contains("past the 900 seconds a function may run"));
    }

    @Test
    void xRaysOfTwentyFiveMegabytesAreScannedByAFunction() {
        Consultation c = ValidDossiers.of(DENTAL);

        assertThat(c.c4().containers()).anyMatch(x -> x.id().equals("media-processor") && x.technology().startsWith("Cloud Run functions"));
        // "60 X-rays on a normal day, each about 25 MB": 25 MB. Records 1% (10 MB / 25 MB is above the 1% floor), files 0.99:
        // 650 GB x 0.99 = 643.5 GB x 1,000 / 25 MB = 25,740 files a month x (25 / 20 MB a second = 1.25 seconds) x 2 GB / 1,000
        // = 64.35 thousand GB-seconds x $0.011 = $0.70785 -> $0.71
        CostLineItem compute = required(c, "media-processor-compute");
        assertThat(compute.quantity()).isEqualTo(64.35);
        assertThat(compute.monthly()).isEqualTo(0.71);
        assertThat(line(c, "media-processor-batch")).isEmpty();
    }

    @Test
    void rendersRarelyReadAfterAYearMoveToTheColdClassThen() {
        Consultation c = ValidDossiers.of(RENDERS);

        // "rarely read after a year": 365 days / (365 / 12) = 12 months in the standard class, then the cold class; no cool class
        assertThat(c.cost().assumptions()).anyMatch(n -> n.startsWith("[given-file-lifecycle]") && n.contains("after 12 months")
                && n.contains("\"rarely read after a year\""));
        assertThat(line(c, "file-store-cool-storage")).isEmpty();
        // Records: 10 MB a file / 4,000 MB = 0.0025 of the volume, files 0.9975: 80,000 GB x 0.9975 = 79,800 GB stored before
        // launch, in the cold class from month 1 x $0.0036 (Blob cold tier) = $287.28
        CostLineItem cold = required(c, "file-store-cold-storage");
        assertThat(cold.quantity()).isEqualTo(79_800);
        assertThat(cold.monthly()).isEqualTo(287.28);
        // 4,000 MB / 20 MB a second = 200 seconds, inside Azure Functions' 600: a function, not a batch job
        assertThat(line(c, "media-processor-batch")).isEmpty();
        assertThat(c.c4().containers()).anyMatch(x -> x.id().equals("media-processor") && x.technology().startsWith("Azure Functions"));
    }

    @Test
    void aTaxFileIsARecordNotBinaryContent() {
        Consultation c = ValidDossiers.of(TAX_FILES);

        assertThat(c.c4().containers()).noneMatch(x -> x.kind() == ContainerKind.OBJECT_STORE);
        assertThat(c.cost().items()).noneMatch(i -> i.id().startsWith("file-store") || i.id().startsWith("media-processor"));
    }
}
