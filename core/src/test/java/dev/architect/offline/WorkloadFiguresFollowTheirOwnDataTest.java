package dev.architect.offline;

import static org.assertj.core.api.Assertions.assertThat;

import dev.architect.dossier.Consultation;
import dev.architect.dossier.CostLineItem;
import dev.architect.dossier.Decision;
import dev.architect.dossier.Estimate;
import dev.architect.request.ConsultationRequest;
import dev.architect.request.RequestReader;
import dev.architect.testing.ValidDossiers;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/**
 * Figures that follow the data they describe: concurrency the request states in prose sizes the realtime path, each
 * store and the ledger follow the rate of the records they hold (not the telemetry beside them), a system whose use the
 * request counts a year is billed for that use (the peak sizes capacity only), and a CDN caches only public content.
 * Requests of our own, in several domains; a month is 730 hours (2,628,000 s).
 */
class WorkloadFiguresFollowTheirOwnDataTest {

    private static Consultation consult(String yaml) {
        return ValidDossiers.of(yaml);
    }

    private static ConsultationRequest read(String yaml) {
        return RequestReader.read(new ByteArrayInputStream(yaml.getBytes(StandardCharsets.UTF_8)));
    }

    private static CostLineItem item(Consultation c, String id) {
        return c.cost().items().stream().filter(i -> i.id().equals(id)).findFirst().orElseThrow(() -> new AssertionError("no line " + id));
    }

    private static Estimate figure(Consultation c, String id) {
        return c.capacity().estimates().stream().filter(e -> e.id().equals(id)).findFirst().orElseThrow(() -> new AssertionError("no figure " + id));
    }

    private static final String TUTORING = """
            system: TutorLive
            description: >
              A live online tutoring platform for secondary-school students: tutors run whiteboard sessions with chat and
              shared notes. About 12,000 students connected at the evening peak on school nights; sessions are booked ahead.
            capabilities: [session booking, live whiteboard, session chat, tutor profiles, billing]
            load: {peakRequestsPerSecond: 900, readWriteRatio: 4, monthlyActiveUsers: 150000}
            data: {initialVolumeGb: 50, retentionYears: 3}
            availability: {targetPercent: 99.9}
            team: {size: 6, expertise: [Java, PostgreSQL]}
            deployment: {cloud: aws, regions: [eu-west-1]}
            """;

    @Test
    void concurrencyStatedInProseSizesTheRealtimeGatewayInsteadOfAThirdOfMonthlyUsers() {
        Consultation c = consult(TUTORING);

        // "12,000 students connected at the evening peak" is the figure, given: not 150,000 monthly users / 3 = 50,000
        Estimate held = figure(c, "concurrent-connections");
        assertThat(held.value()).isEqualTo(12_000);
        assertThat(held.basis()).isEqualTo("Given: description \"12,000 students connected at the evening peak on school nights\"");
        assertThat(c.requirements().assumptions()).noneMatch(a -> a.id().equals("as-concurrent-connections"));
        // The gateway holds them: max(2, ceil(12,000 / (20,000 per instance x 70%))) = max(2, ceil(0.86)) = 2 instances
        // (50,000 assumed would have been ceil(3.57) = 4); 2 x $70.08 x 1.115 for eu-west-1 = 2 x $78.1392 = $156.28
        CostLineItem gateway = c.cost().items().stream().filter(i -> i.id().startsWith("realtime-gateway")).findFirst().orElseThrow();
        assertThat(gateway.quantity()).isEqualTo(2);
        assertThat(gateway.monthly()).isEqualTo(156.28);
        assertThat(gateway.assumption()).contains("12,000 connections at peak (stated: description \"12,000 students connected");
    }

    private static final String GRANTS = """
            system: GrantDesk
            description: >
              A regional arts council's grant application portal. Applicants sign in, fill in a long application form with
              budget tables and attachments, and submit before the annual deadline. About 18,000 applications a year, most in
              the last week before the deadline, with up to 3,000 applicants online on the deadline night.
            capabilities: [applicant accounts, application forms, attachments, review scoring, award publication]
            load: {peakRequestsPerSecond: 400, readWriteRatio: 3}
            data: {initialVolumeGb: 20, retentionYears: 7}
            availability: {targetPercent: 99.5}
            team: {size: 3, expertise: [Java, PostgreSQL]}
            deployment: {cloud: azure, regions: [westeurope]}
            """;

