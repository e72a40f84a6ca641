package dev.architect.offline;

import static org.assertj.core.api.Assertions.assertThat;

import dev.architect.dossier.Consultation;
import dev.architect.testing.ValidDossiers;
import org.junit.jupiter.api.Test;

/**
 * The request's own live-update numbers size the push and the stream: people stated connected or following at once are
 * the connections held at peak, a connection that follows one of the things the request says change receives that thing's
 * changes, and the broker carries those changes besides one event per write. Requests of our own; a pushed update is 0.5 KB
 * and a month is 2,628,000 s, so a push a second at peak (average a third of it) is 0.438 GB a month.
 */
class StatedLiveUpdatesSizeThePushAndTheStreamTest {

    private static final String TAIL = """
            latency: {p99Ms: 400}
            availability: {targetPercent: 99.9, rpoMinutes: 15, rtoMinutes: 60}
            compliance: [GDPR]
            """;

    @Test
    void statedFollowersAndAStatedEntryRateSizeThePushesAndTheBroker() {
        // 250,000 readers follow at once (stated); each of 300 blogs gets an entry every 30 s: 300 / 30 = 10 updates/s, and
        // a reader following one blog receives 1 / 30 a second: 250,000 / 30 = 8,333.33 pushes/s at peak, x 0.438 = 3,650 GB.
        // Writes: 12,000 / (50 + 1) = 235.29 a second, + 10 live updates = 245.29 events/s on the broker
        Consultation c = ValidDossiers.of("""
                system: NewsDesk
                description: >
                  A newsroom publishing platform: editors post to live blogs during breaking news, each of 300 live blogs
                  gets an entry every 30 s at the busiest moments, and entries are pushed to readers as they are posted; up
                  to 250,000 readers follow a live blog at once. Articles are drafted, edited and scheduled by editors.
                capabilities: [articles, live-blogs, entries, authors]
                load: {peakRequestsPerSecond: 12000, readWriteRatio: 50, monthlyActiveUsers: 6000000}
                data: {initialVolumeGb: 200, growthGbPerMonth: 20, retentionYears: 10}
                team: {size: 12, expertise: [Python, Django, Azure]}
                deployment: {cloud: azure, regions: [westeurope]}
                """ + TAIL);

        assertThat(c.capacity().estimate("concurrent-connections")).hasValueSatisfying(e -> {
            assertThat(e.value()).isEqualTo(250_000);
            assertThat(e.basis()).contains("250,000 readers follow a live blog at once");
        });
        assertThat(c.capacity().estimate("egress").orElseThrow().basis())
                .contains("x 1 / 30 s each, each following one of the things the request states changing")
                .contains("= 8,333.33 pushes/s at peak")
                .contains("3,650 GB of pushed updates");
        assertThat(c.capacity().estimate("broker-messages")).hasValueSatisfying(e -> assertThat(e.value()).isEqualTo(245.29));
        assertThat(c.cost().assumptions()).noneMatch(a -> a.contains("as-concurrent-connections"));
    }

    @Test
    void aStatedChangeRateWithoutStatedConnectionsKeepsTheConnectionAssumption() {
        // 3,000,000 monthly users / 3 = 1,000,000 connections (assumed); 1,200 matches x 2 a minute = 40 updates/s, a fan
        // following one match receives 2 / 60 a second: 1,000,000 x 2 / 60 = 33,333.33 pushes/s, x 0.438 = 14,600 GB.
        // Writes: 8,000 / (20 + 1) = 380.95 a second, + 40 = 420.95 events/s on the broker
        Consultation c = ValidDossiers.of("""
                system: GoalLine
                description: >
                  Football live scores: scores for 1,200 live matches update twice a minute during match days and are
                  pushed to the fans connected to them; fans follow their clubs and read match reports.
                capabilities: [matches, scores, clubs, reports]
                load: {peakRequestsPerSecond: 8000, readWriteRatio: 20, monthlyActiveUsers: 3000000}
                data: {initialVolumeGb: 50, growthGbPerMonth: 10, retentionYears: 3}
                team: {size: 8, expertise: [TypeScript, Node.js, AWS]}
                deployment: {cloud: aws, regions: [eu-west-1]}
                """ + TAIL);

        assertThat(c.capacity().estimate("concurrent-connections")).hasValueSatisfying(e -> assertThat(e.value()).isEqualTo(1_000_000));
        assertThat(c.capacity().estimate("egress").orElseThrow().basis()).contains("x 2 / 60 s each").contains("= 33,333.33 pushes/s at peak")
                .contains("14,600 GB of pushed updates");
        assertThat(c.capacity().estimate("broker-messages")).hasValueSatisfying(e -> assertThat(e.value()).isEqualTo(420.95));
    }

