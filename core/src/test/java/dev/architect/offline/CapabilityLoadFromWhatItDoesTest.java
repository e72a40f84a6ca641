package dev.architect.offline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.architect.dossier.Consultation;
import dev.architect.dossier.Estimate;
import dev.architect.request.RequestReader;
import org.junit.jupiter.api.Test;

/**
 * Without a stated load per capability, each capability's part of the reads and writes follows from what it does
 * (load-profiles.yaml): a back-office export takes a small share, and positions sent on an interval land on the
 * capability that receives them. The system's reads and writes stay as stated.
 */
class CapabilityLoadFromWhatItDoesTest {

    private static final OfflineArchitect ARCHITECT = OfflineArchitect.create();

    /** A bookshop with a service per capability (a team of 40), one region, regional audience (no CDN). */
    private static final String BOOKSHOP = """
            system: Paperlane
            description: >
              An online bookshop for Canada. Shoppers browse the catalogue, keep a cart and order; they can rate the books
              they bought. Staff export the month's orders for the accountants.
            actors:
              - {name: Shopper, description: browses and buys books}
              - {name: Accountant, description: staff who export the orders each month}
            capabilities: [catalogue, ratings, order export]
            load: {peakRequestsPerSecond: 2000, readWriteRatio: 9, audience: regional}
            team: {size: 40}
            deployment: {cloud: aws, regions: [ca-central-1]}
            """;

    @Test
    void aBackOfficeExportTakesASmallShareAndTheCatalogueMostOfIt() {
        Consultation c = ARCHITECT.consult(RequestReader.readString(BOOKSHOP));

        // Peak 2,000 requests/s at 9 reads per write: 1,800 reads/s and 200 writes/s, shared by weight.
        // Weights (reads, writes): catalogue (commerce) 1, 1; ratings (review records) 0.5, 0.05; order export (data export) 0.02, 0.01.
        // Sums: reads 1 + 0.5 + 0.02 = 1.52; writes 1 + 0.05 + 0.01 = 1.06.
        // catalogue:    1,800 x 1 / 1.52 = 1,184.21 + 200 x 1 / 1.06 = 188.68       = 1,372.89 requests/s
        // ratings:      1,800 x 0.5 / 1.52 = 592.11 + 200 x 0.05 / 1.06 = 9.43     =   601.54 requests/s
        // order export: 1,800 x 0.02 / 1.52 = 23.68 + 200 x 0.01 / 1.06 = 1.89     =    25.57 requests/s
        // 1,372.89 + 601.54 + 25.57 = 2,000: the system's peak is unchanged.
        assertThat(estimate(c, "load-catalogue-service").value()).isCloseTo(1372.89, within(0.01));
        assertThat(estimate(c, "load-ratings-service").value()).isCloseTo(601.54, within(0.01));
        assertThat(estimate(c, "load-order-export-service").value()).isCloseTo(25.57, within(0.01));
        assertThat(estimate(c, "peak-reads").value()).isEqualTo(1800.0);
        assertThat(estimate(c, "peak-writes").value()).isEqualTo(200.0);
    }

    @Test
    void aRenderedPdfExportIsWeighedAsAnExportNotAnEqualShare() {
        Consultation c = ARCHITECT.consult(RequestReader.readString(BOOKSHOP.replace("order export]", "PDF export]")
                .replace("Staff export the month's orders for the accountants.", "Staff export each month's orders as a PDF for the accountants.")));

        // The PDF export is designed as a rendered export (a render job and a signed link): 0.02 of reads, 0.01 of writes,
        // as the data export is. 1,800 x 0.02 / 1.52 = 23.68 reads/s and 200 x 0.01 / 1.06 = 1.89 writes/s (an equal
        // share would have been a third of each: 600 reads/s and 66.67 writes/s).
        assertThat(c.cost().assumptions()).anyMatch(a -> a.startsWith("[as-part-load]")
                && a.contains("PDF export: 0.02 of reads, 0.01 of writes (") && a.contains("= 23.68 reads/s and 1.89 writes/s"));
        assertThat(estimate(c, "load-pdf-export-service").value()).isCloseTo(25.57, within(0.01));
    }

