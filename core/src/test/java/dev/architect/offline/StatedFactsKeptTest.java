package dev.architect.offline;

import static org.assertj.core.api.Assertions.assertThat;

import dev.architect.dossier.Assumption;
import dev.architect.dossier.Consultation;
import dev.architect.dossier.CostLineItem;
import dev.architect.dossier.Decision;
import dev.architect.request.Cloud;
import dev.architect.request.ConsultationRequest;
import dev.architect.request.Deployment;
import dev.architect.request.Load;
import dev.architect.request.Team;
import dev.architect.validation.DossierValidator;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Figures the request states in its own words are kept, never replaced by an assumption: the dossier sizes and prices
 * them as stated and shows each, with the phrase it came from, among the drivers of the decisions it bears on.
 */
class StatedFactsKeptTest {

    private static final OfflineArchitect ARCHITECT = OfflineArchitect.create();

    /** Fans chatting in match channels: 400,000 of them at once, a 4x spike at kick-off, 2 million in a month. */
    private static ConsultationRequest fanZone(Cloud cloud, String region) {
        return ConsultationRequest.builder("FanZone", "Match-day fan chat for a football league: 2 million fans a month, "
                        + "400,000 concurrent fans during the big games, with channels per match, presence and push notifications.")
                .goals("Traffic spikes 4x at kick-off")
                .capabilities("messages", "channels", "presence", "notifications")
                .load(new Load(20_000.0, 5.0, null, null))
                .team(new Team(12, List.of("Go", "Kubernetes", "PostgreSQL")))
                .deployment(new Deployment(cloud, List.of(region))).build();
    }

    /** Flood sensors on rivers: a device count and an interval, retention per class of data, no load fields. */
    private static ConsultationRequest floodWatch() {
        return ConsultationRequest.builder("FloodWatch", "River and reservoir monitoring for a water authority: 150,000 sensors "
                        + "report every 30 seconds, operators get alarms when a level crosses its threshold. Raw readings are kept "
                        + "2 years, hourly aggregates 20 years.")
                .capabilities("sensor readings", "alarms", "station registry")
                .team(new Team(6, List.of("Python", "PostgreSQL", "AWS"))).build();
    }

    private static List<String> drivers(Consultation c) {
        return c.decisions().stream().map(Decision::drivers).flatMap(List::stream).toList();
    }

    private static List<String> assumptionIds(Consultation c) {
        return c.requirements().assumptions().stream().map(Assumption::id).toList();
    }

    @Test
    void statedConcurrentConnectionsAreSizedAsStatedAndShownAsADriver() {
        Consultation c = ARCHITECT.consult(fanZone(Cloud.AZURE, "westeurope"));

        // Azure Web PubSub units of 1,000 connections: 400,000 stated connections / 1,000 = 400 units (not 2,000,000 / 3)
        CostLineItem units = c.cost().items().stream().filter(i -> i.id().endsWith("-units") && i.id().startsWith("realtime")).findFirst().orElseThrow();
        assertThat(units.quantity()).isEqualTo(400);
        assertThat(units.assumption()).contains("stated: description \"400,000 concurrent fans\"");
        assertThat(c.cost().assumptions()).noneMatch(a -> a.startsWith("[as-concurrent-connections]"));
        assertThat(drivers(c)).contains("concurrent connections at peak 400,000 (from description \"400,000 concurrent fans\")");
    }

    @Test
    void statedUsersAndSpikeNeedNoAssumptionAndTheLoadTestNamesTheSpike() {
        Consultation c = ARCHITECT.consult(fanZone(Cloud.AZURE, "westeurope"));

        assertThat(assumptionIds(c)).doesNotContain("as-load-monthlyActiveUsers");
        assertThat(drivers(c)).contains("traffic spike over the usual load 4x (from goals[0] \"spikes 4x\")");
        assertThat(c.operations().ciCd()).contains("Load test at 1.5x the peak of 20,000 requests/s (30,000 requests/s; the peak carries the "
                + "stated 4x spike, goals[0] \"spikes 4x\") before each major release");
        assertThat(DossierValidator.validate(c).errors()).isEmpty();
    }

