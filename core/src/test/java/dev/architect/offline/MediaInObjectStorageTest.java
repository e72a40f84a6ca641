package dev.architect.offline;

import static org.assertj.core.api.Assertions.assertThat;

import dev.architect.dossier.Consultation;
import dev.architect.dossier.CostLineItem;
import dev.architect.request.Availability;
import dev.architect.request.Cloud;
import dev.architect.request.ConsultationRequest;
import dev.architect.request.DataVolume;
import dev.architect.request.Deployment;
import dev.architect.request.Load;
import dev.architect.request.Team;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Large media the request counts and sizes (recordings, photos, scans) are stored in object storage, sized by their own
 * bytes, under the lifecycle the request states; the database keeps the rows that describe them (key, size, checksum).
 */
class MediaInObjectStorageTest {

    private static Optional<CostLineItem> line(Consultation c, String id) {
        return c.cost().items().stream().filter(i -> i.id().equals(id)).findFirst();
    }

    @Test
    void callRecordingsGoToObjectStorageAndMoveToTheArchiveAsStated() {
        Consultation c = OfflineArchitect.create().consult(ConsultationRequest.builder("Callmark", "Quality scoring for an insurer's "
                        + "contact centre. About 3,000 calls a day are recorded; each recording is about 8 MB. Recordings are kept 7 years "
                        + "and move to archive after 90 days.")
                .capabilities("calls", "recordings", "scorecards").load(new Load(80.0, 5.0, 2_000L, null))
                .data(new DataVolume(500.0, 30.0, 7)).availability(new Availability(99.9, 15, 120))
                .team(new Team(5, List.of("Java", "PostgreSQL", "AWS")))
                .deployment(new Deployment(Cloud.AWS, List.of("us-east-1"))).build());

        // The recordings are files: the design has an object store and a row per file with its key, size and checksum
        assertThat(c.dataModel().entities()).anySatisfy(e -> assertThat(e.name()).isEqualTo("stored_file"));
        // 3,000 a day x 365 / 12 = 91,250 recordings a month x 8 MB / 1,000 = 730 GB a month of new files, in the standard class
        // for 90 days / 30 = 3 months: 0 GB at launch, 2,190 GB from month 4
        CostLineItem standard = line(c, "file-store-storage").orElseThrow(() -> new AssertionError(c.cost().items().stream().map(CostLineItem::id).toList()));
        assertThat(standard.quantity()).isZero();
        assertThat(standard.assumption()).contains("3,000 a day x 365 / 12 = 91,250 a month (description \"3,000 calls a day\") x 8 MB a file")
                .contains("= 730 GB a month").contains("2,190 GB from month 4");
        // Then straight to the archive (cold) class, no cool class: records are one 10-KB row a recording / 8 MB, under the 1%
        // floor, so 500 GB x 0.99 files stored before launch = 495 GB x $0.004 = $1.98 (was 450 GB and $1.80 at the 90% split)
        CostLineItem archive = line(c, "file-store-cold-storage").orElseThrow();
        assertThat(archive.quantity()).isEqualTo(495);
        assertThat(archive.monthly()).isEqualTo(1.98);
        assertThat(line(c, "file-store-cool-storage")).isEmpty();
        assertThat(c.cost().assumptions()).anyMatch(n -> n.startsWith("[given-file-lifecycle]") && n.contains("after 3 months")
                && n.contains("\"move to archive after 90 days\""));
        // The database holds the rows, not the bytes: its storage grows by 30 GB x 0.01 records = 0.3 GB a month, not 730
        assertThat(c.cost().items()).filteredOn(i -> i.id().equals("db-storage")).allSatisfy(i -> assertThat(i.assumption()).doesNotContain("730"));
        // The capacity plan names the media bytes beside the data fields' figures
        assertThat(c.capacity().estimate("media-growth").orElseThrow().value()).isEqualTo(730);
        // Each recording runs the media processor once: 91,250 / 1,000,000 = 0.09 million invocations
        assertThat(line(c, "media-processor-invocations").orElseThrow().assumption()).contains("91,250 a month");
    }

