package dev.architect.offline;

import static org.assertj.core.api.Assertions.assertThat;

import dev.architect.dossier.Consultation;
import dev.architect.dossier.CostLineItem;
import dev.architect.internal.facts.StatedFacts;
import dev.architect.request.RequestReader;
import dev.architect.testing.ValidDossiers;
import org.junit.jupiter.api.Test;

/**
 * Connections and message rates written in the description reach the design: a stated count of connections held at once
 * gets the realtime tier that holds them, sized and priced for that count, and the broker is sized on the largest message
 * rate stated, not on peak / (reads per write + 1). Requests of our own; a month is 2,628,000 s.
 */
class StatedRealtimeAndIngestFiguresAreSizedTest {

    private static StatedFacts read(String description) {
        return StatedFacts.read(RequestReader.readString("system: S\ndescription: \"" + description + "\"\n"));
    }

    @Test
    void connectionsHeldOpenAndConnectedPeopleAreReadAsConcurrentConnections() {
        assertThat(read("28,000 chargers keep a websocket open to the central system.").concurrentConnections())
                .hasValueSatisfying(c -> {
                    assertThat(c.value()).isEqualTo(28_000);
                    assertThat(c.phrase()).isEqualTo("28,000 chargers keep a websocket open");
                });
        assertThat(read("Arrivals for 900,000 connected customers.").concurrentConnections())
                .hasValueSatisfying(c -> assertThat(c.value()).isEqualTo(900_000));
        // A fleet's count of connected devices is not a count of connections held at one moment
        assertThat(read("We manage 2 million connected devices.").concurrentConnections()).isEmpty();
    }

    @Test
    void theLargestStatedMessageRateIsReadWhateverTheMessagesAreCalled() {
        // 40,000 price changes a second; 25,000 messages a minute = 25,000 / 60 = 416.67 a second, the larger of 416.67 and 12
        StatedFacts prices = read("The pricing engine pushes 40,000 price changes per second.");
        assertThat(prices.largestMessageRate()).hasValueSatisfying(m -> assertThat(m.perSecond()).isEqualTo(40_000));
        // Price changes are a stream the broker carries, not records the system writes: no write rate is read from them
        assertThat(prices.writeRate()).isEmpty();
        StatedFacts transit = read("Depots send 720 status messages a minute and 25,000 availability messages a minute.");
        assertThat(transit.messageRate()).hasValueSatisfying(m -> {
            assertThat(m.value()).isEqualTo(416.67);
            assertThat(m.phrase()).isEqualTo("25,000 availability messages a minute");
        });
        // 1,100 buses every 10 s = 110 a second, below the 416.67 stated outright, which is the largest
        StatedFacts both = read("1,100 buses report their position every 10 seconds; depots send 25,000 availability messages a minute.");
        assertThat(both.largestMessageRate()).hasValueSatisfying(r -> assertThat(r.perSecond()).isEqualTo(416.67));
    }

    @Test
    void aStatedStreamOfPriceChangesSizesTheBrokerButLeavesTheStatedPeakAsGiven() {
        // The load states 5,000 requests/s at 30 reads per write: 5,000 / 31 = 161.29 writes/s. The 40,000 price changes a
        // second come from the feeds into the broker; read as writes they made the peak 40,000 x 31 = 1,240,000 requests/s
        Consultation c = ValidDossiers.of("""
                system: PriceBoard
                description: >
                  Live prices for a betting exchange. Feeds push about 40,000 price changes a second, which the
                  platform publishes to customers.
                capabilities: [prices, bets, accounts]
                load: {peakRequestsPerSecond: 5000, readWriteRatio: 30, monthlyActiveUsers: 500000}
                data: {initialVolumeGb: 500, growthGbPerMonth: 50, retentionYears: 5}
                availability: {targetPercent: 99.95, rpoMinutes: 5, rtoMinutes: 30}
                team: {size: 12, expertise: [Java, Kafka, PostgreSQL]}
                deployment: {cloud: aws, regions: [eu-west-2]}
                """);

        assertThat(c.capacity().estimate("peak-rps")).hasValueSatisfying(e -> assertThat(e.value()).isEqualTo(5_000));
        assertThat(c.capacity().estimate("peak-writes")).hasValueSatisfying(e -> assertThat(e.value()).isEqualTo(161.29));
        assertThat(c.capacity().estimate("broker-messages")).hasValueSatisfying(e -> assertThat(e.value()).isEqualTo(40_000));
    }

    private static final String TRANSIT = """
            system: BusNow
            description: >
              Live arrivals for a city transit authority. 1,100 buses report their position every 10 seconds;
              900,000 connected customers follow arrivals on the app; depots send 25,000 availability messages a minute.
            capabilities: [vehicle positions, arrivals, journey planner, alerts]
            load: {peakRequestsPerSecond: 1200, readWriteRatio: 30, monthlyActiveUsers: 2000000}
            data: {initialVolumeGb: 200, growthGbPerMonth: 60, retentionYears: 2}
            availability: {targetPercent: 99.9, rpoMinutes: 15, rtoMinutes: 60}
            team: {size: 8, expertise: [Java, PostgreSQL]}
            deployment: {cloud: azure, regions: [westeurope]}
            """;

    @Test
    void statedConnectionsGetARealtimeTierAndTheBrokerCarriesTheLargestStatedRate() {
        Consultation c = ValidDossiers.of(TRANSIT);

        // 900,000 connections held, stated: a realtime gateway holds them. On Azure the self-run path sizes gateways at
        // 20,000 connections an instance at 70%: ceil(900,000 / (20,000 x 0.7)) = ceil(64.29) = 65 instances
        assertThat(c.c4().containers()).anyMatch(x -> x.id().equals("realtime-gateway"));
        CostLineItem gateways = c.cost().items().stream().filter(i -> i.containerId() != null && i.containerId().equals("realtime-gateway")
                && i.unit().equals("instance-month")).findFirst().orElseThrow();
        assertThat(gateways.quantity()).isEqualTo(65);
        assertThat(gateways.assumption()).contains("900,000 connections at peak (stated: description \"900,000 connected customers\")");
        assertThat(c.capacity().estimates()).anyMatch(e -> e.id().equals("concurrent-connections") && e.value() == 900_000
                && e.basis().equals("Given: description \"900,000 connected customers\""));

        // The broker: 1,200 / (30 + 1) = 38.71 writes/s at peak would be its load; the buses send 1,100 / 10 s = 110 a second
        // and the depots 25,000 / 60 s = 416.67 a second, the largest: the queue carries 416.67 / 3 = 138.89 a second on average
        // x 3 requests (send, receive, delete) x 2,628,000 s / 1,000,000 = 1,095.01 million operations a month
        assertThat(c.capacity().estimates()).anyMatch(e -> e.id().equals("broker-messages") && e.value() == 416.67
                && e.basis().startsWith("Given: 416.67 messages/s (description \"25,000 availability messages a minute\")"));
        assertThat(c.cost().items()).filteredOn(i -> i.id().startsWith("queue-messages"))
                .allMatch(i -> !i.assumption().contains("Average ") || i.assumption().contains("Average 138.89 events/s x 3 requests"));
        assertThat(c.cost().items().stream().filter(i -> i.id().startsWith("queue-messages")).mapToDouble(CostLineItem::quantity).sum())
                .isCloseTo(1_095.01, org.assertj.core.api.Assertions.within(0.01));
    }
}