    @Test
    void aSeasonalSystemIsBilledForItsStatedYearOfUseAndThePeakOnlySizesCapacity() {
        Consultation c = consult(GRANTS);

        // Counted applications are only part of the month's traffic, so the monthly users give a floor:
        // actions: 18,000 a year / 12 = 1,500 a month x 20 requests each = 30,000 requests / 2,628,000 s = 0.0114 requests/s
        // users (10,000 assumed): the portal reads as occasional self-service (portal, applicant, application form):
        //   2 visits a month x 25 requests a visit = 50 requests a user; 10,000 x 50 = 500,000 requests / 2,628,000 s =
        //   0.1903 requests/s; the larger, 0.1903, is under the ceiling 400 / 3 = 133.33, so the users basis wins -- far
        //   below 133.33 (350 million requests a month), the season's effect is kept
        Estimate average = figure(c, "average-rps");
        assertThat(average.value()).isEqualTo(0.1903);
        assertThat(average.basis()).startsWith("Computed: the larger of the stated actions (1,500 a month (stated: description \"18,000 applications a year\") "
                + "x 20 requests each = 30,000 requests a month / 2,628,000 s = 0.0114 requests/s) and the users floor (10,000 monthly users x 50 "
                + "requests each (assumption as-requests-per-user-month) = 500,000 requests a month / 2,628,000 s = 0.1903 requests/s), at most "
                + "peak / 3: the users basis won, 0.1903 requests/s on average (assumption as-requests-per-action)");
        assertThat(c.requirements().assumptions()).anyMatch(a -> a.id().equals("as-requests-per-action"));
        assertThat(c.requirements().assumptions()).anyMatch(a -> a.id().equals("as-requests-per-user-month")
                && a.value().equals("2 visits a month x 25 requests a visit = 50 requests per user a month (occasional-self-service)")
                && a.statement().contains("(its words: portal, applicant, application form)"));
        // Requests a month: 0.1903 x 2,628,000 s / 1,000,000 = 0.5 million
        assertThat(figure(c, "monthly-requests").value()).isEqualTo(0.5);
        // Capacity still follows the peak: 400 requests/s -> ceil(400 / 700) = 1; at 99.5% in one zone one Container Apps
        // instance holds the target (the platform replaces a failed one), so 1
        assertThat(item(c, "app-compute").quantity()).isEqualTo(1);
        // The deadline night's 3,000 applicants online are read as the concurrency
        assertThat(dev.architect.internal.facts.StatedFacts.read(read(GRANTS)).concurrentConnections().orElseThrow().value()).isEqualTo(3_000);
    }

    @Test
    void statedActionsAboveTheUsersFloorSetTheAverageAndNeverAbovePeakOverThree() {
        // 300 monthly users stated: 300 x 50 = 15,000 requests a month / 2,628,000 s = 0.0057 requests/s; 1,800,000
        // applications a year / 12 = 150,000 a month x 20 = 3,000,000 requests / 2,628,000 s = 1.1416 requests/s, the larger,
        // under 400 / 3 = 133.33: the actions basis wins
        Consultation actions = consult(GRANTS.replace("18,000 applications a year", "1,800,000 applications a year")
                .replace("load: {peakRequestsPerSecond: 400, readWriteRatio: 3}", "load: {peakRequestsPerSecond: 400, readWriteRatio: 3, monthlyActiveUsers: 300}"));
        assertThat(figure(actions, "average-rps").value()).isEqualTo(1.1416);
        assertThat(figure(actions, "average-rps").basis()).contains("the actions basis won, 1.1416 requests/s on average");

        // 9,000,000 monthly users: 9,000,000 x 50 = 450,000,000 requests / 2,628,000 s = 171.23 requests/s, above
        // the ceiling 400 / 3 = 133.33: the average is the peak / 3 it would have had, and no assumption replaces it
        Consultation crowded = consult(GRANTS.replace("load: {peakRequestsPerSecond: 400, readWriteRatio: 3}",
                "load: {peakRequestsPerSecond: 400, readWriteRatio: 3, monthlyActiveUsers: 9000000}"));
        assertThat(figure(crowded, "average-rps").value()).isEqualTo(133.33);
        assertThat(crowded.requirements().assumptions()).noneMatch(a -> a.id().equals("as-requests-per-action"));
    }

