package dev.architect.offline;

import static org.assertj.core.api.Assertions.assertThat;

import dev.architect.dossier.Consultation;
import dev.architect.dossier.CostLineItem;
import dev.architect.request.RequestReader;
import org.junit.jupiter.api.Test;

/**
 * The monthly volumes of a request whose peak is a once-a-year opening day follow its usual month, and the three-year TCO
 * adds the months the window falls in at their own totals (the cost's [load-calendar] note); the peak keeps sizing the
 * instances. A race-entry site the code was not written on, its lines worked by hand.
 */
class WindowMonthsArePricedApartTest {

    private static final String MARATHON = """
            system: StrideEntry
            description: >
              Harbourview Marathon sells race entries online for its autumn race. Entries open on 1 February; on opening day
              about 15,000 runners log in within the first two hours and most places sell out. The rest of the year runners
              update their details, transfer entries and download results.
            goals:
              - no place is sold twice when entries open
            actors:
              - {name: Runner, description: "buys an entry, updates details, transfers an entry"}
            capabilities: [race entries, runner profiles, results]
            load: {peakRequestsPerSecond: 400, readWriteRatio: 8, monthlyActiveUsers: 20000}
            """;

    private static CostLineItem line(Consultation c, String name) {
        return c.cost().items().stream().filter(i -> i.name().equals(name)).findFirst()
                .orElseThrow(() -> new AssertionError(name + " not among " + c.cost().items().stream().map(CostLineItem::name).toList()));
    }

    @Test
    void aOnceAYearOpeningDayIsPricedInItsOwnMonthNotInEveryMonth() {
        Consultation c = OfflineArchitect.create().consult(RequestReader.readString(MARATHON));

        // Usual month 2.3148 requests/s (the users basis; MonthlyVolumeFollowsTheLoadCalendarTest), so peak / 172.8:
        // reads 355.56 / 172.8 = 2.0576/s, writes 44.44 / 172.8 = 0.2572/s;
        // egress (2.0576 x 10 KB + 0.2572 x 0.5 KB) x 2,628,000 s / 1,000,000 = 20.7046 x 2.628 = 54.41 GB
        // (before: the same at peak / 3, 3,134.17 GB, $282.08 a month)
        assertThat(line(c, "Internet transfer to users").quantity()).isEqualTo(54.41);
        // logs: 2.31 requests/s x 2,628,000 s x 1 KB x 10% / 1,000,000 = 0.61 GB (before 35.04 GB)
        assertThat(line(c, "Log ingestion").quantity()).isEqualTo(0.61);
        // capacity still from the peak: ceil(400 / 700) = 1, at least one per zone of three = 3 instances
        assertThat(line(c, "StrideEntry application instances").quantity()).isEqualTo(3.0);

        // The window month carries 2,863,333 more requests: 3.4043 / 2.3148 = 1.4707 x the usual volumes, so egress
        // 54.41 x 1.4707 = 80.02 GB (+25.61 GB x $0.09 = $2.30) and logs 0.61 x 1.4707 = 0.90 GB (+0.29 GB x $0.50 = $0.14):
        // $2.44 a window month, once a year, priced at months 12, 24 and 36: the TCO adds 3 x $2.44 = $7.32
        String note = c.cost().assumptions().stream().filter(n -> n.startsWith("[load-calendar]")).findFirst().orElseThrow();
        assertThat(note).contains("months 1, 12, 36 and 60 are usual months").contains("2,863,333 requests")
                .contains(" + $2.44);").contains("= $7.32");
        // Month 1 is a usual month: its total is the line items'
        assertThat(c.cost().monthlyTotalAt(1)).contains(c.cost().monthlyTotal());
    }
}
