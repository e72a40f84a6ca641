package dev.architect.figures;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.architect.dossier.Consultation;
import dev.architect.dossier.CostEstimate;
import dev.architect.dossier.CostLineItem;
import dev.architect.exceptions.InvalidDossierException;
import dev.architect.offline.OfflineArchitect;
import dev.architect.request.Budget;
import dev.architect.request.Cloud;
import dev.architect.request.ConsultationRequest;
import dev.architect.request.Load;
import dev.architect.request.Team;
import java.util.List;
import org.junit.jupiter.api.Test;

class CostCalculatorTest {

    @Test
    void lineItemsTotalAndTcoMatchHandArithmetic() {
        CostEstimate cost = CostCalculator.standard().estimate(Cloud.AWS, List.of(
                ResourceNeed.flat("app", "App instances", "app", "compute.instance", 3, "3 instances"),
                new ResourceNeed("db-storage", "Database storage", "db", "database.storage", 100, 10, "100 GB + 10 GB/month")),
                List.of());

        assertThat(cost.items()).extracting(CostLineItem::monthly).containsExactly(210.24, 11.5);   // 3 x 70.08; 100 x 0.115
        assertThat(cost.monthlyTotal()).isEqualTo(221.74);
        // 36 x 221.74 + 10 GB/month x 0.115 x (0 + 1 + ... + 35 = 630) = 7,982.64 + 724.50
        assertThat(cost.threeYearTco()).isEqualTo(8707.14);
        assertThat(cost.priceDate()).isEqualTo(PriceTable.standard().priceDate());
        assertThat(cost.items().get(0).assumption()).contains("3 instances", "m6i.large");
    }

    @Test
    void retentionStopsStorageGrowthInTheTco() {
        CostEstimate cost = CostCalculator.standard().estimate(Cloud.AWS, List.of(
                new ResourceNeed("db-storage", "Database storage", "db", "database.storage", 100, 10, 12, "1-year retention")),
                List.of());

        // 36 x 11.50 + 10 GB/month x 0.115 x (0 + 1 + ... + 12 = 78, then 23 months at 12 = 276; 354) = 414.00 + 407.10
        assertThat(cost.threeYearTco()).isEqualTo(821.10);
    }

    @Test
    void aKindWithoutAPriceOnThatCloudIsAnErrorNamingTheLineAndTheKind() {
        assertThatThrownBy(() -> CostCalculator.standard().estimate(Cloud.ON_PREMISES,
                List.of(ResourceNeed.flat("edge", "CDN", null, "cdn.egress", 100, "100 GB")), List.of()))
                .isInstanceOf(InvalidDossierException.class)
                .hasMessageContaining("line item 'edge'").hasMessageContaining("'cdn.egress'").hasMessageContaining("on-premises");
    }

    @Test
    void exceedingTheBudgetRaisesACriticalRiskAndAWarning() {
        ConsultationRequest request = ConsultationRequest.builder("Clinic", "Appointment booking").capabilities("appointments")
                .load(new Load(30.0, 10.0, 40_000L, null)).team(new Team(3, List.of("Java"))).budget(new Budget(500.0)).build();

        Consultation c = OfflineArchitect.create().consult(request);

        assertThat(c.cost().monthlyTotal()).isGreaterThan(500);
        assertThat(c.risks()).filteredOn(r -> r.id().equals("risk-budget")).singleElement().satisfies(r -> {
            assertThat(r.title()).isEqualTo("Run cost exceeds the budget");
            assertThat(r.score()).isEqualTo(20);
            assertThat(r.description()).contains("$500.00");
        });
        assertThat(c.metadata().warnings()).anyMatch(w -> w.contains("exceeds the budget of $500.00"));
        assertThat(OfflineArchitect.create().cost(request)).isEqualTo(c.cost());
    }

    @Test
    void aGenerousBudgetRaisesNoBudgetRisk() {
        ConsultationRequest request = ConsultationRequest.builder("Clinic", "Appointment booking").capabilities("appointments")
                .load(new Load(30.0, 10.0, 40_000L, null)).budget(new Budget(100_000.0)).build();

        assertThat(OfflineArchitect.create().consult(request).risks()).noneMatch(r -> r.id().equals("risk-budget"));
    }
}