    @Test
    void aCountWithoutBurstsOrSeasonsLeavesTheUsualDaysShape() {
        // The same portal with a steady monthly count and no deadline, spike or season: the usual day's shape stands,
        // 400 / 3 = 133.33 requests/s on average, and no assumption replaces it
        Consultation c = consult(GRANTS.replace("About 18,000 applications a year, most in\n  the last week before the deadline, with up to 3,000 applicants "
                + "online on the deadline night.", "About 1,500 applications a month.").replace("submit before the annual deadline", "submit them"));

        assertThat(figure(c, "average-rps").value()).isEqualTo(133.33);
        // the 3 is the consumers' day of daily-load-shapes.yaml: 168 h / (4 h x 7 days + 0.2 x 140 h) = 168 / 56 = 3
        assertThat(figure(c, "average-rps").basis()).isEqualTo("Computed: 400 / 3, the usual day's peak-to-average 168 h a week / (4 peak h x 7 days "
                + "+ 0.2 of the peak x the other 140 h) = 3 (consumerDay curve, assumption as-peak-hours)");
        assertThat(c.requirements().assumptions()).noneMatch(a -> a.id().equals("as-requests-per-action"));
    }

    private static final String COURIER = """
            system: ParcelTrack
            description: >
              A courier company's delivery tracking: 30,000 vans send a GPS position every 2 seconds, customers track their
              parcel on a public tracking page, and drivers' cash-on-delivery collections are recorded in a payments ledger
              with double-entry postings. Dispatchers watch a live map.
            capabilities: [gps ingestion, live map, parcel tracking page, cash-on-delivery ledger, driver accounts]
            integrations:
              - {name: Stripe, purpose: card payments at the door}
            load: {readWriteRatio: 0.2, monthlyActiveUsers: 2000000}
            data: {retentionYears: 2}
            availability: {targetPercent: 99.95}
            team: {size: 8, expertise: [Java, Kafka, PostgreSQL]}
            deployment: {cloud: gcp, regions: [europe-west1]}
            """;

    @Test
    void theLedgerFollowsTheMoneysOwnWritesNotTheGpsPingsBesideIt() {
        Consultation c = consult(COURIER);

        // 30,000 vans / 2 s = 15,000 writes/s, all GPS pings taken by the ingestion capability: the system's 15,000 writes/s
        // once chose a dedicated ledger database (over 10,000/s). No peak stated: 15,000 x (1 + 0.2) = 18,000 requests/s, people's
        // part 18,000 - 15,000 = 3,000 at a web ratio of 10: 3,000 / 11 = 272.73 writes/s of their own (0 before, which left
        // the cash collections unwritten). The money's own writes: (15,272.73 - 15,000 of ingestion) / 3 capabilities keeping
        // records x 1 moving money = 90.91/s. The request counts no collections, so that share is bounded by its users
        // (money-volumes.yaml): 2,000,000 x 4 movements a month = 8,000,000 / 2,628,000 s x 3 at peak = 9.13/s, which a
        // relational double-entry ledger takes (the share, 90.91/s, pinned here before, is shown as what was bounded)
        Decision ledger = c.decisions().stream().filter(d -> d.topic() == dev.architect.dossier.DecisionTopic.LEDGER).findFirst().orElseThrow();
        assertThat(ledger.chosenOption()).doesNotContain("TigerBeetle").contains("Double-entry tables in the primary database");
        assertThat(ledger.drivers()).anyMatch(d -> d.startsWith("peak writes of the money movements 9.13/s (assumed: the request does not say how much money moves")
                && d.contains("x 1 moving money (cash-on-delivery ledger) = 90.91/s"));
        assertThat(c.techStack()).noneMatch(t -> t.choice().contains("TigerBeetle"));
    }

    private static final String GUILDHALL = """
            system: Guildhall
            description: >
              The companion app of a worldwide online strategy game. Players sign in to manage their inventory, trade items with
              other players and follow their guild; everyone can read the game news without signing in.
            capabilities:
              - {name: player inventory, share: 0.25}
              - {name: item trading, share: 0.25}
              - {name: guild membership, share: 0.25}
              - {name: game news, share: 0.25}
            load: {peakRequestsPerSecond: 20000, readWriteRatio: 9, monthlyActiveUsers: 3000000, audience: global}
            availability: {targetPercent: 99.9}
            team: {size: 8, expertise: [Java, PostgreSQL]}
            deployment: {cloud: aws, regions: [us-east-1]}
            """;

