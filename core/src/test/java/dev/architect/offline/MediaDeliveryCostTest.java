package dev.architect.offline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.architect.dossier.Consultation;
import dev.architect.dossier.Container;
import dev.architect.dossier.CostLineItem;
import dev.architect.request.Cloud;
import dev.architect.request.ConsultationRequest;
import dev.architect.request.DataVolume;
import dev.architect.request.Deployment;
import dev.architect.request.Load;
import dev.architect.request.Team;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Files served to many people are priced on their bytes: downloads x the stated size through the CDN, apart from the
 * API reads; the files live in object storage only, so the database, its backups and the warehouse hold the records
 * that describe them; ads stitched into each download put a stitcher sized by the bytes it streams in the download path,
 * and the CDN caches no stitched download whole.
 */
class MediaDeliveryCostTest {

    private static Consultation consult(String description, String... capabilities) {
        return OfflineArchitect.create().consult(ConsultationRequest.builder("Wavelet", description)
                .capabilities(capabilities)
                // 3,000 requests/s at 999 reads a write: 3 writes/s and 2,997 reads/s at peak, 999 reads/s on average (peak / 3)
                .load(new Load(3000.0, 999.0, null, null, null))
                .data(new DataVolume(1000.0, 100.0, 5))
                .team(new Team(5, List.of("Python", "PostgreSQL", "AWS")))
                .deployment(new Deployment(Cloud.AWS, List.of("us-east-1"))).build());
    }

    private static CostLineItem line(Consultation c, String id) {
        return c.cost().items().stream().filter(i -> i.id().equals(id)).findFirst()
                .orElseThrow(() -> new AssertionError(id + " not in " + c.cost().items().stream().map(CostLineItem::id).toList()));
    }

    private static double sum(Consultation c, String idPrefix) {
        return c.cost().items().stream().filter(i -> i.id().equals(idPrefix) || i.id().startsWith(idPrefix + "-tier"))
                .mapToDouble(CostLineItem::quantity).sum();
    }

    private static final String EPISODES = "Creators upload episodes (about 50 MB of audio each); listeners download them from the shows' RSS feeds. "
            + "We insert ads into each episode at download time.";

    @Test
    void downloadsOfAStatedSizeAreTransferredAtThatSizeApartFromTheApiReads() {
        Consultation c = consult(EPISODES, "episode upload", "rss feeds", "audio delivery", "ad insertion");

        // 999 reads/s on average x 1% that download a whole file = 9.99 downloads/s x 2,628,000 s = 26,253,720 downloads a month
        assertThat(c.capacity().estimate("file-downloads").orElseThrow().value()).isEqualTo(26_253_720);
        // 26,253,720 x 50 MB / 1,000 = 1,312,686 GB of files + (999 - 9.99 = 989.01 reads/s x 10 KB + 1 write/s x 0.5 KB)
        // x 2,628,000 s / 1,000,000 = 25,992.5 GB of API responses: 1,338,678.5 GB a month
        assertThat(c.capacity().estimate("egress").orElseThrow().value()).isCloseTo(1_338_678.5, within(1.0));
        assertThat(c.capacity().estimate("egress").orElseThrow().basis()).contains("x 50 MB (stated: description \"episodes (about 50 MB\")")
                .contains("989.01 reads/s x 10 KB");
        // Every file download passes the CDN: its transfer lines carry the 1,312,686 GB of files and the cacheable API reads
        assertThat(sum(c, "cdn-egress")).isGreaterThan(1_312_686);
        assertThat(c.cost().assumptions()).anyMatch(n -> n.startsWith("[as-file-downloads]") && n.contains("1% of reads download a whole file"));
    }

