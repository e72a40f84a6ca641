package dev.architect.offline;

import static org.assertj.core.api.Assertions.assertThat;

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
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * A copy of the backups in a second region, asked for by the request or implied by a standby region, is in the runbook
 * and priced: the copy's storage in the second region and, when it is copied out of a single-region design, the
 * inter-region transfer of the new backup data each month.
 */
class CrossRegionBackupCopyTest {

    private static Consultation pharmacy(String backups, List<String> regions, Availability availability) {
        return OfflineArchitect.create().consult(ConsultationRequest.builder("Dosekeep", "Prescriptions for a chain of pharmacies: "
                        + "pharmacists record, check and dispense prescriptions. " + backups)
                .capabilities("prescriptions", "dispensing", "stock").load(new Load(120.0, 5.0, 20_000L, null))
                .data(new DataVolume(200.0, 40.0, 7)).availability(availability)
                .team(new Team(5, List.of("Java", "PostgreSQL", "AWS")))
                .deployment(new Deployment(Cloud.AWS, regions)).build());
    }

    private static Optional<CostLineItem> line(Consultation c, String suffix) {
        return c.cost().items().stream().filter(i -> i.id().endsWith(suffix)).findFirst();
    }

    @Test
    void backupsTheRequestAsksForInAnotherRegionAreDesignedAndPriced() {
        Consultation c = pharmacy("Backups must be copied to a second region.", List.of("us-east-1"), new Availability(99.9, 15, 120));

        // One full copy of the data in snapshots: 200 GB x 1.3 (indexes) = 260 GB-month x $0.095 (RDS backup storage) = $24.70
        CostLineItem copy = line(c, "-backup-copy").orElseThrow(() -> new AssertionError(c.cost().items().stream().map(CostLineItem::id).toList()));
        assertThat(copy.quantity()).isEqualTo(260);
        assertThat(copy.unitPrice()).isEqualTo(0.095);
        assertThat(copy.monthly()).isEqualTo(24.70);
        // The month's new backup data crosses regions: 40 GB/month x 1.3 = 52 GB x $0.02 = $1.04
        CostLineItem transfer = line(c, "-backup-copy-transfer").orElseThrow();
        assertThat(transfer.quantity()).isEqualTo(52);
        assertThat(transfer.monthly()).isEqualTo(1.04);
        // The copy grows with the backups: month 12 holds 260 + 52 x 11 = 832 GB, 572 GB x $0.095 = $54.34 more than month 1,
        // and it is not priced without the copy
        Consultation without = pharmacy("", List.of("us-east-1"), new Availability(99.9, 15, 120));
        double growth = c.cost().monthlyTotalAt(12).orElseThrow() - c.cost().monthlyTotalAt(1).orElseThrow();
        double growthWithout = without.cost().monthlyTotalAt(12).orElseThrow() - without.cost().monthlyTotalAt(1).orElseThrow();
        assertThat(growth - growthWithout).isCloseTo(54.34, org.assertj.core.data.Offset.offset(0.02));
        assertThat(c.cost().monthlyTotal() - without.cost().monthlyTotal()).isCloseTo(24.70 + 1.04, org.assertj.core.data.Offset.offset(0.011));
        // The runbook says where the copy is and why, citing the request
        assertThat(c.operations().backupAndRecovery().strategy()).contains("copied each day to the region paired with us-east-1")
                .contains("description \"Backups must be copied to a second region\"").doesNotContain("neither designed nor priced");
        assertThat(c.cost().assumptions()).anyMatch(n -> n.startsWith("[backup-copy]"));
    }

    @Test
    void withoutAskingASingleRegionDesignKeepsItsBackupsInTheRegion() {
        Consultation c = pharmacy("No backups in another region are needed.", List.of("us-east-1"), new Availability(99.9, 15, 120));

        assertThat(line(c, "-backup-copy")).isEmpty();
        assertThat(c.operations().backupAndRecovery().strategy()).contains("neither designed nor priced");
    }

    @Test
    void aSecondRegionKeepsBackupsOfItsOwnWithoutTransfer() {
        Consultation c = pharmacy("", List.of("us-east-1", "us-west-2"), new Availability(99.99, 1, 15));

        // The second region snapshots its own replica: the copy's storage is priced, the data crosses as replication already
        CostLineItem copy = line(c, "-backup-copy").orElseThrow(() -> new AssertionError(c.cost().items().stream().map(CostLineItem::id).toList()));
        assertThat(copy.name()).isEqualTo("Backup copy in us-west-2");
        assertThat(copy.monthly()).isEqualTo(Math.round(copy.quantity() * copy.unitPrice() * 100) / 100.0);
        assertThat(line(c, "-backup-copy-transfer")).isEmpty();
        assertThat(c.operations().backupAndRecovery().strategy()).contains("Backups are kept in us-west-2 too");
    }
}
