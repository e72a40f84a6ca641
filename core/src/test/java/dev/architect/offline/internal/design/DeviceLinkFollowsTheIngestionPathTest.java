package dev.architect.offline.internal.design;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.architect.dossier.Consultation;
import dev.architect.dossier.Relationship;
import dev.architect.dossier.SoftwareSystem;
import dev.architect.offline.OfflineArchitect;
import dev.architect.request.RequestReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/**
 * The C4 arrow from the devices names the protocol of the ingestion path the design chose (device-links.yaml): chargers
 * that speak OCPP hold a WebSocket, an MQTT fleet publishes over MQTT, and neither is drawn posting HTTPS batches.
 */
class DeviceLinkFollowsTheIngestionPathTest {

    /** The link of the arrow from the external system with this name. */
    private static Relationship linkFrom(Consultation c, String name) {
        String id = c.c4().systems().stream().filter(s -> s.name().equals(name)).map(SoftwareSystem::id).findFirst().orElseThrow();
        return c.c4().relationships().stream().filter(r -> r.sourceId().equals(id)).findFirst().orElseThrow();
    }

    @Test
    void chargersThatSpeakOcppHoldAWebSocketNotMqttOrHttps() {
        Consultation c = OfflineArchitect.create().consult(RequestReader.readString("""
                system: PlugPoint
                description: >
                  Operates 12,000 public EV chargers. Each charger sends a status notification and meter values over OCPP 1.6
                  every 30 seconds; drivers start and stop sessions from the app, and operators see faults on a map.
                goals:
                  - A driver's remote start reaches the charger within 3 seconds
                actors:
                  - {name: Driver, description: "starts and pays for charging sessions"}
                  - {name: Operator, description: "monitors chargers and dispatches technicians"}
                capabilities: [charger status, charging sessions, tariffs, fault handling]
                load: {peakRequestsPerSecond: 40, readWriteRatio: 1}
                team: {size: 6, expertise: [Java, PostgreSQL, Azure]}
                deployment: {cloud: azure, regions: [germanywestcentral]}
                """));

        Relationship link = linkFrom(c, "Chargers");
        assertThat(link.technology()).contains("WebSocket").contains("OCPP").doesNotContain("MQTT").doesNotContain("HTTPS");
    }

    @Test
    void anMqttFleetPublishesOverMqtt() {
        Consultation c = OfflineArchitect.create().consult(RequestReader.readString("""
                system: HiveTemp
                description: Monitors 20,000 beehive sensors. Sensors publish weight and temperature over MQTT every 5 minutes; beekeepers get an alert when a hive loses weight fast.
                capabilities: [hive readings, weight alerts]
                """));

        Relationship link = linkFrom(c, "Sensors");
        assertThat(link.technology()).startsWith("MQTT").doesNotContain("HTTPS").doesNotContain("OCPP");
    }

    private static InputStream copy(String text) {
        return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
    }

    private static String shipped() throws IOException {
        try (InputStream in = DeviceLinkFollowsTheIngestionPathTest.class.getResourceAsStream(DeviceLinks.RESOURCE)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    @Test
    void aLinkForNoOptionOrAnOptionWithoutALinkFailsAtLoad() throws IOException {
        assertThat(DeviceLinks.read(copy(shipped()), "copy").links()).containsKey("websocket-gateway-stream");
        String unknown = shipped().replace("  direct-writes:", "  direct-write:");
        assertThatThrownBy(() -> DeviceLinks.read(copy(unknown), "bad-device-links.yaml"))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("bad-device-links.yaml").hasMessageContaining("direct-write");
        String missing = shipped().replace("  mqtt-cluster: \"MQTT over TLS (a certificate per device)\"\n", "");
        assertThat(missing).isNotEqualTo(shipped());
        assertThatThrownBy(() -> DeviceLinks.read(copy(missing), "bad-device-links.yaml"))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("mqtt-cluster has no link");
    }
}
