package dev.architect.figures;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.architect.request.ConsultationRequest;
import dev.architect.request.RequestReader;
import org.junit.jupiter.api.Test;

/**
 * The month's average follows the load's calendar: the usual day's curve of who makes the load (daily-load-shapes.yaml),
 * and the windows the request states (load-calendar-words.yaml); the stated peak keeps sizing capacity. Requests of four
 * domains the code was not written on, each figure worked by hand.
 */
class MonthlyVolumeFollowsTheLoadCalendarTest {

    private static Workload workload(String yaml) {
        ConsultationRequest r = RequestReader.readString(yaml);
        return Workload.of(r);
    }

    @Test
    void aOnceAYearOpeningDayRushIsAddedToItsMonthNotToEveryMonth() {
        Workload w = workload("""
                system: StrideEntry
                description: >
                  Harbourview Marathon sells race entries online for its autumn race. Entries open on 1 February; on opening day
                  about 15,000 runners log in within the first two hours and most places sell out. The rest of the year runners
                  update their details, transfer entries and download results.
                actors:
                  - {name: Runner, description: "buys an entry, updates details, transfers an entry"}
                capabilities: [race entries, runner profiles, results]
                load: {peakRequestsPerSecond: 400, readWriteRatio: 8, monthlyActiveUsers: 20000}
                """);
        // The peak still sizes capacity
        assertThat(w.peakRps()).isEqualTo(400.0);
        // Usual month: 20,000 users x 304.17 requests (general web: 6.0833 visits x 50) = 6,083,400 / 2,628,000 s = 2.3148 requests/s,
        // below the ceiling 400 / 3 = 133.33; before: 400 / 3 = 133.33 requests/s = 350.4 M requests every month
        assertThat(w.averageRps()).isEqualTo(2.3148);
        // Opening day's 2 hours (shorter than the consumers' 4 peak hours) run at the peak: 2 x 3,600 x (400 - 2.3148)
        // = 7,200 x 397.6852 = 2,863,333 requests more, once a year
        assertThat(w.windowRequests()).isEqualTo(2_863_333.0);
        assertThat(w.windowsAYear()).isEqualTo(1.0);
        assertThat(w.averageBasis()).contains("2 h x 3,600 s x (400 - 2.3148) = 2,863,333").contains("as-named-day-yearly");
        // The window month: 2.3148 + 2,863,333 / 2,628,000 = 2.3148 + 1.089548 = 3.404348, 3.4043 requests/s
        Workload opening = w.inWindowMonth();
        assertThat(opening.averageRps()).isEqualTo(3.4043);
        assertThat(opening.peakRps()).isEqualTo(400.0);
        // Monthly requests, usual month: 2.3148 x 2,628,000 = 6,083,294 (the users' 6,083,400 less rounding); window month
        // 3.4043 x 2,628,000 = 8,946,500
        assertThat(w.averageRps() * Workload.SECONDS_PER_MONTH).isCloseTo(6_083_294, within(1.0));
        assertThat(opening.averageRps() * Workload.SECONDS_PER_MONTH).isCloseTo(8_946_500, within(1.0));
    }

    @Test
    void aMonthEndCloseOfAWorkforceIsCarriedByEveryMonth() {
        Workload w = workload("""
                system: Ledgerline
                description: >
                  Ledgerline is the finance department's month-end close tool for a retail group of 40 companies. Accountants post
                  journals and reconciliations all month, and the load peaks in the last three days of each month while the books
                  are closed. Controllers approve journals over a threshold.
                actors:
                  - {name: Accountant, description: "posts journals and reconciliations"}
                  - {name: Controller, description: "approves journals over the threshold"}
                capabilities: [journals, reconciliations, approvals]
                load: {peakRequestsPerSecond: 120, readWriteRatio: 4, monthlyActiveUsers: 400}
                """);
        // Staff only: the business-day curve, 168 / (8 x 5 + 0.05 x 128) = 3.62
        // Usual month: 400 users x 160 requests = 64,000 / 2,628,000 = 0.0244 requests/s (below 120 / 3.62 = 33.15)
        // Close: 72 h (3 days) longer than the 8 peak hours, so on the day's curve: 120 / 3.62 = 33.15 requests/s;
        // 72 x 3,600 x (33.15 - 0.0244) = 259,200 x 33.1256 = 8,586,156 requests, 12 a year / 12 = every month:
        // 0.0244 + 8,586,156 / 2,628,000 = 0.0244 + 3.2672 = 3.2916 requests/s; before: 120 / 3 = 40 requests/s (105 M a month)
        assertThat(w.averageRps()).isEqualTo(3.2916);
        assertThat(w.windowRequests()).isZero();
        assertThat(w.inWindowMonth()).isSameAs(w);
        assertThat(w.averageBasis()).contains("72 h x 3,600 s x (33.15 - 0.0244) = 8,586,156").contains("in every month");
        // 3.2916 x 2,628,000 = 8,650,325 requests a month
        assertThat(w.averageRps() * Workload.SECONDS_PER_MONTH).isCloseTo(8_650_325, within(1.0));
    }

