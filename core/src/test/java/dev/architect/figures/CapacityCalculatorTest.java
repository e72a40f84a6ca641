package dev.architect.figures;

import dev.architect.offline.OfflineArchitect;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.architect.dossier.CapacityPlan;
import dev.architect.request.Availability;
import dev.architect.request.ConsultationRequest;
import dev.architect.request.DataVolume;
import dev.architect.request.Load;
import dev.architect.request.Team;
import java.util.List;
import org.junit.jupiter.api.Test;

class CapacityCalculatorTest {

    private static ConsultationRequest request(double peak, double ratio, double initialGb, double growthGb, int retentionYears) {
        return ConsultationRequest.builder("Clinic", "Appointment booking for clinics").capabilities("appointments", "accounts")
                .load(new Load(peak, ratio, 40_000L, null)).data(new DataVolume(initialGb, growthGb, retentionYears))
                .availability(new Availability(99.9, 15, 120)).team(new Team(3, List.of("Java"))).build();
    }

    private static double value(CapacityPlan plan, String id) {
        return plan.estimate(id).orElseThrow(() -> new AssertionError("no estimate " + id)).value();
    }

    @Test
    void smallWorkloadMatchesHandArithmetic() {
        CapacityPlan plan = OfflineArchitect.create().capacity(request(30, 10, 5, 1, 7));

        assertThat(value(plan, "peak-rps")).isEqualTo(30);
        assertThat(value(plan, "average-rps")).isEqualTo(10);                 // 30 / 3
        assertThat(value(plan, "peak-writes")).isEqualTo(2.73);               // 30 / (10 + 1) = 2.727
        assertThat(value(plan, "peak-reads")).isEqualTo(27.27);               // 30 - 2.73
        assertThat(value(plan, "app-instances")).isEqualTo(3);                // max(3 zones, ceil(30 / 700))
        // one relational primary and standby: 2 copies, 30% index overhead
        assertThat(value(plan, "storage-1y")).isEqualTo(44.2);                // (5 + 1 x 12) x 1.3 x 2
        assertThat(value(plan, "storage-3y")).isEqualTo(106.6);               // (5 + 1 x 36) x 1.3 x 2
        assertThat(value(plan, "storage-5y")).isEqualTo(169);                 // (5 + 1 x 60) x 1.3 x 2
        // (27.27 / 3 reads/s x 10 KB + 2.73 / 3 writes/s x 0.5 KB) x 2,628,000 s / 1,000,000
        double egress = (27.27 / 3 * 10 + 2.73 / 3 * 0.5) * 2_628_000 / 1_000_000;
        assertThat(value(plan, "egress")).isCloseTo(egress, within(0.01));    // 240.10 GB/month
        assertThat(value(plan, "monthly-requests")).isEqualTo(26.28);         // 10 x 2,628,000 / 1,000,000
    }

    @Test
    void instancesGrowWithThePeakAtSeventyPercentOfAThousandRequestsEach() {
        CapacityPlan plan = OfflineArchitect.create().capacity(request(2000, 20, 200, 50, 7));

        assertThat(value(plan, "app-instances")).isEqualTo(3);                // ceil(2000 / 700) = 3
        assertThat(CapacityCalculator.instancesFor(10_000, 3)).isEqualTo(15); // ceil(10,000 / 700) = 14.3 -> 15
        assertThat(CapacityCalculator.instancesFor(100, 2)).isEqualTo(2);
        assertThat(plan.estimate("app-instances").orElseThrow().basis()).contains("1,000 requests/s per 2-vCPU instance", "70% target utilisation");
    }

    @Test
    void telemetryStorageIsCappedByRetentionAndUsesTheStoresCopiesAndCompression() {
        ConsultationRequest request = ConsultationRequest.builder("GridSense", "Smart meter telemetry ingestion")
                .capabilities("telemetry ingestion", "devices").load(new Load(210_000.0, 0.05, null, null))
                .data(new DataVolume(2000.0, 15000.0, 2)).team(new Team(10, List.of("Go"))).build();
        CapacityPlan aws = OfflineArchitect.create().capacity(request);
        CapacityPlan onPremises = OfflineArchitect.create().capacity(request.toBuilder()
                .deployment(new dev.architect.request.Deployment(dev.architect.request.Cloud.ON_PREMISES, List.of())).build());

        assertThat(value(aws, "peak-writes")).isEqualTo(200_000);           // 210,000 / 1.05
        assertThat(value(aws, "peak-reads")).isEqualTo(10_000);
        // The plan's storage is the priced storage (physical GB). Telemetry history is tiered (time-series-history archetype):
        // raw readings stay a month in the hot store, 5-minute rollups (1/15 of raw) for the retention, raw past the window
        // goes to the archive 5x smaller as Parquet. On AWS the time-series store (Timestream for InfluxDB) is a managed product
        // billed for one copy of the logical size with its indexes: reference database 50 x 1.3 x 2 = 130 + raw hot window
        // 15,000 x 1.3 = 19,500 + rollups (2,000 / 15 + 1,000 x 12) x 1.3 = 15,773.33 + archive 15,000 / 5 x 12 = 36,000 -> 71,403.33
        assertThat(value(aws, "storage-1y")).isCloseTo(71_403.33, within(0.01));
        // 2-year retention: rollups stop at (133.33 + 1,000 x 24) x 1.3 = 31,373.33, the archive at 3,000 x 24 = 72,000 -> 123,003.33
        assertThat(value(aws, "storage-3y")).isCloseTo(123_003.33, within(0.01));
        assertThat(value(aws, "storage-5y")).isEqualTo(value(aws, "storage-3y"));
        // The logical data is the request's: 2,000 + 15,000 x 12 = 182,000 GB after a year, one copy
        assertThat(value(aws, "data-1y")).isEqualTo(182_000);
        assertThat(value(aws, "data-3y")).isEqualTo(362_000);
        // On premises the store runs on its own nodes: 3 replicas, 10x compression: factor 1.3 x 3 / 10 = 0.39 on the hot
        // raw window and the rollups; the archive and the reference database as on AWS
        assertThat(value(onPremises, "storage-1y")).isCloseTo((15_000 + 12_133.33) * 0.39 + 36_000 + 130, within(0.01));   // 46,711.99
        assertThat(value(onPremises, "storage-3y")).isCloseTo((15_000 + 24_133.33) * 0.39 + 72_000 + 130, within(0.01));   // 87,391.99
        assertThat(onPremises.estimate("storage-3y").orElseThrow().basis()).contains("Sum of the priced storage lines", "retention");
    }
}
