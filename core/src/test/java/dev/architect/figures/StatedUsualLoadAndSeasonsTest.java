package dev.architect.figures;

import static org.assertj.core.api.Assertions.assertThat;

import dev.architect.request.RequestReader;
import org.junit.jupiter.api.Test;

/**
 * The workload's average follows the load as the client states it: a stated usual rate is the usual month's average
 * (not the peak over a ratio), and a stated season spreads the load over the calendar months, month 1 being January.
 * Requests of domains the code was not written on, each figure worked by hand.
 */
class StatedUsualLoadAndSeasonsTest {

    private static Workload workload(String description, String capabilities, String load) {
        return Workload.of(RequestReader.readString("system: X\ndescription: >\n  " + description + "\ncapabilities: " + capabilities
                + "\nload: " + load + "\n"));
    }

    @Test
    void aStatedUsualRateIsTheAverageNotThePeakOverThree() {
        Workload w = workload("Clerks and lawyers file court papers online. On a normal day the portal sees about 600 requests a minute; "
                + "the peak is 900 requests per second.", "[filings, case lookup]", "{peakRequestsPerSecond: 900, readWriteRatio: 4, monthlyActiveUsers: 5000}");
        // 600 a minute / 60 = 10 requests/s, stated; before: 900 / 3 = 300 requests/s billed every month (30 times too much)
        assertThat(w.averageRps()).isEqualTo(10.0);
        assertThat(w.peakRps()).isEqualTo(900.0);
        assertThat(w.averageBasis()).contains("10 requests/s as stated").contains("description \"600 requests a minute\"")
                .contains("normal day");
    }

    @Test
    void aStatedUsualRateAtOrAboveThePeakIsNotTakenAsTheAverage() {
        Workload w = workload("On a normal day the portal sees about 2,000 requests per second.", "[filings]",
                "{peakRequestsPerSecond: 900, readWriteRatio: 4, monthlyActiveUsers: 5000}");
        // 2,000 >= the peak 900: not a usual rate of this peak, the usual day's curve stands (900 / 3 = 300)
        assertThat(w.averageBasis()).doesNotContain("as stated");
        assertThat(w.averageRps()).isEqualTo(300.0);
    }

    @Test
    void twoSummerMonthsAtFiveTimesTheBaseMonthAreFiveTimesJanuary() {
        String load = "{peakRequestsPerSecond: 1200, readWriteRatio: 9, monthlyActiveUsers: 80000}";
        Workload flat = workload("Visitors book guided boat tours on the lake online.", "[tour bookings]", load);
        Workload w = workload("Visitors book guided boat tours on the lake online. July and August carry five times the booking traffic of "
                + "November.", "[tour bookings]", load);
        // no season: 1200 / 3 = 400 requests/s (the consumers' day)
        assertThat(flat.averageRps()).isEqualTo(400.0);
        assertThat(flat.loadMonths().seasonal()).isFalse();
        // the peak is July's and August's: their average 400; November and the months named neither way (assumption) at
        // 400 / 5 = 80; January, month 1, is a base month: the workload's average is 80
        assertThat(w.averageRps()).isEqualTo(80.0);
        assertThat(w.inCalendarMonth(7).averageRps()).isEqualTo(400.0);
        assertThat(w.inCalendarMonth(8).averageRps()).isEqualTo(400.0);
        assertThat(w.inCalendarMonth(11).averageRps()).isEqualTo(80.0);
        assertThat(w.inCalendarMonth(3)).isSameAs(w);
        // the peak, and so capacity, is unchanged in every month
        assertThat(w.inCalendarMonth(7).peakRps()).isEqualTo(1200.0);
        // the year's requests: (10 x 80 + 2 x 400) x 2,628,000 = 1,600 x 2,628,000 = 4,204,800,000, not 12 x 400 x 2,628,000
        double year = 0;
        for (int m = 1; m <= 12; m++) {
            year += w.inCalendarMonth(m).averageRps() * Workload.SECONDS_PER_MONTH;
        }
        assertThat(year).isEqualTo(4_204_800_000.0);
        assertThat(w.assumptions()).anyMatch(a -> a.id().equals("as-season-other-months-at-base") && a.statement().contains("July, August at 5 times November"));
    }

    @Test
    void aUsualRateAndASeasonTogetherPutTheUsualRateInTheBaseMonths() {
        Workload w = workload("Skiers buy lift passes online. Most of the year the shop sees about 25 requests per second. December and February "
                + "carry three times the traffic of October.", "[lift passes]", "{peakRequestsPerSecond: 1800, readWriteRatio: 8, monthlyActiveUsers: 300000}");
        // 25 stated is the base; January is left out by the sentence, so at the base (assumption): 25; December and February 3 x 25 = 75
        assertThat(w.averageRps()).isEqualTo(25.0);
        assertThat(w.inCalendarMonth(2).averageRps()).isEqualTo(75.0);
        assertThat(w.inCalendarMonth(12).averageRps()).isEqualTo(75.0);
        assertThat(w.inCalendarMonth(10).averageRps()).isEqualTo(25.0);
    }

    @Test
    void aSeasonWithNoBaseMonthIsComparedWithTheMonthsItLeavesOutUnderAnAssumption() {
        Workload w = workload("Gardeners order plants and seeds online. In April and May traffic is four times higher.", "[plant orders]",
                "{peakRequestsPerSecond: 400, readWriteRatio: 12, monthlyActiveUsers: 50000}");
        // no month to compare with: the ten others are the base (assumption as-season-base-other-months);
        // the peak's months average 400 / 3 = 133.33; the base 133.33 / 4 = 33.3325 (4 decimals of 133.33 / 4)
        assertThat(w.averageRps()).isEqualTo(33.3325);
        assertThat(w.inCalendarMonth(4).averageRps()).isEqualTo(133.33);
        assertThat(w.assumptions()).anyMatch(a -> a.id().equals("as-season-base-other-months"));
    }
}
