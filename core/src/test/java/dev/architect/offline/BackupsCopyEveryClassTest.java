package dev.architect.offline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.architect.dossier.Consultation;
import dev.architect.dossier.CostLineItem;
import dev.architect.request.Availability;
import dev.architect.request.Cloud;
import dev.architect.request.ConsultationRequest;
import dev.architect.request.DataVolume;
import dev.architect.request.Deployment;
import dev.architect.request.Load;
import dev.architect.request.Team;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Backups are a copy of each class of data the store keeps, at that class's size in each month: raw readings in their hot
 * window and the rollups kept for years each grow (and stop growing) on their own, so the backups of month 36 hold the
 * full hot window as well as 36 months of rollups, not month 1's raw readings grown at the rollups' rate.
 */
class BackupsCopyEveryClassTest {

    private static Consultation orchards() {
        return OfflineArchitect.create().consult(ConsultationRequest.builder("Orchardwatch", "Collects soil moisture readings from 40,000 "
                        + "sensors across 300 orchards; each sensor reports every 10 seconds. Growers see moisture charts per block and get an "
                        + "alert when a block dries out.")
                .goals("Keep 30 days of raw readings and 3 years of hourly averages")
                .capabilities("sensor readings", "moisture charts", "dry-block alerts").load(new Load(4_500.0, 0.1, null, null))
                .data(new DataVolume(100.0, 1_000.0, 3)).availability(new Availability(99.9, 15, 60))
                .team(new Team(6, List.of("Python", "AWS")))
                .deployment(new Deployment(Cloud.AWS, List.of("us-east-1"))).build());
    }

    private static CostLineItem line(Consultation c, String name) {
        return c.cost().items().stream().filter(i -> i.containerId() != null && i.containerId().equals("telemetry-store") && i.name().equals(name))
                .findFirst().orElseThrow(() -> new AssertionError(c.cost().items().stream().map(CostLineItem::name).toList()));
    }

    @Test
    void eachClassTheStoreKeepsHasItsOwnBackupCopyGrowingForItsOwnPeriod() {
        Consultation c = orchards();

        // Month 1, one copy of each class x 1.3 (indexes): raw readings 100 GB x 1.3 = 130 GB; rollups 100 GB / 15 x 1.3 = 8.67 GB
        CostLineItem raw = line(c, "Backups (raw, hot window)");
        CostLineItem rollups = line(c, "Backups (rollups)");
        assertThat(raw.quantity()).isEqualTo(130);
        assertThat(rollups.quantity()).isCloseTo(8.67, within(0.01));
        assertThat(raw.unitPrice()).isEqualTo(0.095); // RDS backup storage in us-east-1
        assertThat(line(c, "Database storage (raw, hot window)").quantity()).isEqualTo(raw.quantity());

        // Month 36 against month 1, by hand (every other line is flat):
        //   raw hot window: 1,000 GB/month x 1 month x 1.3 = 1,300 GB from month 2: storage (1,300 - 130) x $0.40 = 468.00,
        //                   backups (1,300 - 130) x $0.095 = 111.15
        //   rollups: (100 + 35 x 1,000) / 15 x 1.3 = 3,042 GB in month 36: storage (3,042 - 8.667) x $0.40 = 1,213.33,
        //            backups (3,042 - 8.667) x $0.095 = 288.17
        //   cold archive: 35 months x 1,000 GB / 5 (compression) = 7,000 GB x $0.0125 = 87.50
        //   = 2,168.15; a backup line grown at the rollups' rate alone would miss the hot window's 111.15
        double growth = c.cost().monthlyTotalAt(36).orElseThrow() - c.cost().monthlyTotal();
        assertThat(growth).isCloseTo(468.00 + 111.15 + 1_213.33 + 288.17 + 87.50, within(0.5));
    }
}
