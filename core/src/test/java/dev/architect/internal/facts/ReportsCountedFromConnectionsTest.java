package dev.architect.internal.facts;

import static org.assertj.core.api.Assertions.assertThat;

import dev.architect.request.ConsultationRequest;
import org.junit.jupiter.api.Test;

/**
 * Reports on an interval whose senders the request does not count are sent by the connections it says are held: all of
 * them when the holders are the senders, else an assumed share of them (as-reporting-share).
 */
class ReportsCountedFromConnectionsTest {

    private static StatedFacts read(String description) {
        return StatedFacts.read(ConsultationRequest.builder("Test", description).build());
    }

    @Test
    void whoseDevicesReportAreAShareOfTheConnectionsHeld() {
        DeviceRate d = read("Couriers' phones send their position every 4 seconds, and customers watch the courier move; "
                + "up to 400,000 phones hold a connection at the evening peak.").deviceRate().orElseThrow();

        // 400,000 x 0.2 = 80,000 couriers' phones; 80,000 / 4 s = 20,000 writes/s
        assertThat(d.devices()).isEqualTo(80_000);
        assertThat(d.intervalSeconds()).isEqualTo(4);
        assertThat(d.writesPerSecond()).isEqualTo(20_000);
        assertThat(d.countAssumed()).isTrue();
        assertThat(d.assumedShare()).isEqualTo(0.2);
        assertThat(d.evidence()).isEqualTo("400,000 connections held at the peak (description \"400,000 phones hold a connection\") x 0.2, "
                + "the share of them that are Couriers' phones sending reports (assumption as-reporting-share) = 80,000 devices / 4 s = "
                + "20,000 writes/s (description \"Couriers' phones send their position every 4 seconds\")");
    }

    @Test
    void theDevicesThatHoldTheConnectionsAreAllCountedWithNothingAssumed() {
        DeviceRate d = read("Kiosks send a heartbeat every 30 seconds; 6,000 kiosks keep connections open all day.").deviceRate().orElseThrow();

        // every one of the 6,000 kiosks reports: 6,000 / 30 s = 200 writes/s
        assertThat(d.devices()).isEqualTo(6_000);
        assertThat(d.writesPerSecond()).isEqualTo(200);
        assertThat(d.countAssumed()).isFalse();
    }

    @Test
    void withoutACountOrConnectionsNoRateIsInvented() {
        assertThat(read("Couriers' phones send their position every 4 seconds, and customers watch the courier move.").deviceRate()).isEmpty();
    }

    @Test
    void aCountedFleetKeepsItsOwnCount() {
        DeviceRate d = read("4,000 technicians send their position every 30 seconds; 20,000 phones hold a connection at the peak.")
                .deviceRate().orElseThrow();

        assertThat(d.devices()).isEqualTo(4_000);
        assertThat(d.countAssumed()).isFalse();
    }
}