    @Test
    void aStaffToolOfBusinessHoursAveragesItsPeakOverTheWorkingWeek() {
        Workload w = workload("""
                system: ClaimDesk
                description: >
                  ClaimDesk is the back office where an insurer's claims handlers settle motor claims and team leads approve
                  payments above their limit. Fraud analysts review flagged claims.
                actors:
                  - {name: Claims handler, description: "settles claims"}
                  - {name: Team lead, description: "approves payments"}
                  - {name: Fraud analyst, description: "reviews flagged claims"}
                capabilities: [claims, payments, fraud reviews]
                load: {peakRequestsPerSecond: 200, readWriteRatio: 5, monthlyActiveUsers: 700}
                """);
        // 200 / 3.62 = 55.25 requests/s (168 / (8 x 5 + 0.05 x 128) = 3.62); 55.25 x 2,628,000 = 145,197,000 requests a month
        // (before: 200 / 3 = 66.67, 175.2 M)
        assertThat(w.averageRps()).isEqualTo(55.25);
        assertThat(w.peakToAverage()).isEqualTo(3.62);
        assertThat(w.averageBasis()).contains("200 / 3.62").contains("8 peak h x 5 days").contains("assumption as-business-hours");
    }

    @Test
    void aFlatMachineFeedRunsAtItsRateAllMonthBesidePeoplesCurve() {
        Workload w = workload("""
                system: LoamWatch
                description: >
                  LoamWatch collects soil moisture for a farming cooperative: 12,000 soil sensors report a reading every 5 minutes
                  over LoRaWAN, and agronomists look at field maps and set irrigation alerts.
                actors:
                  - {name: Agronomist, description: "views field maps and sets alerts"}
                capabilities: [sensor readings, field maps, irrigation alerts]
                load: {peakRequestsPerSecond: 60, readWriteRatio: 1, monthlyActiveUsers: 150}
                """);
        // 12,000 sensors / 300 s = 40 readings/s, day and night: the written month is 40 x 1 KB x 2,628,000 s / 1,000,000
        // = 105.12 GB (the people's writes at peak / 3 are at most 60 / 3 = 20 < 40, so the sensors' rate wins)
        assertThat(w.growthGbPerMonth()).isEqualTo(105.12);
        // people's requests follow their own day; no window is stated: 60 / 3 = 20 requests/s (the curve, assumption as-peak-hours)
        assertThat(w.windowRequests()).isZero();
        assertThat(w.averageRps()).isEqualTo(20.0);
        assertThat(w.averageBasis()).contains("assumption as-peak-hours");
    }

    @Test
    void aRequestWithNoCalendarFactsKeepsTheAssumedConsumersDay() {
        Workload w = workload("""
                system: RowClub
                description: >
                  A rowing club's members site. Members pay an annual subscription and the committee publishes a yearly report;
                  members book boats and coaching sessions through the season.
                actors:
                  - {name: Member, description: "books boats and sessions, pays the subscription"}
                capabilities: [boat bookings, subscriptions, sessions]
                load: {peakRequestsPerSecond: 30, readWriteRatio: 10, monthlyActiveUsers: 800}
                """);
        // "annual subscription" and "yearly report" name no load: no window. The consumers' day, assumed:
        // 168 / (4 x 7 + 0.2 x 140) = 3; 30 / 3 = 10 requests/s
        assertThat(w.windowRequests()).isZero();
        assertThat(w.averageRps()).isEqualTo(10.0);
        assertThat(w.averageBasis()).isEqualTo("30 / 3, the usual day's peak-to-average 168 h a week / (4 peak h x 7 days + 0.2 of the peak x "
                + "the other 140 h) = 3 (consumerDay curve, assumption as-peak-hours)");
    }

    @Test
    void aStatedSpikeFactorKeepsItsMeaning() {
        Workload w = workload("""
                system: Trailhead
                description: >
                  Trailhead sells national park camping permits. Traffic jumps 6x when the summer season's permits are released.
                actors:
                  - {name: Camper, description: "books a permit"}
                capabilities: [permits, campsites]
                load: {peakRequestsPerSecond: 600, readWriteRatio: 10, monthlyActiveUsers: 50000}
                """);
        // the stated factor is the peak over the usual load: 600 / 6 = 100 requests/s
        assertThat(w.peakToAverage()).isEqualTo(6.0);
        assertThat(w.averageRps()).isEqualTo(100.0);
        assertThat(w.averageBasis()).contains("600 / 6, the stated spike factor 6");
    }
}
