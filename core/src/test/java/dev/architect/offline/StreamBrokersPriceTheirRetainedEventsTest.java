package dev.architect.offline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.architect.dossier.Consultation;
import dev.architect.dossier.CostLineItem;
import dev.architect.request.RequestReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/**
 * The design's own Kafka cluster keeps its events for replay: the retained bytes (average events a second x 1 KB x 24
 * hours x 3 replicas) are priced at the cloud's broker storage price beside the brokers, not left out.
 */
class StreamBrokersPriceTheirRetainedEventsTest {

    private static final String REQUEST = """
            system: BidLedger
            description: >
              An ad-impression accounting platform: publishers' ad servers send impression and click events, which are
              deduplicated, attributed to campaigns and summed into hourly spend per advertiser; advertisers read their spend.
            capabilities: [event intake, attribution, spend reports]
            load: {peakRequestsPerSecond: 30000, readWriteRatio: 0.5, monthlyActiveUsers: 5000}
            data: {initialVolumeGb: 500, growthGbPerMonth: 800, retentionYears: 2}
            budget: {monthlyUsd: 40000}
            team: {size: 9, expertise: [Kafka, Java, Kubernetes]}
            deployment: {cloud: aws, regions: [us-east-1]}
            """;

    @Test
    void theBrokersRetainedEventsArePricedAtTheBrokerStoragePrice() throws IOException {
        Consultation c = OfflineArchitect.create().consult(RequestReader.read(new ByteArrayInputStream(REQUEST.getBytes(StandardCharsets.UTF_8))));

        assertThat(c.cost().items()).anyMatch(i -> i.id().equals("stream-brokers"));
        // 30,000 requests/s at 0.5 reads per write = 20,000 writes/s at peak / 3 = 6,666.67 events/s on average x 1 KB
        // x 24 hours x 3,600 s / 1,000,000 = 576 GB x 3 replicas = 1,728 GB x $0.10 (Amazon MSK broker storage) = $172.80
        CostLineItem kept = c.cost().items().stream().filter(i -> i.id().equals("stream-retention")).findFirst().orElseThrow();
        assertThat(kept.quantity()).isCloseTo(1728, within(0.01));
        assertThat(kept.unitPrice()).isCloseTo(0.10, within(0.0001));
        assertThat(kept.monthly()).isCloseTo(172.80, within(0.01));
        assertThat(kept.assumption()).contains("x 1 KB x 24 hours x 3,600 s / 1,000,000 x 3 replicas").contains("Amazon MSK broker storage");
    }

    @Test
    void aDeviceStreamRidingTheBrokersAsATopicIsRetainedOnceNotAgainOnTheBrokersLine() {
        Consultation c = OfflineArchitect.create().consult(RequestReader.read(new ByteArrayInputStream("""
                system: ColdChainWatch
                description: >
                  Ingests temperature telemetry from 300,000 refrigerated trailers every half second over MQTT, raises alerts when a
                  trailer warms within seconds, and gives dispatchers dashboards over the last 13 months.
                goals: [alert on a warm trailer within 10 seconds, keep raw telemetry for 13 months]
                actors:
                  - {name: Dispatcher, description: watches dashboards and alerts}
                  - {name: Trailer, description: sends telemetry over MQTT}
                capabilities: [ingestion, alerts, dashboards, devices]
                load: {peakRequestsPerSecond: 600000, readWriteRatio: 0.01, monthlyActiveUsers: 3000}
                data: {initialVolumeGb: 1000, growthGbPerMonth: 4000, retentionYears: 1}
                budget: {monthlyUsd: 60000}
                team: {size: 10, expertise: [Kafka, Java]}
                deployment: {cloud: aws, regions: [us-east-1]}
                """.getBytes(StandardCharsets.UTF_8))));

        // The trailers' readings are one stream: when the ingest stream is a topic on the design's brokers it prices their
        // retention on its own line, and the brokers' line does not price the same events a second time
        boolean topic = c.cost().items().stream().anyMatch(i -> i.id().endsWith("-retention") && !i.id().equals("stream-retention")
                && i.assumption().contains("a topic on the design's stream (line stream-brokers)"));
        assertThat(topic).as("the ingest stream rides the brokers as a topic").isTrue();
        assertThat(c.cost().items()).noneMatch(i -> i.id().equals("stream-retention"));
    }
}
