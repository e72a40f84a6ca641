package dev.architect.offline;

import static org.assertj.core.api.Assertions.assertThat;

import dev.architect.dossier.Consultation;
import dev.architect.dossier.Estimate;
import dev.architect.testing.ValidDossiers;
import org.junit.jupiter.api.Test;

/**
 * How often a connection held for live updates receives one depends on the kind of live content it follows
 * (push-fanout.yaml {@code liveContent}), recognised from the sentence that says what is pushed: what the capabilities it
 * names do, else its own words, never a single domain's nouns. A status changes a few times in its life, an appended
 * entry arrives every half minute, a continuously changing value about once a second; a word inside a longer phrase
 * with another sense ("job position") is not evidence. Only the pushes travel over the socket: the pages stay HTTP.
 */
class LiveContentSetsThePushRateTest {

    private static Estimate figure(Consultation c, String id) {
        return c.capacity().estimate(id).orElseThrow(() -> new AssertionError("no figure " + id));
    }

    private static String pushAssumption(Consultation c) {
        return c.cost().assumptions().stream().filter(a -> a.startsWith("[as-push-fanout]")).findFirst().orElseThrow();
    }

    @Test
    void aStatusPushedAsItChangesReachesEachConnectionEvery360Seconds() {
        Consultation c = ValidDossiers.of("""
                system: HarbourWatch
                description: >
                  Shipment tracking for a container terminal operator: shippers and hauliers follow their containers from vessel discharge
                  through customs to gate-out. The status of each container is pushed to 40,000 connected shippers as it changes, and
                  hauliers book gate slots. Customs holds come from the national customs system.
                goals:
                  - A container's status change reaches the shipper within 5 seconds
                capabilities: [container tracking, gate slot booking, customs holds, shipper accounts]
                integrations:
                  - {name: "National customs system", purpose: "customs holds and releases"}
                load: {peakRequestsPerSecond: 2500, readWriteRatio: 20, monthlyActiveUsers: 120000}
                data: {initialVolumeGb: 300, growthGbPerMonth: 40, retentionYears: 7}
                availability: {targetPercent: 99.9, rpoMinutes: 15, rtoMinutes: 60}
                budget: {monthlyUsd: 20000}
                team: {size: 8, expertise: [Java, PostgreSQL, AWS]}
                deployment: {cloud: aws, regions: [eu-central-1]}
                """);

        // 120,000 monthly users / 3 = 40,000 connections at peak; "The status of each container is pushed" says a status: a
        // few changes in its life, 1 every 360 s: 40,000 / 360 = 111.11 pushes/s (at 1 a second it was 40,000); egress
        // 111.11 / 3 x 0.5 KB x 2,628,000 s / 1,000,000 = 48.67 GB (was 17,520 GB)
        assertThat(pushAssumption(c)).contains("receives 1 update every 360 s (live content: status changes").contains("says 'status'");
        assertThat(figure(c, "egress").basis()).contains("x 1 / 360 s each, live content: status changes (assumption as-push-fanout)) = 111.11 pushes/s at peak")
                .contains("48.67 GB of pushed updates");
    }

