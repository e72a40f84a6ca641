package dev.architect.offline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.architect.dossier.Consultation;
import dev.architect.dossier.Estimate;
import dev.architect.request.RequestReader;
import org.junit.jupiter.api.Test;

/**
 * Each part's reads and writes follow from what it does, not from a default: a capability nothing describes takes a
 * typical weight (an assumption the dossier states), never the largest; positions sent on an interval by a stated
 * population are the receiving capability's writes, on top of the stated load, and the system totals say so; a
 * capability that serves whole files reads one request per download, the same count the egress is priced on.
 */
class PartLoadsFollowWhatEachPartDoesTest {

    private static final OfflineArchitect ARCHITECT = OfflineArchitect.create();

    /** A bookshop with a service per capability (a team of 40); gift wrapping is described by no archetype, shape or record. */
    private static final String GIFTS = """
            system: Paperlane
            description: >
              An online bookshop for Canada. Shoppers browse the catalogue, keep a cart and order; they can rate the books
              they bought. Staff export the month's orders for the accountants. Shoppers can ask for gift wrapping.
            actors:
              - {name: Shopper, description: browses and buys books}
              - {name: Accountant, description: staff who export the orders each month}
            capabilities: [catalogue, ratings, order export, gift wrapping]
            load: {peakRequestsPerSecond: 2000, readWriteRatio: 9, audience: regional}
            team: {size: 40}
            deployment: {cloud: aws, regions: [ca-central-1]}
            """;

    @Test
    void aCapabilityNothingDescribesTakesATypicalWeightNotTheLargest() {
        Consultation c = ARCHITECT.consult(RequestReader.readString(GIFTS));

        // Peak 2,000 requests/s at 9 reads per write: 1,800 reads/s and 200 writes/s, shared by weight.
        // Described: catalogue (commerce) 1, 1; ratings (review records) 0.5, 0.05; order export (data export) 0.02, 0.01.
        // Their medians: reads 0.5, writes 0.05. The median of every profile in load-profiles.yaml: 0.25 and 0.1 (an even count
        // of profiles since the action shapes: the mean of the middle two reads, 0.2 and 0.3).
        // Gift wrapping takes the lower of each: 0.25 of reads, 0.05 of writes (before: an equal weight of 1 and 1, the
        // catalogue's, which gave it 1,800 / 2.52 + 200 / 2.06 = 811.38 requests/s).
        // Sums: reads 1 + 0.5 + 0.02 + 0.25 = 1.77; writes 1 + 0.05 + 0.01 + 0.05 = 1.11.
        // catalogue:     1,800 x 1 / 1.77 = 1,016.95  + 200 x 1 / 1.11 = 180.18    = 1,197.13 requests/s
        // ratings:       1,800 x 0.5 / 1.77 = 508.47  + 200 x 0.05 / 1.11 = 9.01   =   517.48 requests/s
        // order export:  1,800 x 0.02 / 1.77 = 20.34  + 200 x 0.01 / 1.11 = 1.8    =    22.14 requests/s
        // gift wrapping: 1,800 x 0.25 / 1.77 = 254.24 + 200 x 0.05 / 1.11 = 9.01   =   263.25 requests/s
        // 1,197.13 + 517.48 + 22.14 + 263.25 = 2,000: the system's peak is unchanged.
        assertThat(estimate(c, "load-catalogue-service").value()).isCloseTo(1197.13, within(0.01));
        assertThat(estimate(c, "load-ratings-service").value()).isCloseTo(517.48, within(0.01));
        assertThat(estimate(c, "load-order-export-service").value()).isCloseTo(22.14, within(0.01));
        assertThat(estimate(c, "load-gift-wrapping-service").value()).isCloseTo(263.25, within(0.01));
        assertThat(c.cost().assumptions()).anyMatch(a -> a.startsWith("[as-part-load]")
                && a.contains("gift wrapping: 0.25 of reads, 0.05 of writes (nothing in the request or the design says how often it is used, "
                        + "so it takes a typical capability's weight, an assumption: the lower of the median of the ")
                && a.contains("profiles in load-profiles.yaml (0.25 of reads, 0.1 of writes) and the median of this request's 3 described "
                        + "capabilities (0.5 of reads, 0.05 of writes)) = 254.24 reads/s and 9.01 writes/s"));
    }

    /** A grocery delivery service whose couriers send their position on an interval, more often than the stated peak holds. */
    private static final String GROCERIES = """
            system: Crateway
            description: >
              A grocery delivery service in three Polish cities. Customers fill a shopping cart from local shops and watch the
              courier on a map. 3,000 couriers send their position every 5 seconds while on shift. Shops pack the orders;
              couriers are paid weekly.
            actors:
              - {name: Customer, description: orders groceries and tracks the courier}
              - {name: Courier, description: delivers orders with a phone app}
            capabilities: [shopping cart, courier dispatch, payouts]
            load: {peakRequestsPerSecond: 400, readWriteRatio: 4, monthlyActiveUsers: 300000}
            team: {size: 30, expertise: [Kotlin, PostgreSQL]}
            deployment: {cloud: gcp, regions: [europe-central2]}
            """;

