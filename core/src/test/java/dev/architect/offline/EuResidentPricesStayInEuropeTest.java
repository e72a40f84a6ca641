package dev.architect.offline;

import static org.assertj.core.api.Assertions.assertThat;

import dev.architect.dossier.Consultation;
import dev.architect.dossier.CostLineItem;
import dev.architect.figures.PriceTable;
import dev.architect.offline.internal.catalog.Geography;
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
 * A design whose regions all stand in Europe, for a request that keeps its data in the EU, is priced at the European
 * products: the Spanner multi-region configuration inside Europe (eur3), transfer out of Europe; never a North American
 * configuration or a region of another continent.
 */
class EuResidentPricesStayInEuropeTest {

    private static Consultation exchange(String first, String second) {
        return OfflineArchitect.create().consult(ConsultationRequest.builder("Tradeboard", "A ticket resale exchange for clubs in the EU: "
                        + "fans list and buy resale tickets; every sale must be consistent across both regions. Records never leave the EU.")
                .capabilities("listings", "orders", "ticket transfers").load(new Load(70_000.0, 4.0, 3_000_000L, null))
                .data(new DataVolume(2_000.0, 300.0, 7)).availability(new Availability(99.99, 0, 15))
                .team(new Team(12, List.of("Go", "Spanner")))
                .deployment(new Deployment(Cloud.GCP, List.of(first, second))).build());
    }

    private static String priced(Consultation c) {
        StringBuilder sb = new StringBuilder();
        for (CostLineItem i : c.cost().items()) {
            sb.append(i.name()).append(' ').append(i.assumption()).append('\n');
        }
        c.cost().drivers().forEach(d -> sb.append(d.name()).append('\n'));
        return sb.toString();
    }

    @Test
    void anEuResidentSpannerSpanningTwoEuropeanRegionsIsPricedAsEur3NeverNam3() {
        Consultation c = exchange("europe-west1", "europe-west4");

        CostLineItem nodes = c.cost().items().stream().filter(i -> i.id().endsWith("-nodes") && i.assumption().contains("Cloud Spanner"))
                .findFirst().orElseThrow(() -> new AssertionError(priced(c)));
        assertThat(nodes.assumption()).contains("Cloud Spanner multi-region node, the European configuration").contains("eur3");
        assertThat(c.cost().items()).filteredOn(i -> i.assumption().contains("Cloud Spanner multi-region storage"))
                .isNotEmpty().allSatisfy(i -> assertThat(i.assumption()).contains("eur3"));
        assertThat(c.cost().items()).filteredOn(i -> i.id().startsWith("egress")).isNotEmpty()
                .allSatisfy(i -> assertThat(i.assumption()).contains("internet egress from Europe"));

        // No configuration or region of another continent anywhere in the priced lines
        String text = priced(c);
        assertThat(text).doesNotContain("nam3").doesNotContain("North America");
        Geography g = Geography.standard();
        g.regions().values().stream().flatMap(List::stream)
                .filter(r -> g.continentOf(r.region()).filter("Europe"::equals).isEmpty())
                .forEach(r -> assertThat(text).as("region %s of another continent", r.region()).doesNotContainPattern("\\b" + r.region() + "\\b"));
    }

    @Test
    void twoNorthAmericanRegionsStillPriceTheNorthAmericanConfiguration() {
        Consultation c = exchange("us-central1", "us-east1");

        assertThat(priced(c)).contains("Cloud Spanner multi-region node, nam3").doesNotContain("eur3");
    }

    @Test
    void everyContinentThePriceTablePricesIsAContinentOfTheGeography() {
        assertThat(Geography.standard().continents().keySet()).containsAll(PriceTable.standard().pricedContinents());
        assertThat(PriceTable.standard().pricedContinents()).contains("Europe");
    }
}
