package dev.architect.offline;

import static org.assertj.core.api.Assertions.assertThat;

import dev.architect.dossier.Consultation;
import dev.architect.dossier.Decision;
import dev.architect.dossier.DecisionTopic;

import dev.architect.testing.ValidDossiers;

import org.junit.jupiter.api.Test;

/**
 * Counts and rates a request states reach the figures that depend on them: the money writes and the record store's writes
 * beside device ingestion follow the stated count of paid things, and a CDN chosen with nothing cacheable bills no 0 GB
 * line. Requests of our own; a month is 730 hours (2,628,000 s).
 */
class StatedCountsReachEveryFigureTest {

    private static Consultation consult(String yaml) {
        return ValidDossiers.of(yaml);
    }

    private static final String SCOOTERS = """
            system: ZipScoot
            description: >
              An e-scooter rental service in four cities. Scooters send their GPS position every 5 seconds while in use; riders
              unlock a scooter in the app, ride, and pay per minute by card through Stripe when the ride ends. About 20,000
              scooters, 12,000 of them in use at the evening peak, and 400,000 rides a day across the cities.
            capabilities: [rider accounts, scooter telemetry, ride sessions, ride payments, fleet maintenance]
            integrations:
              - {name: Stripe, purpose: card payments}
            load: {peakRequestsPerSecond: 5000, readWriteRatio: 1.5, monthlyActiveUsers: 900000}
            deployment: {cloud: aws, regions: [eu-central-1]}
            team: {size: 10, expertise: [Java, PostgreSQL]}
            """;

    @Test
    void moneyAndRecordWritesFollowTheStatedRidesWhenIngestionTakesThePeakWrites() {
        Consultation c = consult(SCOOTERS);

        // 5,000 / (1.5 + 1) = 2,000 writes/s, all taken by the scooter telemetry ingestion. 400,000 rides a day x 30.42 days
        // = 12,166,667 a month / 2,628,000 s = 4.63 a second on average x 3 (peak over average) = 13.89 money writes/s
        // at peak (it was 0/s: (2,000 - 2,000 of ingestion) / 4 capabilities keeping records)
        Decision ledger = c.decisions().stream().filter(d -> d.topic() == DecisionTopic.LEDGER).findFirst().orElseThrow();
        // (a rate under 100 reads with three significant figures in the prose: 13.89 -> 13.9)
        assertThat(ledger.drivers()).anyMatch(d -> d.startsWith("peak writes of the money movements 13.9/s")
                && d.contains("400,000 rides a day"));
        // The record store behind the riders, rides and payments writes those 13.89/s, out of the 3,000 reads/s left: it
        // was sized at 0 writes/s
        assertThat(c.cost().items()).anyMatch(i -> i.id().equals("db-instances") && i.assumption().contains("13.89 writes/s and"));
        assertThat(c.cost().assumptions()).anyMatch(a -> a.startsWith("[as-user-writes] Device ingestion takes the writes at peak; the other "
                + "capabilities write 13.89 writes/s of their own at peak, out of the 3,000 reads/s left"));
    }

    private static final String TRIVIA = """
            system: QuizDuel
            description: >
              A mobile trivia game where two players answer ten questions against each other in real time. Players sign in,
              get matched with an opponent of similar rating, play a duel over a WebSocket, and climb a weekly leaderboard.
              Players worldwide; we want a CDN in front for the game's API.
            capabilities: [player accounts, matchmaking, duels, leaderboards]
            load: {peakRequestsPerSecond: 8000, readWriteRatio: 4, monthlyActiveUsers: 3000000, audience: global}
            deployment: {cloud: gcp, regions: [us-central1]}
            team: {size: 6, expertise: [Go, PostgreSQL, Redis]}
            """;

    @Test
    void aChosenCdnWithNothingCacheableBillsNoZeroGigabyteLine() {
        Consultation c = consult(TRIVIA);

        // The CDN is chosen, but every capability is signed-in or realtime: 6,400 reads/s x 0% public x 0.8 = 0 cacheable
        // reads/s and no files, so no CDN transfer or origin fill line of 0 GB; the origin serves all the egress
        assertThat(c.techStack()).anyMatch(t -> t.choice().equals("Cloud CDN"));
        assertThat(c.cost().items()).noneMatch(i -> i.id().startsWith("cdn-egress") || i.id().equals("origin-fill"));
        assertThat(c.cost().items()).anyMatch(i -> i.id().equals("egress") && i.quantity() > 0);
        assertThat(c.cost().assumptions()).anyMatch(a -> a.startsWith("[cdn-egress] No CDN transfer line: 6,400 reads/s x 0% of public content"));
    }

    private static final String CLAIMS = """
            system: ClaimDesk
            description: >
              An insurer's motor claims intake. Policyholders and garages send repair estimates and invoices as PDFs or photos;
              the system reads them with OCR, checks them against the policy, and routes them to a claims handler. About 30,000
              repair invoices a month arrive, and handlers approve payments to garages.
            capabilities: [claim intake, document capture, policy check, handler queue, garage payments]
            integrations:
              - {name: Google Document AI, purpose: "OCR of repair estimates and invoices"}
            load: {peakRequestsPerSecond: 60, readWriteRatio: 5, monthlyActiveUsers: 20000}
            deployment: {cloud: gcp, regions: [europe-west1]}
            team: {size: 5, expertise: [Java, PostgreSQL]}
            """;

    @Test
    void aDocumentReadingVendorIsPricedFromTheStatedCountOfDocuments() {
        Consultation c = consult(CLAIMS);

        // The OCR vendor reads documents, not photos: 30,000 repair invoices a month / 1,000 = 30 thousand pages x $10 = $300
        // (it was listed as image recognition, "the number of images analysed a month is not in the request")
        assertThat(c.cost().items()).anyMatch(i -> i.id().startsWith("vendor-") && i.unit().equals("thousand pages")
                && i.quantity() == 30 && i.monthly() == 300 && i.name().contains("(document reading)"));
        assertThat(c.cost().assumptions()).noneMatch(a -> a.contains("Google Document AI") && a.contains("Not priced"));
    }
}