    @Test
    void inspectionPhotosCountedAWeekAreSizedByTheirOwnBytes() {
        Consultation c = OfflineArchitect.create().consult(ConsultationRequest.builder("Roofcheck", "Roof inspectors upload about 12,000 "
                        + "photos a week from site visits, 4 MB photos, kept 10 years.")
                .capabilities("inspections", "photos", "reports").load(new Load(60.0, 4.0, 1_500L, null))
                .data(new DataVolume(100.0, 10.0, 10)).team(new Team(4, List.of("Kotlin", "PostgreSQL", "GCP")))
                .deployment(new Deployment(Cloud.GCP, List.of("us-central1"))).build());

        // 12,000 a week x 52 / 12 = 52,000 photos a month x 4 MB / 1,000 = 208 GB a month, not 10 GB x 0.9 = 9 GB
        CostLineItem standard = line(c, "file-store-storage").orElseThrow(() -> new AssertionError(c.cost().items().stream().map(CostLineItem::id).toList()));
        assertThat(standard.assumption()).contains("12,000 a week x 52 / 12 = 52,000 a month").contains("= 208 GB a month")
                .contains("208 GB/month of new files");
    }

    @Test
    void processingAStatedFileIsPricedByItsSizeNotAsOneHundredMillisecondsAnInvocation() {
        Consultation c = OfflineArchitect.create().consult(ConsultationRequest.builder("Callmark", "Quality scoring for an insurer's "
                        + "contact centre. About 3,000 calls a day are recorded; each recording is about 8 MB. Recordings are kept 7 years.")
                .capabilities("calls", "recordings", "scorecards").load(new Load(80.0, 5.0, 2_000L, null))
                .data(new DataVolume(500.0, 30.0, 7)).availability(new Availability(99.9, 15, 120))
                .team(new Team(5, List.of("Java", "PostgreSQL", "AWS")))
                .deployment(new Deployment(Cloud.AWS, List.of("us-east-1"))).build());

        // The processor the design draws scans with ClamAV and previews with libvips (no transcoder), so ClamAV's 20 MB a
        // second sets the pace (file-processing.yaml), not a transcode's 0.5 MB a second:
        // 91,250 recordings a month x (8 MB / 20 MB a second = 0.4 seconds) x 2 GB / 1,000 = 73 thousand GB-seconds
        // x $0.0166667 (Lambda, per 1,000 GB-seconds) = $1.2167 = $1.22 (was 2,920 and $48.67 at the transcode's pace)
        CostLineItem compute = line(c, "media-processor-compute").orElseThrow(() -> new AssertionError(c.cost().items().stream().map(CostLineItem::id).toList()));
        assertThat(compute.quantity()).isEqualTo(73);
        assertThat(compute.unit()).isEqualTo("thousand GB-seconds");
        assertThat(compute.monthly()).isEqualTo(1.22);
        assertThat(compute.assumption()).startsWith("Computed: 91,250 files a month x 0.4 seconds a file (8 MB (stated:")
                .contains("AWS Lambda duration");
        assertThat(c.cost().assumptions()).anyMatch(n -> n.startsWith("[as-file-processing-rate]") && n.contains("the pace of ClamAV, the slowest tool it runs")
                && n.contains("ClamAV scans about 20 MB a second"));
    }

    @Test
    void photosOfAStatedSizeAreProcessedForSecondsOnGoogleCloud() {
        Consultation c = OfflineArchitect.create().consult(ConsultationRequest.builder("Roofcheck", "Roof inspectors upload about 12,000 "
                        + "photos a week from site visits, 4 MB photos, kept 10 years.")
                .capabilities("inspections", "photos", "reports").load(new Load(60.0, 4.0, 1_500L, null))
                .data(new DataVolume(100.0, 10.0, 10)).team(new Team(4, List.of("Kotlin", "PostgreSQL", "GCP")))
                .deployment(new Deployment(Cloud.GCP, List.of("us-central1"))).build());

        // 52,000 photos a month x (4 MB / 20 MB a second, ClamAV's pace = 0.2 seconds) x 2 GB / 1,000 = 20.8 thousand
        // GB-seconds x $0.011 = $0.2288 = $0.23 (was 832 and $9.15 at a transcode's 0.5 MB a second, for a scan and a thumbnail)
        CostLineItem compute = line(c, "media-processor-compute").orElseThrow(() -> new AssertionError(c.cost().items().stream().map(CostLineItem::id).toList()));
        assertThat(compute.quantity()).isEqualTo(20.8);
        assertThat(compute.monthly()).isEqualTo(0.23);
    }
}
