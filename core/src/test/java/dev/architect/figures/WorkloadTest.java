package dev.architect.figures;

import static org.assertj.core.api.Assertions.assertThat;

import dev.architect.dossier.Assumption;
import dev.architect.request.Cloud;
import dev.architect.request.ConsultationRequest;
import dev.architect.request.Load;
import org.junit.jupiter.api.Test;

class WorkloadTest {

    @Test
    void everyMissingFigureBecomesAnAssumptionNamedByItsRequestField() {
        Workload w = Workload.of(ConsultationRequest.builder("Notes", "Shared notes for a small company").build());

        assertThat(w.assumptions()).extracting(Assumption::topic).containsExactly("capabilities", "load.peakRequestsPerSecond",
                "load.readWriteRatio", "load.monthlyActiveUsers", "load.audience", "data.initialVolumeGb", "data.growthGbPerMonth",
                "data.retentionYears", "latency.p99Ms", "availability.targetPercent", "availability.rpoMinutes",
                "availability.rtoMinutes", "team.size", "team.expertise", "deployment.cloud", "deployment.regions", "budget.monthlyUsd");
        assertThat(w.assumptions()).filteredOn(a -> a.topic().equals("load.peakRequestsPerSecond"))
                .extracting(Assumption::value).containsExactly("50 requests/s");
        assertThat(w.peakRps()).isEqualTo(50);
        assertThat(w.cloud()).isEqualTo(Cloud.AWS);
        assertThat(w.assumptions()).extracting(Assumption::id).doesNotHaveDuplicates();
    }

    @Test
    void givenFiguresNeedNoAssumptionAndAMissingPeakIsDerivedFromMonthlyUsers() {
        Workload w = Workload.of(ConsultationRequest.builder("Shop", "Online store")
                .load(new Load(null, 20.0, 2_000_000L, null)).build());

        // "Online store" reads as shoppers: 4 visits x 40 requests = 160 a month; 2,000,000 users x 160 = 320,000,000
        // requests / 2,628,000 s = 121.7656 on average x 3 (peak over average) = 365.30
        assertThat(w.peakRps()).isEqualTo(365.30);
        assertThat(w.isGiven("load.readWriteRatio")).isTrue();
        assertThat(w.isGiven("load.monthlyActiveUsers")).isTrue();
        assertThat(w.assumptions()).filteredOn(a -> a.topic().equals("load.peakRequestsPerSecond")).singleElement()
                .satisfies(a -> assertThat(a.statement()).contains("2,000,000 monthly users"));
        // growth from the write rate: 365.30 / 21 writes/s at peak, / 3 on average, x 1 KB x 2,628,000 s / 1,000,000
        assertThat(w.growthGbPerMonth()).isEqualTo(Math.round(365.30 / 21 / 3 * 2_628_000 / 1_000_000 * 100) / 100.0);
    }

    @Test
    void devicesAndTheirIntervalSetTheWriteRateWhenNoPeakIsGiven() {
        Workload w = Workload.of(ConsultationRequest.builder("FloodWatch", "River levels: 150,000 sensors report every 30 seconds").build());

        // 150,000 sensors / 30 s = 5,000 writes/s; with no ratio stated, 0.1 reads per write (assumed) -> peak 5,500. People's
        // part of it, 5,500 - 5,000 = 500 requests/s, split at a web ratio of 10: 500 / 11 = 45.45 writes/s of their own
        // (pinned at 5,000 writes before: every write the sensors', none for people) -> 5,045.45 writes/s, 454.55 reads/s
        assertThat(w.peakWrites()).isEqualTo(5_045.45);
        assertThat(w.peakReads()).isEqualTo(454.55);
        assertThat(w.peakRps()).isEqualTo(5_500);
        assertThat(w.streamWrites()).isEqualTo(5_000);
        assertThat(w.isGiven("load.peakRequestsPerSecond")).isTrue();
        assertThat(w.assumptions()).filteredOn(a -> a.topic().equals("load.readWriteRatio")).singleElement()
                .satisfies(a -> assertThat(a.value()).isEqualTo("0.1 reads per write"));
        // Devices report around the clock: 5,000 writes/s x 1 KB x 2,628,000 s / 1,000,000 = 13,140 GB a month
        assertThat(w.growthGbPerMonth()).isEqualTo(13_140);
    }

    @Test
    void aStatedPeakWithDevicesGivesTheReadsSoNoRatioIsAssumed() {
        Workload w = Workload.of(ConsultationRequest.builder("FloodWatch", "150,000 sensors report every 30 seconds")
                .load(new Load(6_000.0, null, null, null)).build());

        // 5,000 writes/s from the devices; the other 1,000 requests/s are people's, split at a web ratio of 10 (the 0.2 they give
        // is the devices'): 1,000 / 11 = 90.91 writes/s and 909.09 reads/s (pinned before as 1,000 reads and no people's writes):
        // 5,090.91 writes/s, 909.09 / 5,090.91 = 0.1786 reads per write
        assertThat(w.peakWrites()).isEqualTo(5_090.91);
        assertThat(w.peakReads()).isEqualTo(909.09);
        assertThat(w.readWriteRatio()).isEqualTo(0.1786);
        assertThat(w.isGiven("load.readWriteRatio")).isTrue();
    }

