package dev.architect.offline;

import static org.assertj.core.api.Assertions.assertThat;

import dev.architect.dossier.Consequence;
import dev.architect.dossier.Consultation;
import dev.architect.dossier.DecisionTopic;
import dev.architect.testing.ValidDossiers;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Objects;
import org.junit.jupiter.api.Test;

/**
 * An option whose skills name each cloud's product (the edge runtime: AWS IoT Greengrass, Azure IoT Edge) tells a team
 * that knows none of them to learn the one its cloud runs, never another cloud's.
 */
class LearningPlanNamesTheProductThisCloudRunsTest {

    private static String rigWatch() throws IOException {
        try (var in = Objects.requireNonNull(LearningPlanNamesTheProductThisCloudRunsTest.class.getResourceAsStream(
                "/archetype-requests/offshore-platform-sensors.yaml"))) {
            // The gateways speak MQTT, so readings come in through the cloud's IoT hub, where its edge runtime forwards.
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).replace("through a gateway on each platform", "over MQTT through a gateway on each platform");
        }
    }

    @Test
    void onAzureTheTeamLearnsAzureIotEdgeNotGreengrass() throws IOException {
        Consultation c = ValidDossiers.of(rigWatch().replace("{cloud: aws, regions: [eu-north-1]}", "{cloud: azure, regions: [westeurope]}"));

        var edge = c.decision(DecisionTopic.EDGE_BUFFER).orElseThrow();
        assertThat(edge.chosenOption()).contains("Azure IoT Edge");
        assertThat(edge.consequences()).extracting(Consequence::text)
                .anySatisfy(t -> assertThat(t).contains("learns Azure IoT Edge"))
                .noneSatisfy(t -> assertThat(t).contains("Greengrass"));
    }

    @Test
    void onAwsTheTeamLearnsGreengrass() throws IOException {
        Consultation c = ValidDossiers.of(rigWatch());

        assertThat(c.decision(DecisionTopic.EDGE_BUFFER).orElseThrow().consequences()).extracting(Consequence::text)
                .anySatisfy(t -> assertThat(t).contains("learns AWS IoT Greengrass"))
                .noneSatisfy(t -> assertThat(t).contains("Azure IoT Edge"));
    }
}
