package dev.architect.offline;

import static org.assertj.core.api.Assertions.assertThat;

import dev.architect.dossier.Consultation;
import dev.architect.dossier.CostLineItem;
import dev.architect.figures.PriceTable;
import dev.architect.request.Cloud;
import dev.architect.testing.ValidDossiers;
import org.junit.jupiter.api.Test;

/**
 * Services on a container platform that adds and removes instances with the load (Cloud Run, Fargate, Container Apps)
 * are billed at the hours-weighted count (autoscaled-compute.yaml): the peak count for the day's peak hours, the count
 * the average load needs for the others, never below the availability minimum. Kubernetes nodes and virtual machines stay
 * at the count provisioned. Cloud Run's own committed use discount is 17% for a year, not Compute Engine's 37%.
 */
class ContainersBilledAsTheyScaleTest {

    private static String request(String expertise) {
        return """
                system: GridPulse
                description: >
                  Trading screen for a wholesale electricity desk: intraday power prices from the exchanges are pushed to 8,000 connected
                  traders, who place and amend orders and see their positions and limits. Orders are routed to the exchanges and every
                  order and fill is kept for audit.
                capabilities: [price board, orders, positions, trading limits, audit trail]
                load: {peakRequestsPerSecond: 3000, readWriteRatio: 4, monthlyActiveUsers: 9000}
                data: {initialVolumeGb: 500, growthGbPerMonth: 80, retentionYears: 10}
                availability: {targetPercent: 99.95, rpoMinutes: 1, rtoMinutes: 15}
                budget: {monthlyUsd: 40000}
                team: {size: 12, expertise: [EXPERTISE]}
                deployment: {cloud: gcp, regions: [europe-west3]}
                """.replace("EXPERTISE", expertise);
    }

    private static CostLineItem app(Consultation c) {
        return c.cost().items().stream().filter(i -> i.id().equals("app-compute")).findFirst().orElseThrow();
    }

    @Test
    void cloudRunServicesAreBilledAtTheHoursWeightedCount() {
        Consultation c = ValidDossiers.of(request("Go, PostgreSQL, GCP"));

        // 3,000 requests/s at peak / (1,000 per instance x 70%) = ceil(4.29) = 5 at peak; on average 3,000 / 3 = 1,000 a second:
        // ceil(1.43) = 2, raised to the 3 zones' minimum = 3. Peak hours 4 a day: 4 / 24 x 730 = 121.67 h, the other 608.33 h:
        // (5 x 121.67 + 3 x 608.33) / 730 = (608.35 + 1,824.99) / 730 = 3.33 instance-months (5 for 730 h before)
        CostLineItem app = app(c);
        assertThat(app.quantity()).isEqualTo(3.33);
        assertThat(app.assumption()).contains("5 instances").contains("(5 x 121.67 + 3 x 608.33) / 730 = 3.33 instance-months")
                .contains("assumption as-peak-hours");
        assertThat(c.cost().assumptions()).anyMatch(a -> a.startsWith("[as-peak-hours] On a platform that adds and removes instances with the load"));
        assertThat(c.capacity().estimate("app-instance-months")).hasValueSatisfying(e -> assertThat(e.value()).isEqualTo(3.33));
    }

    @Test
    void kubernetesNodesStayAtTheCountProvisioned() {
        Consultation c = ValidDossiers.of(request("Go, Kubernetes, PostgreSQL, GCP"));

        // On nodes the pool is sized for the peak and runs all month: 5 at peak, 5 billed
        CostLineItem app = app(c);
        assertThat(app.quantity()).isEqualTo(5);
        assertThat(app.assumption()).doesNotContain("billed as the platform scales");
    }

    @Test
    void cloudRunTakesItsOwnSeventeenPercentCommitment() {
        PriceTable table = PriceTable.standard();
        var price = table.price(Cloud.GCP, "containers.instance").orElseThrow();
        // https://cloud.google.com/run/cud: 17% off on-demand for a one-year commitment, whatever the Compute Engine rate bought
        assertThat(table.commitmentDiscount(Cloud.GCP, "containers.instance", price, 0.37)).isEqualTo(0.17);
        assertThat(table.commitment(Cloud.GCP, "containers.instance")).hasValueSatisfying(k -> assertThat(k.source()).isEqualTo("https://cloud.google.com/run/cud"));
        // Fargate keeps the Compute Savings Plan the cloud's rate stands for
        var fargate = table.price(Cloud.AWS, "containers.instance").orElseThrow();
        assertThat(table.commitmentDiscount(Cloud.AWS, "containers.instance", fargate, 0.28)).isEqualTo(0.28);
    }
}