    @Test
    void devicesThatReachTheStatedWritesAreTakenFromTheStatedPeakAndPeoplesPartKeepsTheStatedRatio() {
        Workload w = Workload.of(ConsultationRequest.builder("FloodWatch", "150,000 sensors report every 30 seconds")
                .load(new Load(50_000.0, 10.0, null, null)).build());

        // 50,000 / 11 = 4,545.45 writes/s from the fields, but the devices state 5,000: they reach the stated writes. The stated
        // peak is kept (this test pinned 55,000 before, the devices' 5,000 writes plus 50,000 reads, and no people's writes);
        // people's part 50,000 - 5,000 = 45,000 requests/s at the stated 10 reads per write: 45,000 / 11 = 4,090.91 writes/s,
        // 40,909.09 reads/s; writes 9,090.91, 40,909.09 / 9,090.91 = 4.5 reads per write
        assertThat(w.peakWrites()).isEqualTo(9_090.91);
        assertThat(w.peakReads()).isEqualTo(40_909.09);
        assertThat(w.peakRps()).isEqualTo(50_000);
        assertThat(w.readWriteRatio()).isEqualTo(4.5);
        assertThat(w.loadBasis().orElseThrow()).contains("150,000 devices / 30 s = 5,000 writes/s (description \"150,000 sensors report every 30 seconds\"), "
                + "and people's part of the 50,000 requests/s at peak: 50,000 - 5,000 = 45,000 requests/s at 10 reads per write = 4,090.91 writes/s");
    }

    @Test
    void loadFieldsThatAlreadyHoldTheStatedDevicesAreKept() {
        Workload w = Workload.of(ConsultationRequest.builder("FloodWatch", "150,000 sensors report every 30 seconds")
                .load(new Load(66_000.0, 10.0, null, null)).build());

        // 66,000 / 11 = 6,000 writes/s: more than the 5,000 the devices give, so the fields stand
        assertThat(w.peakWrites()).isEqualTo(6_000);
        assertThat(w.peakRps()).isEqualTo(66_000);
        assertThat(w.loadBasis()).isEmpty();
    }

    @Test
    void retentionStatedPerClassNeedsNoAssumptionAndTheRawClassCapsGrowth() {
        Workload w = Workload.of(ConsultationRequest.builder("FloodWatch",
                "River levels; raw readings are kept 2 years, hourly aggregates 20 years").build());

        assertThat(w.retentionYears()).isEqualTo(2);
        assertThat(w.isGiven("data.retentionYears")).isTrue();
        // 10 GB + growth x 12 x min(5, 2) years
        assertThat(w.rawStorageGb(5)).isEqualTo(Math.round((10 + w.growthGbPerMonth() * 24) * 100) / 100.0);
    }

    @Test
    void aStatedSpikeFactorIsThePeakOverTheAverageAndStatedUsersNeedNoAssumption() {
        Workload w = Workload.of(ConsultationRequest.builder("Quizzy", "Live quiz shows for 2 million players")
                .goals("traffic spikes 5x when a round opens").build());

        // 2,000,000 players stated, a daily-use consumer app ("players"): 30 visits x 30 requests = 900 a month;
        // 2,000,000 x 900 = 1,800,000,000 / 2,628,000 s = 684.9315 on average x 5 (the stated spike) = 3,424.66 at peak
        assertThat(w.monthlyActiveUsers()).isEqualTo(2_000_000);
        assertThat(w.isGiven("load.monthlyActiveUsers")).isTrue();
        assertThat(w.peakRps()).isEqualTo(3_424.66);
        assertThat(w.averageRps()).isEqualTo(684.93);
    }

    @Test
    void anotherGrowthReplacesTheAssumptionThatGaveTheFirst() {
        Workload w = Workload.of(ConsultationRequest.builder("Notes", "Shared notes for a small company").build());
        Workload grown = w.withGrowth(12.5, "as-data-growthGbPerMonth", new Assumption("as-stored-growth", "stored data growth", "only the notes", "12.5 GB/month"));

        assertThat(grown.growthGbPerMonth()).isEqualTo(12.5);
        // 10 GB + 12.5 GB/month x 12 x min(5, 5 years) = 760 GB
        assertThat(grown.rawStorageGb(5)).isEqualTo(760);
        assertThat(grown.assumptions()).extracting(Assumption::id).contains("as-stored-growth").doesNotContain("as-data-growthGbPerMonth");
        assertThat(grown.assumptions()).hasSize(w.assumptions().size());
        assertThat(grown.peakRps()).isEqualTo(w.peakRps());
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> w.withGrowth(-1, "x", grown.assumptions().get(0)))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