    @Test
    void eachPartSaysWhereItsShareCameFrom() {
        Consultation c = ARCHITECT.consult(RequestReader.readString(BOOKSHOP));

        assertThat(c.cost().assumptions()).anyMatch(a -> a.startsWith("[as-part-load] The request gives no load per capability, so each takes a weight")
                && a.contains("1,800 reads/s x its read weight / 1.52 and 200 writes/s x its write weight / 1.06")
                && a.contains("order export: 0.02 of reads, 0.01 of writes (")
                && a.contains("= 23.68 reads/s and 1.89 writes/s"));
        assertThat(estimate(c, "load-order-export-service").basis()).contains("assumption as-part-load");
    }

    /** A repair company whose technicians send their position on an interval; a service per capability (a team of 30). */
    private static final String REPAIRS = """
            system: Mendwell
            description: >
              A home-appliance repair company in Spain books repair visits and sends technicians to them. 4,000 technicians
              send their position every 30 seconds while on shift so the dispatcher sees them on a map and customers see the
              technician approach. Customers pay the invoice after the visit; office staff download monthly reports.
            goals: [a technician assigned within 2 minutes of a booking, customers see the technician approach]
            actors:
              - {name: Customer, description: books a repair and pays the invoice}
              - {name: Technician, description: takes jobs on a phone app}
              - {name: Dispatcher, description: office staff who watch the map and reassign jobs}
            capabilities: [repair booking, technician dispatch, invoice payment, monthly reports]
            load: {peakRequestsPerSecond: 600, readWriteRatio: 3, monthlyActiveUsers: 200000}
            team: {size: 30, expertise: [Java, PostgreSQL]}
            deployment: {cloud: aws, regions: [eu-south-2]}
            """;

    @Test
    void positionsSentOnAnIntervalAreWritesOfTheCapabilityThatReceivesThem() {
        Consultation c = ARCHITECT.consult(RequestReader.readString(REPAIRS));

        // Peak 600 requests/s at 3 reads per write: 450 reads/s and 150 writes/s.
        // 4,000 technicians / 30 s = 133.33 position writes/s, all technician dispatch's (dispatch receives reports).
        // The 150 - 133.33 = 16.67 writes/s left go by weight: repair booking (booking) 1, technician dispatch (dispatch) 1
        // (its writes beside the reports, counted apart: the jobs and offers; its weight of 3 counts the positions too),
        // invoice payment (payments) 0.3, monthly reports (report records) 0.01: 2.31 in all.
        // Reads by weight 1, 1, 0.05 and 0.05: 2.1 in all, 450 / 2.1 = 214.29 for a weight of 1.
        // repair booking:      214.29 + 16.67 x 1 / 2.31 = 7.22                       = 221.50 requests/s
        // technician dispatch: 214.29 + 16.67 x 1 / 2.31 = 7.22 + 133.33             = 354.83 requests/s
        // invoice payment:     450 x 0.05 / 2.1 = 10.71 + 16.67 x 0.3 / 2.31 = 2.16   =  12.88 requests/s
        // monthly reports:     10.71 + 16.67 x 0.01 / 2.31 = 0.07                     =  10.79 requests/s
        // 221.50 + 354.83 + 12.88 + 10.79 = 600 (rounded to the cent).
        assertThat(estimate(c, "load-repair-booking-service").value()).isCloseTo(221.50, within(0.01));
        assertThat(estimate(c, "load-technician-dispatch-service").value()).isCloseTo(354.83, within(0.01));
        assertThat(estimate(c, "load-invoice-payment-service").value()).isCloseTo(12.88, within(0.01));
        assertThat(estimate(c, "load-monthly-reports-service").value()).isCloseTo(10.79, within(0.01));
        assertThat(c.cost().assumptions()).anyMatch(a -> a.startsWith("[as-part-load]")
                && a.contains("technician dispatch receives the 133.33 writes/s the request says are sent on an interval")
                && a.contains("4,000 technicians send their position every 30 seconds"));
    }

    private static Estimate estimate(Consultation c, String id) {
        return c.capacity().estimates().stream().filter(e -> e.id().equals(id)).findFirst().orElseThrow(() -> new AssertionError(id));
    }
}