    @Test
    void aSpikeStatedOverThePeakIsWhatTheLoadTestCoversNotAShareOfThePeak() {
        ConsultationRequest quiz = ConsultationRequest.builder("Quizline", "Live quiz shows for a streaming audience")
                .goals("answers counted within a second", "survive a finale spike of 3x normal peak").capabilities("quizzes", "answers")
                .load(new Load(20_000.0, 4.0, 2_000_000L, null)).deployment(new Deployment(Cloud.GCP, List.of("europe-west1"))).build();
        Consultation c = ARCHITECT.consult(quiz);

        // 3 x 20,000 = 60,000 requests/s, not 1.5x a peak said to carry the spike already
        assertThat(c.operations().ciCd()).contains("Load test at 3x the peak of 20,000 requests/s (60,000 requests/s; the stated 3x spike "
                + "over the peak, goals[1] \"spike of 3x\") before each major release");
        assertThat(c.roadmap().phases().stream().flatMap(p -> p.exitCriteria().stream()))
                .anyMatch(e -> e.startsWith("Load test at 3x the peak of 20,000 requests/s (60,000 requests/s;"));
        assertThat(c.capacity().estimate("average-rps").orElseThrow().basis()).doesNotContain("spike");
    }

    @Test
    void statedRawRetentionAndAggregateBucketSizeTheTieredHistoryNotTheLongestRetentionField() {
        // The field says 12 years (the aggregates'); raw readings are kept 2 years and aggregates are 1-minute buckets
        ConsultationRequest wind = ConsultationRequest.builder("Gustline", "A wind-farm operator has 12,000 turbine sensors that report every "
                        + "4 seconds; raw readings are kept 2 years, 1-minute aggregates 12 years for the grid regulator.")
                .capabilities("sensor ingestion", "turbine history").load(new Load(null, 0.1, 200L, null))
                .data(new dev.architect.request.DataVolume(500.0, 400.0, 12)).deployment(new Deployment(Cloud.AWS, List.of("eu-west-1"))).build();
        Consultation c = ARCHITECT.consult(wind);

        String classes = c.cost().assumptions().stream().filter(a -> a.startsWith("[as-data-classes]")).findFirst().orElseThrow();
        // 1 minute / 4 s = 15 readings a row; a row is two readings' size: 1/7.5 of the raw volume (the 5-minute default is 1/15)
        assertThat(classes).contains("1-minute rollups, 1/7.5 of the raw volume", "per about 15 readings",
                "kept 12 years as stated (description \"1-minute aggregates 12 years\")",
                "archived until their 2-year retention (stated: description \"raw readings are kept 2 years\") ends");
        assertThat(c.cost().items()).filteredOn(i -> i.id().endsWith("archive-storage")).isNotEmpty()
                .allMatch(i -> i.assumption().contains("2-year retention"));
    }

    @Test
    void devicesTimesTheirIntervalAreTheWriteRateWithTheirPhraseAsEvidence() {
        Consultation c = ARCHITECT.consult(floodWatch());

        // 150,000 sensors / 30 s = 5,000 writes/s, in the drivers with the phrase it was read from
        // and people's part of the 5,500 requests/s (5,000 x 1.1 assumed), 500 requests/s at 10 reads per write, 45.45 writes/s
        assertThat(drivers(c)).anyMatch(d -> d.startsWith("peak writes 5,045/s (from 150,000 devices / 30 s = 5,000 writes/s "
                + "(description \"150,000 sensors report every 30 seconds\"), and people's part of the 5,500 requests/s at peak: "
                + "5,500 - 5,000 = 500 requests/s at 10 reads per write = 45.45 writes/s"));
        assertThat(assumptionIds(c)).doesNotContain("as-load-peakRequestsPerSecond", "as-data-retentionYears");
        assertThat(c.metadata().warnings()).noneMatch(w -> w.contains("writes/s at peak"));
    }

    @Test
    void retentionPerClassIsADriverAndTheRawClassIsTheRetentionThatCapsStorage() {
        Consultation c = ARCHITECT.consult(floodWatch());

        assertThat(drivers(c)).anyMatch(d -> d.startsWith("retention per class of data raw readings 2 years; hourly aggregates 20 years (from "));
        // snapshots hold every class, so they are kept for the longest: 20 years
        assertThat(c.operations().backupAndRecovery().retention()).contains("monthly snapshots kept 20 years");
    }

