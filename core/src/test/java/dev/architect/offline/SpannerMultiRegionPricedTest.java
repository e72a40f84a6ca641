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
import org.junit.jupiter.api.Test;

/** A Spanner instance spanning regions is one multi-region configuration, priced at the multi-region node and storage rates. */
class SpannerMultiRegionPricedTest {

    @Test
    void aSpannerInstanceAcrossTwoRegionsIsPricedAtTheMultiRegionRatesOnce() {
        // A ticket exchange writing 14,000 resales/s at peak (70,000 requests/s at 4 reads per write) in two US regions
        Consultation c = OfflineArchitect.create().consult(ConsultationRequest.builder("Resellr", "A ticket resale exchange: fans list and buy "
                        + "resale tickets for stadium events; every sale must be consistent across both regions.")
                .capabilities("listings", "orders", "payouts").load(new Load(70_000.0, 4.0, 3_000_000L, null))
                .data(new DataVolume(2_000.0, 300.0, 7)).availability(new Availability(99.99, 0, 15))
                .team(new Team(12, List.of("Go", "Spanner")))
                .deployment(new Deployment(Cloud.GCP, List.of("us-central1", "us-east1"))).build());

        CostLineItem nodes = c.cost().items().stream().filter(i -> i.id().endsWith("-nodes") && i.assumption().contains("Cloud Spanner"))
                .findFirst().orElseThrow(() -> new AssertionError(c.cost().items().stream().map(i -> i.id() + " " + i.name()).toList()));
        // 70,000 / (4 + 1) = 14,000 writes/s; the store's share of them / 3,500 per node, at least 3: one count for the instance,
        // not one per region; each node-month at $3.00 x 730 = $2,190.00, not the regional $657.00
        assertThat(nodes.assumption()).contains("Cloud Spanner multi-region node");
        assertThat(nodes.unitPrice()).isEqualTo(2_190.00);
        assertThat(nodes.monthly()).isEqualTo(Math.round(nodes.quantity() * 2_190.00 * 100) / 100.0);
        assertThat(nodes.assumption()).contains("multi-region configuration spans the 2 regions");
        assertThat(c.cost().items()).noneMatch(i -> i.assumption().contains("Cloud Spanner Standard regional node"));
        // Storage once, at $0.50 a GB-month, not a regional copy per region (its backups are priced at Spanner's own backup
        // storage rate, not Cloud SQL's)
        assertThat(c.cost().items()).filteredOn(i -> i.assumption().contains("Cloud Spanner") && i.id().endsWith("-storage")).isNotEmpty()
                .allSatisfy(i -> assertThat(i.unitPrice()).isEqualTo(0.50));
        assertThat(c.cost().items()).filteredOn(i -> i.id().endsWith("-backups")).isNotEmpty()
                .allSatisfy(i -> assertThat(i.assumption()).contains("Cloud Spanner backup storage"));
    }
}
