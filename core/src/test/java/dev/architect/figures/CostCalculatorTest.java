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
    void aCommitmentDiscountsTheInstancesItCoversAndLeavesAConsumptionPlatformOnDemand() {
        CostEstimate cost = CostCalculator.standard().estimate(Cloud.AZURE, List.of(
                ResourceNeed.flat("vm", "VM instances", "app", "compute.instance", 2, "2 instances"),
                ResourceNeed.flat("paas", "Container Apps instances", "app", "paas.instance", 2, "2 instances")), List.of(), 0.35);

        // D2s v5: 70.08 x (1 - 0.35) = 45.552 a month, x 2 = 91.10; Container Apps consumption stays 157.68 x 2 = 315.36
        assertThat(cost.items()).extracting(CostLineItem::monthly).containsExactly(91.10, 315.36);
        assertThat(cost.items().get(1).unitPrice()).isEqualTo(157.68);
    }

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
        // Month m: 210.24 + (100 + 10 x (m - 1)) x 0.115 -> month 12: 210 GB = 24.15; month 36: 450 GB = 51.75; month 60: 690 GB = 79.35
        assertThat(cost.runRate()).extracting(p -> p.monthlyTotal()).containsExactly(221.74, 234.39, 261.99, 289.59);
        // Drivers: compute 210.24 of 221.74 = 94.8%, storage 11.50 = 5.2%
        assertThat(cost.drivers()).extracting(d -> d.sharePercent()).containsExactly(94.8, 5.2);
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
    void iotCoreMessagesArePricedByTheirVolumeTiersNotFlat() {
        CostEstimate cost = CostCalculator.standard().estimate(Cloud.AWS, List.of(
                ResourceNeed.flat("mqtt-messages", "MQTT broker messages", null, "iot.messages", 20_022.86, "20,022.86 million messages")), List.of());

        // 1,000 million x $1.00 = 1,000.00; 4,000 x $0.80 = 3,200.00; 15,022.86 x $0.70 = 10,516.00; total 14,716.00
        // (flat at $1.00 it would be 20,022.86)
        assertThat(cost.items()).extracting(CostLineItem::monthly).containsExactly(1000.00, 3200.00, 10516.00);
        assertThat(cost.monthlyTotal()).isEqualTo(14716.00);
    }

    @Test
    void aTieredPriceBecomesOneLinePerTierThatMultipliesExactly() {
        CostEstimate cost = CostCalculator.standard().estimate(Cloud.AWS, List.of(
                ResourceNeed.flat("egress", "Internet transfer", null, "network.egress", 60_000, "60,000 GB")), List.of());

        // 10,240 x 0.09 = 921.60; 40,960 x 0.085 = 3,481.60; 8,800 x 0.07 = 616.00; total 5,019.20 (a flat 0.09 would say 5,400)
        assertThat(cost.items()).extracting(CostLineItem::id).containsExactly("egress", "egress-tier-2", "egress-tier-3");
        assertThat(cost.items()).extracting(CostLineItem::monthly).containsExactly(921.60, 3481.60, 616.00);
        assertThat(cost.monthlyTotal()).isEqualTo(5019.20);
        assertThat(CostCalculator.standard().total(Cloud.AWS, List.of(
                ResourceNeed.flat("egress", "Internet transfer", null, "network.egress", 60_000, "60,000 GB")), 1, 0)).isEqualTo(5019.20);
    }

    @Test
    void eachProductTakesItsOwnCommittedUseDiscountNotTheComputeEngineRate() {
        CostEstimate cost = CostCalculator.standard().estimate(Cloud.GCP, List.of(
                ResourceNeed.flat("vm", "VM instances", "app", "compute.instance", 2, "2 instances"),
                ResourceNeed.flat("spanner", "Spanner nodes", "db", "spanner.node", 3, "3 nodes"),
                ResourceNeed.flat("cache", "Memorystore nodes", "cache", "cache.node", 2, "2 nodes")), List.of(), 0.37);

        // Compute Engine resource CUD: 70.90 x (1 - 0.37) = 44.667 a month, x 2 = 89.33
        // Spanner's own 1-year CUD: 657.00 x (1 - 0.20) = 525.60, x 3 = 1,576.80 (not 657 x 0.63 x 3 = 1,241.73)
        // Memorystore's own 1-year CUD: 197.10 x (1 - 0.20) = 157.68, x 2 = 315.36
        assertThat(cost.items()).extracting(CostLineItem::monthly).containsExactly(89.33, 1576.80, 315.36);
        assertThat(cost.items().get(1).assumption()).contains("657 on demand less the 20% one-year commitment (Spanner committed use discounts");
        assertThat(cost.items().get(0).assumption()).contains("less the 37% one-year commitment").doesNotContain("Spanner");
    }

    @Test
    void aProductSoldWithoutACommitmentStaysOnDemandWhenTheRestIsCommitted() {
        // Amazon MSK sells no reserved brokers: 2 x 153.30 = 306.60 on demand; EC2 at the savings plan: 70.08 x 0.72 = 50.4576, x 2 = 100.92
        CostEstimate cost = CostCalculator.standard().estimate(Cloud.AWS, List.of(
                ResourceNeed.flat("vm", "VM instances", "app", "compute.instance", 2, "2 instances"),
                ResourceNeed.flat("brokers", "Streaming brokers", "broker", "stream.node", 2, "2 brokers")), List.of(), 0.28);

        assertThat(cost.items()).extracting(CostLineItem::monthly).containsExactly(100.92, 306.60);
        assertThat(cost.items().get(1).unitPrice()).isEqualTo(153.30);
    }

    @Test
    void internetEgressFromSaoPauloIsPricedAtSouthAmericanRates() {
        List<ResourceNeed> needs = List.of(ResourceNeed.flat("egress", "Internet transfer", null, "network.egress", 63_860.4, "63,860.4 GB"));

        // sa-east-1: 10,240 x 0.15 + 40,960 x 0.138 + 12,660.4 x 0.126 = 1,536.00 + 5,652.48 + 1,595.21 = 8,783.69
        assertThat(CostCalculator.standard().inRegion(Cloud.AWS, "sa-east-1", "South America").total(Cloud.AWS, needs, 1, 0)).isEqualTo(8783.69);
        // us-east-1: 10,240 x 0.09 + 40,960 x 0.085 + 12,660.4 x 0.07 = 921.60 + 3,481.60 + 886.23 = 5,289.43
        assertThat(CostCalculator.standard().inRegion(Cloud.AWS, "us-east-1", "North America").total(Cloud.AWS, needs, 1, 0)).isEqualTo(5289.43);
    }

    @Test
    void aCommitmentDiscountAppliesToAlwaysOnKindsOnly() {
        List<ResourceNeed> needs = List.of(ResourceNeed.flat("app", "App", "app", "compute.instance", 10, "10 instances"),
                ResourceNeed.flat("egress", "Egress", null, "network.egress", 1000, "1,000 GB"));

        // 10 x 70.08 x (1 - 0.28) = 504.58 (rounded per line) + 1,000 x 0.09 = 90.00
        assertThat(CostCalculator.standard().total(Cloud.AWS, needs, 1, 0.28)).isEqualTo(594.58);
    }

    @Test
    void anotherPricingOfTheSameSystemTakesTheBaselinesGrowthScenarioRatiosAndItsOwnBudgetFit() {
        ConsultationRequest request = ConsultationRequest.builder("Clinic", "Appointment booking").capabilities("appointments")
                .load(new Load(30.0, 10.0, 40_000L, null)).data(new dev.architect.request.DataVolume(100.0, 50.0, 5))
                .budget(new Budget(1_000.0)).build();
        CostEstimate baseline = OfflineArchitect.create().cost(request);
        CostEstimate model = new CostEstimate("USD", List.of(new CostLineItem("app", "App instances", "app", 20, "instance-month", 70.08,
                1401.60, "20 instances")), 1401.60, 1401.60 * 36, "2025-06-01", List.of());

        CostEstimate outlook = CostCalculator.withOutlookOf(model, baseline, java.util.Optional.of(1_000.0));

        // Month 36 = the model's month 1 + the baseline's growth by month 36
        double growth36 = baseline.monthlyTotalAt(36).orElseThrow() - baseline.monthlyTotal();
        assertThat(outlook.monthlyTotalAt(36).orElseThrow()).isCloseTo(1401.60 + growth36, org.assertj.core.data.Offset.offset(0.011));
        assertThat(outlook.monthlyTotalAt(1)).contains(1401.60);
        // Over the $1,000 budget by the costliest month's total - 1,000: the verdict covers the whole run rate, and with the
        // data growing 50 GB a month for the 5 years it keeps, month 60 is the costliest (before: month 36's total)
        assertThat(outlook.budget().status()).isEqualTo(dev.architect.dossier.BudgetStatus.OVER);
        assertThat(outlook.monthlyTotalAt(60).orElseThrow()).isGreaterThan(outlook.monthlyTotalAt(36).orElseThrow());
        assertThat(outlook.budget().gapUsd()).isCloseTo(outlook.monthlyTotalAt(60).orElseThrow() - 1000, org.assertj.core.data.Offset.offset(0.011));
        // The high scenario keeps the baseline's ratio to its base
        double ratio = baseline.scenarios().get(2).monthlyTotal() / baseline.monthlyTotal();
        assertThat(outlook.scenarios().get(2).monthlyTotal()).isCloseTo(1401.60 * ratio, org.assertj.core.data.Offset.offset(0.011));
        assertThat(outlook.options()).isEmpty();
        assertThat(outlook.drivers()).singleElement().satisfies(d -> assertThat(d.sharePercent()).isEqualTo(100));
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
                .load(new Load(30.0, 10.0, 40_000L, null)).team(new Team(3, List.of("Java"))).budget(new Budget(300.0)).build();

        Consultation c = OfflineArchitect.create().consult(request);

        // Over even after adopting the one-year commitment (about $445 a month)

        assertThat(c.cost().monthlyTotal()).isGreaterThan(300);
        assertThat(c.risks()).filteredOn(r -> r.id().equals("risk-budget")).singleElement().satisfies(r -> {
            assertThat(r.title()).isEqualTo("Run cost exceeds the budget");
            // Critical (16 or more) when no priced option fits; how critical follows the overrun (RiskBuilder).
            assertThat(r.score()).isGreaterThanOrEqualTo(16);
            assertThat(r.mitigation()).contains("No priced option fits");
            assertThat(r.description()).contains("$300.00");
        });
        assertThat(c.metadata().warnings()).anyMatch(w -> w.contains("exceeds the budget of $300.00"));
        assertThat(OfflineArchitect.create().cost(request)).isEqualTo(c.cost());
    }

    @Test
    void aGenerousBudgetRaisesNoBudgetRisk() {
        ConsultationRequest request = ConsultationRequest.builder("Clinic", "Appointment booking").capabilities("appointments")
                .load(new Load(30.0, 10.0, 40_000L, null)).budget(new Budget(100_000.0)).build();

        assertThat(OfflineArchitect.create().consult(request).risks()).noneMatch(r -> r.id().equals("risk-budget"));
    }
}