    @Test
    void aStatedDeviceRateWinsOverLoadFieldsThatGiveFewerWritesWithAWarning() {
        Consultation c = ARCHITECT.consult(floodWatch().toBuilder().load(new Load(50_000.0, 10.0, null, null)).build());

        // 50,000 / 11 = 4,545.45 writes/s from the fields, 150,000 / 30 = 5,000 from the description: the devices reach the stated
        // writes. The stated peak is kept (pinned at 55,000 before: the devices' 5,000 writes plus 50,000 reads, no people's
        // writes); people's part 50,000 - 5,000 = 45,000 requests/s at the stated 10 reads per write: 45,000 / 11 = 4,090.91
        // writes/s and 40,909.09 reads/s; 5,000 + 4,090.91 = 9,090.91 writes/s
        assertThat(c.capacity().estimate("peak-writes").orElseThrow().value()).isEqualTo(9_090.91);
        assertThat(c.capacity().estimate("peak-reads").orElseThrow().value()).isEqualTo(40_909.09);
        assertThat(c.capacity().estimate("peak-rps").orElseThrow().basis()).startsWith("Computed: 9,090.91 writes/s + 40,909.09 reads/s: 150,000 devices / 30 s");
        assertThat(c.metadata().warnings()).anyMatch(w -> w.startsWith("load.peakRequestsPerSecond is 50,000 at 10 reads per write, whose writes the "
                + "description's devices alone reach: the peak is kept, the devices' writes are taken from it and people's part of it is split apart "
                + "(150,000 devices / 30 s = 5,000 writes/s (description \"150,000 sensors report every 30 seconds\"), and people's part of the 50,000 "
                + "requests/s at peak: 50,000 - 5,000 = 45,000 requests/s at 10 reads per write = 4,090.91 writes/s"));
        assertThat(DossierValidator.validate(c).errors()).isEmpty();
    }

    @Test
    void devicesAStatedPeakCannotHoldComeOnTopOfTheRequestTraffic() {
        // 40,000 gates every 10 s = 4,000 writes/s, while the stated 1,500 requests/s at 3 reads per write are 375 writes
        // and 1,125 reads: the gates' messages cannot be inside that peak
        ConsultationRequest parking = ConsultationRequest.builder("Lotwise", "A parking operator runs 900 car parks with 40,000 barrier gates. "
                        + "Gates report their state every 10 seconds and drivers book spaces in the app.").capabilities("space booking", "gate state")
                .load(new Load(1_500.0, 3.0, 200_000L, null)).deployment(new Deployment(Cloud.AWS, List.of("eu-west-2"))).build();
        Consultation c = ARCHITECT.consult(parking);

        assertThat(c.capacity().estimate("peak-writes").orElseThrow().value()).isEqualTo(4_375);
        assertThat(c.capacity().estimate("peak-reads").orElseThrow().value()).isEqualTo(1_125);
        assertThat(c.capacity().estimate("peak-rps").orElseThrow().value()).isEqualTo(5_500);
        assertThat(c.capacity().estimate("peak-writes").orElseThrow().basis()).contains("plus the devices' 40,000 devices / 10 s = 4,000 writes/s "
                + "(description \"40,000 barrier gates ... Gates report their state every 10 seconds\")");
        // the ADRs' drivers show the whole arithmetic, not the devices' share alone
        assertThat(drivers(c)).contains("peak writes 4,375/s (from 375 writes/s and 1,125 reads/s from load.peakRequestsPerSecond 1,500 at 3 reads "
                + "per write, plus the devices' 40,000 devices / 10 s = 4,000 writes/s (description \"40,000 barrier gates ... Gates report their "
                + "state every 10 seconds\"))");
        assertThat(DossierValidator.validate(c).errors()).isEmpty();
    }

    @Test
    void aStatedSpikeIsTheOneAverageEveryMonthlyFigureUses() {
        // "traffic jumps 6x" at a 60,000 requests/s peak: the average is 10,000/s in the capacity plan, in its egress
        // and in the cost's monthly requests alike, not 20,000/s (the usual day's peak / 3) in some of them.
        ConsultationRequest scores = ConsultationRequest.builder("Goalcast", "Live scores pushed to fans; traffic jumps 6x "
                        + "within a minute at kick-off").capabilities("live scores", "teams")
                .load(new Load(60_000.0, 1000.0, 5_000_000L, null)).deployment(new Deployment(Cloud.GCP, List.of("europe-west1"))).build();
        Consultation c = ARCHITECT.consult(scores);
        assertThat(c.capacity().estimate("average-rps").orElseThrow().value()).isEqualTo(10_000);
        assertThat(c.capacity().estimate("average-rps").orElseThrow().basis()).contains("/ 6");
        // egress: (9,990.01 reads/s x response KB + 9.99 writes/s x write KB) on average
        assertThat(c.capacity().estimate("egress").orElseThrow().basis()).contains("9,990.01 reads/s");
        assertThat(c.cost().items().stream().map(CostLineItem::assumption).filter(a -> a != null && a.contains("reads/s at peak /"))
                .toList()).allMatch(a -> a.contains("/ 6 x") || !a.contains(" / 3 x"));
    }
}