    @Test
    void commentaryEntriesPushedToFansArriveEvery30SecondsAndThePagesStayHttp() {
        Consultation c = ValidDossiers.of("""
                system: Touchline
                description: >
                  Match centre for a rugby league: fans follow every match of the weekend on the app. Live commentary entries and
                  scoring events are pushed to 150,000 concurrent fans during matches; fans also read team news, fixtures and player
                  profiles, and buy season passes.
                goals:
                  - A commentary entry reaches fans within 3 seconds of being posted
                capabilities: [live commentary, fixtures, team news, player profiles, season passes]
                integrations:
                  - {name: "Stripe", purpose: "season pass payments"}
                load: {peakRequestsPerSecond: 12000, readWriteRatio: 200, monthlyActiveUsers: 2500000}
                data: {initialVolumeGb: 200, growthGbPerMonth: 20, retentionYears: 5}
                availability: {targetPercent: 99.9, rpoMinutes: 15, rtoMinutes: 60}
                budget: {monthlyUsd: 30000}
                team: {size: 7, expertise: [C#, .NET, SQL Server]}
                deployment: {cloud: azure, regions: [uksouth]}
                """);

        // 150,000 concurrent fans (stated); the sentence names the live commentary, a timeline feed: appended entries, 1 every
        // 30 s: 150,000 / 30 = 5,000 pushes/s (at 1 a second it was 150,000); egress 5,000 / 3 x 0.5 x 2.628 = 2,190 GB
        assertThat(pushAssumption(c)).contains("receives 1 update every 30 s (live content: appended entries")
                .contains("capability 'live commentary' named in");
        assertThat(figure(c, "egress").basis()).contains("= 5,000 pushes/s at peak").contains("2,190 GB of pushed updates");
        // The pusher posts the pushes alone, no replies to page requests: max(3, ceil(5,000 / (2,000 x 70%))) = max(3, 4) = 4
        // at peak (was 110 for 153,435.92 messages/s: 3,435.92 page requests answered over the socket besides the pushes)
        assertThat(c.cost().items()).filteredOn(i -> i.name().equals("Pusher instances")).singleElement()
                .satisfies(i -> assertThat(i.assumption()).startsWith("Computed: 4 instances: 4 for max(3, ceil(5,000 messages posted to connections"));
    }

    @Test
    void pricesPushedToTradersStayAtOneUpdateASecond() {
        Consultation c = ValidDossiers.of("""
                system: GridPulse
                description: >
                  Trading screen for a wholesale electricity desk: intraday power prices from the exchanges are pushed to 8,000 connected
                  traders, who place and amend orders and see their positions and limits. Orders are routed to the exchanges and every
                  order and fill is kept for audit.
                goals:
                  - A price change reaches the trader's screen within 250 ms
                capabilities: [price board, orders, positions, trading limits, audit trail]
                integrations:
                  - {name: "EPEX SPOT", purpose: "intraday order routing and prices"}
                load: {peakRequestsPerSecond: 3000, readWriteRatio: 4, monthlyActiveUsers: 9000}
                data: {initialVolumeGb: 500, growthGbPerMonth: 80, retentionYears: 10}
                availability: {targetPercent: 99.95, rpoMinutes: 1, rtoMinutes: 15}
                budget: {monthlyUsd: 40000}
                team: {size: 12, expertise: [Go, PostgreSQL, GCP]}
                deployment: {cloud: gcp, regions: [europe-west3]}
                """);

        // 8,000 connected traders (stated) x 1 a second (prices: changing values) = 8,000 pushes/s; 8,000 / 3 x 0.5 x 2.628 = 3,504 GB
        assertThat(pushAssumption(c)).contains("receives 1 update every 1 s (live content: changing values");
        assertThat(figure(c, "egress").basis()).contains("= 8,000 pushes/s at peak").contains("3,504 GB of pushed updates");
    }

    @Test
    void aJobPositionIsNotAChangingValue() {
        Consultation c = ValidDossiers.of("""
                system: HireWire
                description: >
                  A jobs board for hospitality staff: employers post openings and new job positions are pushed to 60,000 connected
                  candidates who follow an area; candidates apply with a saved profile and employers shortlist them.
                capabilities: [job listings, applications, candidate profiles, shortlists]
                load: {peakRequestsPerSecond: 1500, readWriteRatio: 15, monthlyActiveUsers: 300000}
                data: {initialVolumeGb: 100, growthGbPerMonth: 10, retentionYears: 3}
                budget: {monthlyUsd: 12000}
                team: {size: 5, expertise: [TypeScript, PostgreSQL]}
                deployment: {cloud: aws, regions: [eu-west-2]}
                """);

        // "position" stands inside "job position" (notWithin), so it is no evidence of a changing value; "post" says entries are
        // appended: 1 every 30 s
        String assumption = pushAssumption(c);
        assertThat(assumption).contains("(live content: appended entries").contains("says 'post'").doesNotContain("changing values");
    }
}