    @Test
    void positionsSentOnAnIntervalAreTheReceiverWritesOnTopOfTheStatedLoad() {
        Consultation c = ARCHITECT.consult(RequestReader.readString(GROCERIES));

        // Stated: 400 requests/s at 4 reads per write = 80 writes/s and 320 reads/s. The couriers: 3,000 / 5 s = 600
        // writes/s, more than the stated peak, so they come on top (the stated totals are a floor, not a cap):
        // writes 80 + 600 = 680, reads 320, peak 1,000 - and the peak's basis says so.
        // Courier dispatch (geo-dispatch) receives the 600; the 80 writes/s of people are shared by weight:
        // shopping cart (commerce) 1, 1; courier dispatch 1, and 1 of writes beside the reports (its jobs and offers: its
        // weight of 3 counts the positions, which are counted apart); payouts (outgoing payments) 0.02, 0.02.
        // Sums: reads 2.02, writes 2.02.
        // shopping cart:    320 x 1 / 2.02 = 158.42    + 80 x 1 / 2.02 = 39.6              = 198.02 requests/s
        // courier dispatch: 158.42 + 80 x 1 / 2.02 = 39.6 + 600                          = 798.02 requests/s
        // payouts:          320 x 0.02 / 2.02 = 3.17   + 80 x 0.02 / 2.02 = 0.79           =   3.96 requests/s
        // 198.02 + 798.02 + 3.96 = 1,000.
        assertThat(estimate(c, "peak-writes").value()).isEqualTo(680.0);
        assertThat(estimate(c, "peak-rps").value()).isEqualTo(1000.0);
        assertThat(estimate(c, "peak-rps").basis()).contains("80 writes/s and 320 reads/s from load.peakRequestsPerSecond 400 at 4 reads per write, "
                + "plus the devices' 3,000 devices / 5 s = 600 writes/s");
        assertThat(estimate(c, "load-shopping-cart-service").value()).isCloseTo(198.02, within(0.01));
        assertThat(estimate(c, "load-courier-dispatch-service").value()).isCloseTo(798.02, within(0.01));
        assertThat(estimate(c, "load-payouts-service").value()).isCloseTo(3.96, within(0.01));
        assertThat(c.cost().assumptions()).anyMatch(a -> a.startsWith("[as-part-load]")
                && a.contains("courier dispatch receives the 600 writes/s the request says are sent on an interval"));
    }

    /** A lecture library, read-heavy, whose audio downloads are files of a stated size (one application unit, a team of 20). */
    private static final String LECTURES = """
            system: Lectern
            description: >
              An audiobook and lecture library for universities. Students search the lectures and fetch audio downloads of recorded lectures
              (about 200 MB of audio each); lecturers upload recordings. Usage is mostly reading.
            actors:
              - {name: Student, description: listens to lectures and reads course pages}
              - {name: Lecturer, description: uploads recordings}
            capabilities: [lecture search, audio downloads, recording upload]
            load: {peakRequestsPerSecond: 3000, readWriteRatio: 300, monthlyActiveUsers: 400000, audience: global}
            team: {size: 20}
            deployment: {cloud: aws, regions: [us-east-1]}
            """;

    @Test
    void aCapabilityThatServesFilesReadsOneRequestPerDownloadTheEgressCounts() {
        Consultation c = ARCHITECT.consult(RequestReader.readString(LECTURES));

        // 3,000 requests/s at 300 reads per write: 9.97 writes/s and 2,990.03 reads/s. The files' size is stated but no
        // download count: 1% of the average reads download a whole file (assumption as-file-downloads):
        // 2,990.03 / 3 = 996.68 reads/s on average x 1% = 9.97 downloads/s, 26,192,663 a month; 29.9 at peak (x 3).
        // Audio downloads (media delivery) reads those 29.9, one read a download - before, a weight of 1 among 2.3 gave it
        // 2,990.03 / 2.3 = 1,300.01 reads/s, 43 times the downloads the egress is priced on.
        // The other 2,990.03 - 29.9 = 2,960.13 reads/s go by weight: lecture search (search) 1, recording upload (files) 0.3:
        // lecture search 2,960.13 / 1.3 = 2,277.02; recording upload 2,960.13 x 0.3 / 1.3 = 683.11.
        // Writes by weight 0.05, 0.01, 0.1 (sum 0.16): 3.12, 0.62 and 6.23 writes/s.
        assertThat(estimate(c, "file-downloads").value()).isEqualTo(26_192_663.0);
        assertThat(c.cost().assumptions()).anyMatch(a -> a.startsWith("[as-part-load]")
                && a.contains("2,960.13 reads/s (the 2,990.03 less the 29.9 file downloads/s audio downloads serves) x its read weight / 1.3")
                && a.contains("audio downloads: the 29.9 file downloads/s at peak (9.97 on average x 3, from 26,192,663 downloads a month")
                && a.contains("= 29.9 reads/s and 0.62 writes/s")
                && a.contains("lecture search: 1 of reads, 0.05 of writes (")
                && a.contains("= 2,277.02 reads/s and 3.12 writes/s")
                && a.contains("= 683.11 reads/s and 6.23 writes/s"));
        assertThat(estimate(c, "load-app").value()).isEqualTo(3000.0);
    }

    private static Estimate estimate(Consultation c, String id) {
        return c.capacity().estimates().stream().filter(e -> e.id().equals(id)).findFirst().orElseThrow(() -> new AssertionError(id));
    }
}
