package dev.architect.offline;

import static org.assertj.core.api.Assertions.assertThat;

import dev.architect.dossier.Consultation;
import dev.architect.dossier.CostLineItem;
import dev.architect.testing.ValidDossiers;
import org.junit.jupiter.api.Test;

/**
 * Dispatch pushes offers to couriers' phones and the courier's position to the customer's map: it brings the realtime
 * gateway, sized and priced on the connections the request says the phones hold ("up to N phones hold a connection"),
 * not on a share of monthly users, and its offers and positions reach the phones through that gateway. A request of
 * our own on Azure, whose self-run gateways hold 20,000 connections each at 70%.
 */
class DispatchPushesOverHeldConnectionsTest {

    private static final String LUNCHRUN = """
            system: Lunchrun
            description: >
              Lunch delivery in one city. The platform assigns each order to a nearby courier, couriers' phones send their
              position every 5 seconds and customers watch the courier move on a map; up to 50,000 phones hold a
              connection at the lunch peak.
            actors:
              - {name: Customer, description: orders lunch and tracks the courier}
              - {name: Courier, description: accepts delivery jobs on a phone app}
            capabilities: [ordering, courier dispatch, live tracking]
            load: {peakRequestsPerSecond: 600, readWriteRatio: 4, monthlyActiveUsers: 300000}
            data: {initialVolumeGb: 50, growthGbPerMonth: 5, retentionYears: 2}
            availability: {targetPercent: 99.9, rpoMinutes: 5, rtoMinutes: 30}
            budget: {monthlyUsd: 30000}
            team: {size: 6, expertise: [Go, PostgreSQL]}
            deployment: {cloud: azure, regions: [westeurope]}
            """;

    @Test
    void statedPhoneConnectionsSizeTheRealtimeGatewayThatDispatchBrings() {
        Consultation c = ValidDossiers.of(LUNCHRUN);

        assertThat(c.c4().containers()).anyMatch(x -> x.id().equals("realtime-gateway"));
        // 50,000 connections, stated; not 300,000 monthly users / 3 = 100,000 assumed
        assertThat(c.capacity().estimates()).anyMatch(e -> e.id().equals("concurrent-connections") && e.value() == 50_000
                && e.basis().equals("Given: description \"50,000 phones hold a connection\""));
        assertThat(c.cost().assumptions()).noneMatch(a -> a.startsWith("[as-concurrent-connections]"));
        assertThat(c.cost().items()).filteredOn(i -> "realtime-gateway".equals(i.containerId()))
                .isNotEmpty()
                .allSatisfy(i -> assertThat(i.assumption()).contains("50,000 connections at peak (stated: description "
                        + "\"50,000 phones hold a connection\")"));
        CostLineItem gateway = c.cost().items().stream().filter(i -> "realtime-gateway".equals(i.containerId())).findFirst().orElseThrow();
        assertThat(gateway.monthly()).isPositive();
    }

    @Test
    void offersAndPositionsReachThePhonesThroughTheGatewayNotTheQueue() {
        Consultation c = ValidDossiers.of(LUNCHRUN);

        assertThat(c.sequences()).filteredOn(s -> s.id().equals("seq-dispatch-job")).singleElement()
                .satisfies(s -> assertThat(s.steps()).anyMatch(x -> x.from().equals("realtime-gateway")
                        && x.message().contains("Push the offer to the driver's app")));
        assertThat(c.sequences()).filteredOn(s -> s.id().equals("seq-location-update")).singleElement()
                .satisfies(s -> assertThat(s.steps()).anyMatch(x -> x.from().equals("realtime-gateway")
                        && x.message().contains("Push the position to the requester's live map")));
    }
}
