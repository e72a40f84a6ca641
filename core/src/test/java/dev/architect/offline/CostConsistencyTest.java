package dev.architect.offline;

import static org.assertj.core.api.Assertions.assertThat;

import dev.architect.dossier.BudgetStatus;
import dev.architect.dossier.Consultation;
import dev.architect.dossier.CostEstimate;
import dev.architect.dossier.CostLineItem;
import dev.architect.dossier.DecisionTopic;
import dev.architect.dossier.ScenarioName;
import dev.architect.internal.Numbers;
import dev.architect.request.Budget;
import dev.architect.request.Cloud;
import dev.architect.request.ConsultationRequest;
import dev.architect.request.Deployment;
import dev.architect.request.RequestReader;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** What is chosen is what is priced, once, by its billing model; totals agree wherever they are quoted. */
class CostConsistencyTest {

    private static final OfflineArchitect ARCHITECT = OfflineArchitect.create();

    static Stream<String> requests() {
        return Stream.concat(Stream.of("small-booking", "global-media", "telemetry", "payments", "chat", "migration").map(n -> "costs/" + n),
                Requests.ALL.stream().map(n -> "requests/" + n));
    }

    private static ConsultationRequest load(String path) {
        return RequestReader.read(Path.of("src/test/resources", path + ".yaml"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("requests")
    void everyLineMultipliesToTheCentAndTheTotalsAgree(String path) {
        Consultation c = ARCHITECT.consult(load(path));
        CostEstimate cost = c.cost();

        for (CostLineItem i : cost.items()) {
            BigDecimal product = BigDecimal.valueOf(i.quantity()).multiply(BigDecimal.valueOf(i.unitPrice())).setScale(2, RoundingMode.HALF_UP);
            assertThat(product).as(i.id()).isEqualByComparingTo(BigDecimal.valueOf(i.monthly()));
        }
        double sum = cost.items().stream().mapToDouble(CostLineItem::monthly).sum();
        assertThat(cost.monthlyTotal()).isCloseTo(sum, org.assertj.core.data.Offset.offset(0.011));
        assertThat(cost.runRate()).extracting(p -> p.month()).containsExactly(1, 12, 36, 60);
        assertThat(cost.monthlyTotalAt(1)).contains(cost.monthlyTotal());
        // The summary quotes the cost's own month 1, month 36 and TCO figures
        assertThat(c.summary()).contains(Numbers.usd(cost.monthlyTotal()) + " a month in month 1",
                Numbers.usd(cost.monthlyTotalAt(36).orElseThrow()) + " in month 36", Numbers.usd(cost.threeYearTco()));
        // TCO is the sum of months 1..36; stored data only grows and temporary parts (a migration's loader) only leave, so it
        // lies between 36 x the lowest and 36 x the highest of months 1, 12 and 36
        var quoted = cost.runRate().stream().filter(p -> p.month() <= 36).mapToDouble(p -> p.monthlyTotal()).summaryStatistics();
        assertThat(cost.threeYearTco()).isBetween(36 * quoted.getMin() - 0.01, 36 * quoted.getMax() + 0.01);
        // No kind the design chose lacks a price on its cloud
        assertThat(cost.assumptions()).noneMatch(a -> a.contains("has no list price") && !a.contains("on-premises"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("requests")
    void pricedApplicationInstancesAreTheCapacityPlansCount(String path) {
        Consultation c = ARCHITECT.consult(load(path));
        Set<String> units = c.c4().containers().stream()
                .filter(k -> k.kind() == dev.architect.dossier.ContainerKind.SERVICE || k.kind() == dev.architect.dossier.ContainerKind.FUNCTION)
                .map(k -> k.id()).collect(java.util.stream.Collectors.toSet());
        double priced = c.cost().items().stream().filter(i -> i.id().equals(i.containerId() + "-compute") && units.contains(i.containerId())
                && !Set.of("worker", "stream-processor", "identity", "card-vault").contains(i.containerId())).mapToDouble(CostLineItem::quantity).sum();

        // Scheduled scaling for a stated daily burst bills instance-months below the peak count: the plan states both
        c.capacity().estimate("app-instance-months").or(() -> c.capacity().estimate("app-instances"))
                .ifPresent(e -> assertThat(priced).as(e.id()).isCloseTo(e.value(), org.assertj.core.data.Offset.offset(0.011)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("requests")
    void whateverTheDesignChoosesIsPricedOnEveryPublicCloud(String path) {
        ConsultationRequest request = load(path);
        for (Cloud cloud : List.of(Cloud.AWS, Cloud.AZURE, Cloud.GCP)) {
            List<String> regions = request.deployment() == null ? List.of() : request.deployment().regions();
            CostEstimate cost = ARCHITECT.cost(request.toBuilder().deployment(new Deployment(cloud, regions)).build());

            assertThat(cost.assumptions()).as(cloud.label()).noneMatch(a -> a.contains("has no list price"));
        }
    }

    private static final java.util.regex.Pattern REFERENCE = java.util.regex.Pattern.compile("\\b(?:assumption |Assumed \\()(as-[A-Za-z0-9-]+)");
    private static final java.util.regex.Pattern DEFINED = java.util.regex.Pattern.compile("^\\[(as-[a-z-]+)\\]");

    @ParameterizedTest(name = "{0}")
    @MethodSource("requests")
    void everyFigureIsGivenComputedOrAssumedWithAnIdTheDossierDefines(String path) {
        Consultation c = ARCHITECT.consult(load(path));
        Set<String> defined = new java.util.HashSet<>();
        c.requirements().assumptions().forEach(a -> defined.add(a.id()));
        c.cost().assumptions().forEach(a -> DEFINED.matcher(a).results().forEach(m -> defined.add(m.group(1))));
        List<String> texts = new java.util.ArrayList<>();

        for (var e : c.capacity().estimates()) {
            // Given by a request field, or by the phrase of the description or a goal that states it ("Given: description \"...\"")
            assertThat(e.basis()).as(e.id()).matches("(Given: [a-z]+\\.[A-Za-z]+|Given: (?:description|goals\\[\\d+\\]) \".+\"|Computed: .+|Assumed \\(as-[A-Za-z0-9-]+\\): .+)");
            texts.add(e.basis());
        }
        for (CostLineItem i : c.cost().items()) {
            assertThat(i.assumption()).as(i.id()).startsWith("Computed: ");
            texts.add(i.assumption());
        }
        for (String text : texts) {
            REFERENCE.matcher(text).results().forEach(m -> assertThat(defined).as(text).contains(m.group(1)));
        }
    }

    @Test
    void integrationsThatCarryTheProductAreListedAsNotPricedWithWhyAndAReferencePrice() {
        CostEstimate shop = ARCHITECT.cost(RequestReader.read(Path.of("../examples/requests/shopfast-ecommerce.yaml")));
        CostEstimate fleet = ARCHITECT.cost(RequestReader.read(Path.of("../examples/requests/fleetpulse-iot.yaml")));

        assertThat(shop.assumptions()).anyMatch(a -> a.startsWith("[vendor-ext-stripe] Not priced: Stripe (payments), because the fee is a share")
                && a.contains("2.9% + $0.30") && a.contains("https://stripe.com/pricing"));
        assertThat(shop.assumptions()).anyMatch(a -> a.startsWith("[vendor-ext-sendgrid] Not priced: SendGrid (email)"));
        // "Maintenance ERP opens work orders for faults": no whole word of a vendor (not "mail" inside another word)
        assertThat(fleet.assumptions()).noneMatch(a -> a.startsWith("[vendor-ext-maintenance-erp]"));
        // The telemetry archetype adds an alert channel to notify people (SMS, push or paging): a real vendor, not priced
        assertThat(fleet.assumptions()).anyMatch(a -> a.startsWith("[vendor-ext-alert-channel] Not priced: Alert channel (to be chosen) (SMS)"));
    }

    @Test
    void gatewayRequestsAreCountedOnceHoweverManyRegionsServeThem() {
        Consultation c = ARCHITECT.consult(RequestReader.read(Path.of("../examples/requests/paylane-payments.yaml")));
        double gateway = c.cost().items().stream().filter(i -> i.id().startsWith("api-gateway-requests")).mapToDouble(CostLineItem::quantity).sum();

        // 1,500 requests/s at peak / 3 x 2,628,000 s / 1,000,000 = 1,314 million, once for both regions (was 2,628 before),
        // over the vendor's volume tiers (300 million, then the rest)
        assertThat(gateway).isEqualTo(1_314);
        assertThat(gateway).isEqualTo(c.capacity().estimate("monthly-requests").orElseThrow().value());
        // A Kubernetes control plane, when chosen, is paid once per region (two here); other platforms have none.
        boolean kubernetes = c.decision(dev.architect.dossier.DecisionTopic.DEPLOYMENT).orElseThrow().chosenOption().contains("Kubernetes");
        assertThat(c.cost().items().stream().filter(i -> i.id().equals("kubernetes-clusters")).mapToDouble(CostLineItem::quantity).sum())
                .isEqualTo(kubernetes ? 2.0 : 0.0);
    }

    @Test
    void aTimeSeriesStoreIsPricedAsNodesOfItsProductSizedByThatProductsWritesPerNode() {
        ConsultationRequest telemetry = CostArchetypesTest.archetype("telemetry");
        CostEstimate aws = ARCHITECT.cost(telemetry);
        CostEstimate gcp = ARCHITECT.cost(telemetry.toBuilder().deployment(new Deployment(Cloud.GCP, List.of("us-central1"))).build());

        // Timestream for InfluxDB on AWS, one instance with its Multi-AZ standby in the price (minNodes 1):
        // max(1, ceil(200,000 writes/s / 150,000 per db.influx.2xlarge)) = 2 x $1,391.38, not billed per GB written as
        // the closed Timestream for LiveAnalytics was
        assertThat(aws.items()).filteredOn(i -> i.id().equals("telemetry-store-nodes")).singleElement()
                .satisfies(i -> assertThat(i.monthly()).isEqualTo(2 * 1_391.38));
        assertThat(aws.items()).extracting(CostLineItem::id).doesNotContain("telemetry-store-writes", "telemetry-store-memory-store");
        // Bigtable on Google Cloud: max(3, ceil(200,000 writes/s / 10,000 per Bigtable node)) = 20 nodes x $474.50
        assertThat(gcp.items()).filteredOn(i -> i.id().equals("telemetry-store-nodes")).singleElement()
                .satisfies(i -> assertThat(i.monthly()).isEqualTo(20 * 474.50));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("requests")
    void monitoringIsPricedAsTheChosenStack(String path) {
        Consultation c = ARCHITECT.consult(load(path));
        boolean selfHosted = c.decisions().stream().filter(d -> d.topic() == DecisionTopic.OBSERVABILITY)
                .anyMatch(d -> d.chosenOption().contains("Prometheus"));
        List<String> ids = c.cost().items().stream().map(CostLineItem::id).toList();

        if (selfHosted) {
            assertThat(ids).contains("monitoring-compute", "log-storage").doesNotContain("logs");
        } else if (c.cost().items().stream().anyMatch(i -> i.unit().equals("GB") && i.id().equals("logs"))) {
            assertThat(ids).doesNotContain("monitoring-compute");
        }
    }

    @Test
    void aBudgetTooSmallIsOverByTheGapWithCheaperOptionsEachPriced() {
        ConsultationRequest request = CostArchetypesTest.archetype("payments").toBuilder().budget(new Budget(3_000.0)).build();
        CostEstimate cost = ARCHITECT.cost(request);

        assertThat(cost.budget().status()).isEqualTo(BudgetStatus.OVER);
        assertThat(cost.budget().monthlyUsd()).isEqualTo(3_000.0);
        // The gap is measured at the costliest month of the run rate (1, 12, 36 or 60; before: the costlier of 1 and 36)
        double costliest = cost.runRate().stream().mapToDouble(dev.architect.dossier.RunRatePoint::monthlyTotal).max().orElseThrow();
        assertThat(cost.budget().gapUsd()).isEqualTo(Math.round((costliest - 3_000) * 100) / 100.0);
        // Options are cheaper than the design as drawn (priced without a budget, nothing adopted)
        double designed = ARCHITECT.cost(CostArchetypesTest.archetype("payments")).monthlyTotalAt(36).orElseThrow();
        assertThat(cost.options()).isNotEmpty().allSatisfy(o -> {
            assertThat(Math.max(o.monthlyTotal(), o.month36Total())).isLessThan(designed);
            // an option fits when every month of its run rate does: months 1 and 36, as shown, and 12 and 60 besides
            if (o.fitsBudget()) {
                assertThat(Math.max(o.monthlyTotal(), o.month36Total())).isLessThanOrEqualTo(3_000);
            }
            assertThat(o.changes()).isNotEmpty();
            assertThat(o.givesUp()).isNotBlank();
        });
        // Two required regions at 99.99%: dropping one gives up a hard requirement and says so
        assertThat(cost.options()).filteredOn(o -> o.title().startsWith("One region")).singleElement()
                .satisfies(o -> assertThat(o.keepsHardRequirements()).isFalse());
        // A one-year commitment takes 28% off the always-on lines on AWS (here within the adopted option, so not listed apart)
        assertThat(cost.options()).anyMatch(o -> o.changes().stream().anyMatch(change -> change.contains("(28% off on-demand)")) && o.keepsHardRequirements());
    }

    @Test
    void aBudgetMonthOneMeetsButMonth36BreaksIsOverAsDesignedAndTheAdoptedCommitmentBringsItWithin() {
        // Small booking as designed (eu-west-1, 1.115 x us-east-1 prices): month 1 $438.11, month 36 $448.76 (storage and
        // backups grow, +$10.65; one App Runner instance at 99.5%; the database is one instance in the single zone its
        // availability decision chose; identity: 40,000 monthly active users, the first 10,000 free, 30,000 x $0.0055 = $165);
        // a $445 budget fits only month 1, so the design is over; month 60 is $448.76 + 24 x $10.65 / 35 = $456.06, named
        // beside it as the costliest month. A one-year commitment keeps every hard requirement: the design adopts it
        Consultation c = ARCHITECT.consult(CostArchetypesTest.archetype("small-booking").toBuilder().budget(new Budget(445.0)).build());

        assertThat(c.cost().assumptions()).anyMatch(a -> a.startsWith("[budget-adopted] As designed the estimate is $438.11 in month 1 and "
                + "$448.76 in month 36 ($456.06 in month 60), over the $445.00 budget"));
        assertThat(c.cost().budget().status()).isEqualTo(BudgetStatus.WITHIN);
        assertThat(c.cost().monthlyTotalAt(36).orElseThrow()).isLessThanOrEqualTo(445);
        assertThat(c.cost().monthlyTotalAt(60).orElseThrow()).isLessThanOrEqualTo(445);
        assertThat(c.cost().options()).anyMatch(o -> o.adopted() && o.fitsBudget() && o.keepsHardRequirements());
        assertThat(c.summary()).contains("within the $445.00 budget after adopting a budget option");
    }

    @Test
    void theCostsNewFieldsSurviveJsonAndAnOlderDossierWithoutThemStillReads() throws Exception {
        Consultation c = ARCHITECT.consult(CostArchetypesTest.archetype("payments").toBuilder().budget(new Budget(3_000.0)).build());
        String json = dev.architect.dossier.DossierJson.write(c);

        assertThat(dev.architect.dossier.DossierJson.read(json)).isEqualTo(c);
        assertThat(json).contains("\"name\" : \"low\"", "\"status\" : \"OVER\"", "\"runRate\"", "\"options\"");
        var tree = (com.fasterxml.jackson.databind.node.ObjectNode) dev.architect.dossier.DossierJson.mapper().readTree(json);
        ((com.fasterxml.jackson.databind.node.ObjectNode) tree.get("cost")).remove(List.of("runRate", "scenarios", "budget", "options", "drivers"));
        CostEstimate old = dev.architect.dossier.DossierJson.read(tree.toString()).cost();
        assertThat(old.budget().status()).isEqualTo(BudgetStatus.UNKNOWN);
        assertThat(old.runRate()).isEmpty();
        assertThat(old.monthlyTotal()).isEqualTo(c.cost().monthlyTotal());
    }

    @Test
    void withinBudgetHasNoOptionsAndNoBudgetIsUnknown() {
        CostEstimate within = ARCHITECT.cost(CostArchetypesTest.archetype("small-booking"));
        CostEstimate unknown = ARCHITECT.cost(CostArchetypesTest.archetype("telemetry"));

        assertThat(within.budget().status()).isEqualTo(BudgetStatus.WITHIN);
        // Headroom at the costliest month of the run rate, month 60 as the data grows (before: month 36)
        assertThat(within.monthlyTotalAt(60).orElseThrow()).isGreaterThan(within.monthlyTotalAt(36).orElseThrow());
        assertThat(within.budget().gapUsd()).isEqualTo(Math.round((within.monthlyTotalAt(60).orElseThrow() - 1_500) * 100) / 100.0);
        assertThat(within.options()).isEmpty();
        assertThat(unknown.budget().status()).isEqualTo(BudgetStatus.UNKNOWN);
        assertThat(unknown.budget().monthlyUsd()).isNull();
    }

    @Test
    void scenariosScaleLoadAndGrowthByStatedMultipliersAndDriversAreTheLargestShares() {
        CostEstimate cost = ARCHITECT.cost(CostArchetypesTest.archetype("global-media"));

        assertThat(cost.scenarios()).extracting(s -> s.name()).containsExactly(ScenarioName.LOW, ScenarioName.BASE, ScenarioName.HIGH);
        assertThat(cost.scenarios().get(0).basis()).contains("x 0.5");
        assertThat(cost.scenarios().get(2).basis()).contains("x 2");
        assertThat(cost.scenarios().get(1).monthlyTotal()).isEqualTo(cost.monthlyTotal());
        assertThat(cost.scenarios().get(0).monthlyTotal()).isLessThan(cost.monthlyTotal());
        assertThat(cost.scenarios().get(2).monthlyTotal()).isGreaterThan(cost.monthlyTotal());
        // Identity for 30 million monthly active users is the largest driver ($83,885 over its tiers), then the CDN's requests
        // (cacheable reads only, hits and misses: 79,840.32 / 3 x 2,628,000 / 1,000,000 = 69,940.12 million x $1.00, see
        // CostArchetypesTest): 69,940.12 / month 1 total
        assertThat(cost.drivers()).hasSize(3);
        assertThat(cost.drivers().get(0).name()).contains("cdn.requests");
        assertThat(cost.drivers().get(0).sharePercent()).isEqualTo(Math.round(69_940.12 / cost.monthlyTotal() * 1000) / 10.0);
        assertThat(cost.drivers()).extracting(d -> d.monthly()).isSortedAccordingTo(java.util.Comparator.reverseOrder());
    }
}