    @Test
    void statedConnectionsWithoutAChangeRateReceiveTheAssumedUpdateASecond() {
        // 90,000 bidders connected (stated) x 1 update/s = 90,000 pushes/s, x 0.438 = 39,420 GB: no change rate stated, so the
        // rate is the kind of live content's: "bids and lot prices are pushed live" names the bids and lots the auction
        // archetype designs, changing values at 1 update every 1 s (push-fanout.yaml liveContent); the broker carries one
        // event per write and no stated rate shows
        Consultation c = ValidDossiers.of("""
                system: GavelNow
                description: >
                  Online car auctions: bids and lot prices are pushed live to bidders, and 90,000 bidders are connected at
                  the same time on auction evenings; sellers list cars with photos and a condition report.
                capabilities: [lots, bids, sellers, payments]
                load: {peakRequestsPerSecond: 3000, readWriteRatio: 10, monthlyActiveUsers: 500000}
                data: {initialVolumeGb: 300, growthGbPerMonth: 40, retentionYears: 7}
                team: {size: 10, expertise: [Go, PostgreSQL, GCP]}
                deployment: {cloud: gcp, regions: [europe-west1]}
                """ + TAIL);

        assertThat(c.capacity().estimate("egress").orElseThrow().basis()).contains("x 1 / 1 s each, live content: changing values (assumption as-push-fanout)) = 90,000 pushes/s at peak")
                .contains("39,420 GB of pushed updates");
        assertThat(c.capacity().estimate("broker-messages")).isEmpty();
    }

    @Test
    void neitherStatedKeepsBothAssumptions() {
        // 2,000 monthly users / 3 = 667 connections (assumed) x 1 update/s = 667 pushes/s, x 0.438 = 292.15 GB: "vehicle
        // positions and delays pushed to their screens" says positions, changing values at 1 update every 1 s
        Consultation c = ValidDossiers.of("""
                system: FleetBoard
                description: >
                  A live operations dashboard for a bus company: dispatchers see vehicle positions and delays pushed to their
                  screens as they change, and plan duties and rosters.
                capabilities: [vehicles, routes, duties, rosters]
                load: {peakRequestsPerSecond: 400, readWriteRatio: 5, monthlyActiveUsers: 2000}
                data: {initialVolumeGb: 20, growthGbPerMonth: 5, retentionYears: 2}
                team: {size: 4, expertise: [Java, Spring, AWS]}
                deployment: {cloud: aws, regions: [eu-west-2]}
                """ + TAIL);

        assertThat(c.capacity().estimate("concurrent-connections")).hasValueSatisfying(e -> assertThat(e.value()).isEqualTo(667));
        assertThat(c.capacity().estimate("egress").orElseThrow().basis()).contains("x 1 / 1 s each, live content: changing values (assumption as-push-fanout)) = 667 pushes/s at peak")
                .contains("292.15 GB of pushed updates");
        assertThat(c.capacity().estimate("broker-messages")).isEmpty();
        assertThat(c.cost().assumptions()).anyMatch(a -> a.contains("as-concurrent-connections"))
                .noneMatch(a -> a.contains("as-several-times"));
    }
}