    @Test
    void theCdnCachesPublicContentOnlyAndPassesSignedInCallsToTheOrigin() {
        Consultation c = consult(GUILDHALL);

        // 20,000 requests/s at 9 reads per write: 18,000 reads/s, 4,500 per capability (the request gives each a quarter of
        // the load; by what each does the news alone would take half the reads, assumption as-part-load). Only the
        // game news is public (assumption as-content-kind): inventory, trading and membership answer one signed-in player.
        // Cacheable: 18,000 x 25% public = 4,500 reads/s, all served by the CDN, its 20% misses included (fetched from the
        // origin, then sent on as CDN transfer): over 20% of 20,000 requests/s (4,000), so a CDN request line:
        // 4,500 / 3 x 2,628,000 s / 1,000,000 = 3,942 million x $1.00. CDN transfer: 4,500 / 3 x 10 KB x 2,628,000 s /
        // 1,000,000 = 39,420 GB, priced by tier: 10,240 GB x $0.085 = $870.40, then 29,180 GB x $0.08 = $2,334.40 (it was
        // 31,536 GB, the hits only, with the misses billed again as the origin's internet egress)
        assertThat(item(c, "cdn-requests").quantity()).isEqualTo(3_942);
        assertThat(item(c, "cdn-egress").monthly()).isEqualTo(870.40);
        assertThat(item(c, "cdn-egress-tier-2").quantity()).isEqualTo(29_180);
        assertThat(item(c, "cdn-egress-tier-2").monthly()).isEqualTo(2_334.40);
        // The misses are billed once, as origin fill: 20% of 39,420 GB = 7,884 GB (free from an AWS origin to CloudFront);
        // the origin's own internet egress is what the CDN does not serve: 158,556 GB of responses - 39,420 = 119,136 GB
        // (10,240 + 40,960 + 67,936 by tier), so CDN transfer + origin egress = the 158,556 GB users receive, not more
        assertThat(item(c, "origin-fill").quantity()).isEqualTo(7_884);
        assertThat(c.cost().items().stream().filter(i -> i.id().startsWith("egress")).mapToDouble(CostLineItem::quantity).sum()).isEqualTo(119_136);
        assertThat(c.cost().items().stream().filter(i -> i.id().startsWith("egress") || i.id().startsWith("cdn-egress"))
                .mapToDouble(CostLineItem::quantity).sum()).isEqualTo(figure(c, "egress").value());
        assertThat(c.cost().assumptions()).anyMatch(a -> a.startsWith("[as-content-kind] Public content, the same for every reader, cached at the "
                + "edge: game news; authenticated, personalised, realtime or device traffic, which the CDN passes to the origin uncached: "
                + "player inventory, item trading, guild membership"));
        // The origin serves 3 x 4,500 = 13,500 personalised reads + 4,500 x (1 - 0.8) = 900 public misses = 14,400 reads/s
        assertThat(figure(c, "origin-reads").value()).isEqualTo(14_400);
        // and 2,000 writes: 16,400 requests/s -> ceil(16,400 / 700) = 24 instances at peak (8 when 80% of every read was cached),
        // billed as the container platform scales (autoscaled-compute.yaml). The audience is global, so the players' evenings
        // fall at different hours and the peak count runs 12 h a day (daily-load-shapes.yaml acrossTimeZones, assumption
        // as-time-zones-spread): 12 x 730 / 24 = 365 h; the count the average needs the other 365 h: 16,400 / 3 = 5,466.67
        // / 700 = ceil(7.81) = 8; (24 x 365 + 8 x 365) / 730 = (8,760 + 2,920) / 730 = 16 instance-months (10.67 when one time
        // zone's 4 evening hours were assumed for a worldwide audience; 24 all month)
        assertThat(item(c, "app-compute").assumption()).startsWith("Computed: 24 instances");
        assertThat(item(c, "app-compute").quantity()).isEqualTo(16.0);
    }
}
