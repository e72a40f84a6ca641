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

        // 2,000,000 users x 20% daily x 50 requests / 86,400 s x 3 (peak over average) = 694.44
        assertThat(w.peakRps()).isEqualTo(694.44);
        assertThat(w.isGiven("load.readWriteRatio")).isTrue();
        assertThat(w.isGiven("load.monthlyActiveUsers")).isTrue();
        assertThat(w.assumptions()).filteredOn(a -> a.topic().equals("load.peakRequestsPerSecond")).singleElement()
                .satisfies(a -> assertThat(a.statement()).contains("2,000,000 monthly users"));
        // growth from the write rate: 694.44 / 21 writes/s at peak, / 3 on average, x 1 KB x 2,628,000 s / 1,000,000
        assertThat(w.growthGbPerMonth()).isEqualTo(Math.round(694.44 / 21 / 3 * 2_628_000 / 1_000_000 * 100) / 100.0);
    }
}
