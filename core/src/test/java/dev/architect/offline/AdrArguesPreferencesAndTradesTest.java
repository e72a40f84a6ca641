package dev.architect.offline;

import static org.assertj.core.api.Assertions.assertThat;

import dev.architect.dossier.Consequence;
import dev.architect.dossier.Consultation;
import dev.architect.dossier.Decision;
import dev.architect.dossier.DecisionTopic;
import dev.architect.testing.ValidDossiers;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Objects;
import org.junit.jupiter.api.Test;

/**
 * A decision record argues the trade-off, not a condition keyword. A catalogue preference (an agent of our own is the
 * way where the cloud runs no edge runtime) lowers the option's score with the real reason and never reads as a fit
 * failure ("set aside on cloud"); only a true constraint excludes. A chosen option that misses one of its own conditions
 * says, beside the miss, what was traded and why it still wins.
 */
class AdrArguesPreferencesAndTradesTest {

    private static String rigWatch() throws IOException {
        try (InputStream in = Objects.requireNonNull(AdrArguesPreferencesAndTradesTest.class.getResourceAsStream(
                "/archetype-requests/offshore-platform-sensors.yaml"))) {
            // The gateways speak MQTT, so readings come in through the cloud's IoT hub, where its edge runtime forwards.
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).replace("through a gateway on each platform", "over MQTT through a gateway on each platform");
        }
    }

    @Test
    void onACloudWithAnEdgeRuntimeTheOwnAgentScoresLowerForTheRealReasonNotAsAFitFailure() throws IOException {
        Consultation c = ValidDossiers.of(rigWatch().replace("{cloud: aws, regions: [eu-north-1]}", "{cloud: azure, regions: [westeurope]}"));

        Decision edge = c.decision(DecisionTopic.EDGE_BUFFER).orElseThrow();
        assertThat(edge.chosenOption()).contains("Azure IoT Edge");
        assertThat(edge.rationale())
                .doesNotContain("set aside on cloud")
                .doesNotContain("it is meant for cloud")
                // The runtime wins because it forwards along the path RigWatch's readings take (Azure IoT Hub), not for the cloud alone.
                .contains("A store-and-forward agent of our own with a disk queue would work for RigWatch too, but scores lower with readings "
                        + "coming in on a path within the reach of the cloud's edge runtime: where the cloud runs an edge runtime that forwards "
                        + "along the chosen ingestion path, its local store already buffers and forwards in order")
                .contains("This decision would reopen if RigWatch moved from readings coming in on a path within the reach of the cloud's "
                        + "edge runtime to readings coming in on a path beyond the reach of the cloud's edge runtime: a store-and-forward agent "
                        + "of our own with a disk queue would then be the better way");
        assertThat(edge.options()).extracting(o -> o.name()).anySatisfy(n -> assertThat(n).contains("agent of our own"));
    }

    @Test
    void whereNoEdgeRuntimeRunsTheOwnAgentIsChosen() throws IOException {
        Consultation c = ValidDossiers.of(rigWatch().replace("{cloud: aws, regions: [eu-north-1]}", "{cloud: gcp, regions: [europe-north1]}"));

        assertThat(c.decision(DecisionTopic.EDGE_BUFFER).orElseThrow().chosenOption()).contains("agent of our own");
    }

    /**
     * A recipe site with two reads per write and a 100 ms p99: without a cache its database (one Cloud SQL primary, 5,000
     * reads/s as sized) takes the 4,000 reads/s, but not within the target; a cache misses its own bound on reads per write.
     */
    private static final String LADLE = """
            system: Ladle
            description: >
              A recipe sharing site where cooks publish recipes, rate them and keep shopping lists.
            capabilities: [recipes, ratings, shopping lists]
            load: {peakRequestsPerSecond: 6000, readWriteRatio: 2}
            latency: {p99Ms: 100}
            availability: {targetPercent: 99.9, rpoMinutes: 15, rtoMinutes: 60}
            team: {size: 6, expertise: [TypeScript, Node.js, PostgreSQL]}
            deployment: {cloud: gcp, regions: [europe-west1]}
            """;

    @Test
    void aChosenOptionThatMissesItsOwnConditionSaysWhatWasTradedAndWhyItStillWins() {
        Consultation c = ValidDossiers.of(LADLE);

        Decision caching = c.decision(DecisionTopic.CACHING).orElseThrow();
        assertThat(caching.chosenOption()).isEqualTo("No shared cache");
        assertThat(caching.consequences()).extracting(Consequence::text)
                .anySatisfy(t -> assertThat(t).contains("a 100 ms p99 target is stricter than the 200 ms this choice is built for")
                        .contains("; Ladle takes that trade because distributed cache (cache-aside), the nearest alternative, falls short as well: "
                                + "it needs reads per write of at least 3 to pay off, and Ladle has 2 reads per write"));
    }

    @Test
    void everyConsequenceThatStatesAChosenOptionsUnmetConditionSaysWhyItIsKept() {
        java.util.concurrent.atomic.AtomicInteger stated = new java.util.concurrent.atomic.AtomicInteger();
        Requests.everyRequest().forEach((name, r) -> {
            Consultation c = OfflineArchitect.create().consult(r);
            for (Decision d : c.decisions()) {
                d.consequences().stream().map(Consequence::text).filter(t -> t.contains("this choice needs") || t.contains("the risk register holds this trade-off"))
                        .forEach(t -> {
                            stated.incrementAndGet();
                            assertThat(t).as(name + " " + d.id()).contains(" takes that trade");
                        });
            }
        });
        assertThat(stated.get()).as("consequences that state an unmet condition, across the requests").isPositive();
    }
}