    @Test
    void filesOfAStatedSizeLiveInObjectStorageAndTheDatabaseKeepsTheirRecords() {
        Consultation c = consult(EPISODES, "episode upload", "rss feeds", "audio delivery", "ad insertion");

        // Records: 10 KB a file / 50 MB = 0.02% of the bytes, raised to the 1% floor: 1,000 GB x 0.99 = 990 GB of files
        // stored before launch, in object storage; 1,000 GB x 0.01 = 10 GB of records in the database
        assertThat(line(c, "file-store-cool-storage").quantity()).isEqualTo(990);
        assertThat(c.cost().assumptions()).anyMatch(n -> n.startsWith("[as-object-data]") && n.contains("are 99% of the stated volume")
                && n.contains("10 KB / 50 MB = 0.02% of the bytes"));
        // The database holds 10 GB x 1.3 (indexes) x 2 (primary and standby disks) = 26 GB, never the 1,000 GB of audio;
        // its backups one copy, 13 GB
        assertThat(line(c, "db-storage").quantity()).isEqualTo(26);
        assertThat(c.cost().items()).filteredOn(i -> i.id().startsWith("db-backup")).allSatisfy(i -> assertThat(i.quantity()).isLessThanOrEqualTo(13));
    }

    @Test
    void adsStitchedIntoEachDownloadPutAStitcherSizedByItsBytesInTheDownloadPath() {
        Consultation c = consult(EPISODES, "episode upload", "rss feeds", "audio delivery", "ad insertion");

        assertThat(c.c4().containers()).extracting(Container::id).contains("ad-stitcher", "ad-decision", "file-store", "media-edge");
        // 9.99 downloads/s on average x 3 = 29.97 at peak x 50 MB = 1,498.5 MB/s / (100 MB/s x 70%) = 21.41, so 22 instances
        CostLineItem stitcher = line(c, "ad-stitcher-instances");
        assertThat(stitcher.quantity()).isEqualTo(22);
        assertThat(stitcher.assumption()).contains("29.97 downloads/s at peak").contains("1,498.5 MB/s");
        // A stitched download is made for one listener: the CDN caches none whole, so all 1,312,686 GB come from the stitcher,
        // plus 20% of the other reads' transfer
        assertThat(line(c, "origin-fill").quantity()).isGreaterThanOrEqualTo(1_312_686);
        assertThat(c.cost().assumptions()).anyMatch(n -> n.startsWith("[as-stitched-hit-ratio]") && n.contains("hit ratio for stitched downloads is 0%"));
    }

    @Test
    void filesServedAsTheyAreAreCachedAtTheEdgeWithNoStitcher() {
        Consultation c = consult("Lecturers upload audio files of 30 MB; students download them through the course pages.",
                "lecture uploads", "media delivery", "course pages");

        assertThat(c.c4().containers()).extracting(Container::id).contains("file-store").doesNotContain("ad-stitcher", "ad-decision");
        // 9.99 downloads/s x 2,628,000 s = 26,253,720 downloads a month x 30 MB / 1,000 = 787,611.6 GB of files
        assertThat(c.capacity().estimate("file-downloads").orElseThrow().value()).isEqualTo(26_253_720);
        // The CDN answers 80% of them from its cache: origin fill is 20% of what it carries, far below the files' 787,611.6 GB
        double carried = sum(c, "cdn-egress");
        assertThat(carried).isGreaterThan(787_611.6);
        assertThat(line(c, "origin-fill").quantity()).isCloseTo(carried * 0.2, within(1.0));
        assertThat(c.cost().assumptions()).noneMatch(n -> n.startsWith("[as-stitched-hit-ratio]"));
    }

    @Test
    void withoutAStatedSizeReadsStayApiResponses() {
        Consultation c = consult("Members share notes and read each other's posts.", "notes", "posts");

        // No file size: no file downloads; 999 reads/s x 10 KB + 3 / 3 = 1 write/s x 0.5 KB on average x 2,628,000 s / 1,000,000
        // = 26,255.03 GB a month
        assertThat(c.capacity().estimate("file-downloads")).isEmpty();
        assertThat(c.capacity().estimate("egress").orElseThrow().value()).isCloseTo(26_255.03, within(0.1));
    }
}
