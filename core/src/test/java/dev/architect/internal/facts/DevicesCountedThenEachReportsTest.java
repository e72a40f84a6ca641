package dev.architect.internal.facts;

import static org.assertj.core.api.Assertions.assertThat;

import dev.architect.request.ConsultationRequest;
import org.junit.jupiter.api.Test;

/**
 * Devices counted where they are named, then said one by one to report on an interval ("Each robot reports ... 5 times a
 * second"), or said to report with a list of what they send between the verb and the interval, are a write rate: the
 * count over the interval, with the devices' own noun.
 */
class DevicesCountedThenEachReportsTest {

    private static DeviceRate read(String description) {
        return StatedFacts.read(ConsultationRequest.builder("Test", description).build()).deviceRate().orElseThrow();
    }

    @Test
    void eachDeviceReportingTimesASecondIsTheCountTimesTheRate() {
        DeviceRate d = read("Coordinates 2,400 autonomous forklift robots across 9 depots. Each robot reports its location and charge 4 times a second; "
                + "the system assigns moves.");

        // 2,400 robots x 4 a second (one report every 0.25 s) = 9,600 messages/s
        assertThat(d.devices()).isEqualTo(2_400);
        assertThat(d.intervalSeconds()).isEqualTo(0.25);
        assertThat(d.writesPerSecond()).isEqualTo(9_600);
        assertThat(d.noun()).isEqualTo("robots");
        assertThat(d.phrase()).isEqualTo("2,400 autonomous forklift robots ... Each robot reports its location and charge 4 times a second");
    }

    @Test
    void everyDeviceNamedWithItsKindCountsTheKindNamedEarlier() {
        DeviceRate d = read("Runs 90,000 smart thermostats in rented flats. Every smart thermostat sends a heartbeat every 2 minutes.");

        // 90,000 thermostats / 120 s = 750 messages/s
        assertThat(d.devices()).isEqualTo(90_000);
        assertThat(d.intervalSeconds()).isEqualTo(120);
        assertThat(d.writesPerSecond()).isEqualTo(750);
        assertThat(d.noun()).isEqualTo("thermostats");
    }

    @Test
    void aProtocolAndItsVersionBetweenTheVerbAndTheIntervalStillReadTheInterval() {
        DeviceRate d = read("Operates 6,000 fast chargers on motorways. Each charger sends meter values and a status notification over OCPP 2.0.1 "
                + "every 20 seconds.");

        // 6,000 chargers / 20 s = 300 messages/s
        assertThat(d.writesPerSecond()).isEqualTo(300);
        assertThat(d.noun()).isEqualTo("chargers");
    }

    @Test
    void aListOfWhatTheDevicesReportWithCommasStillReadsTheInterval() {
        DeviceRate d = read("Watches 1,500 grain silos. Silos report humidity, temperature, fill level and fan state every 30 seconds.");

        // 1,500 silos / 30 s = 50 messages/s
        assertThat(d.writesPerSecond()).isEqualTo(50);
        assertThat(d.noun()).isEqualTo("silos");
    }

    @Test
    void aClauseWithoutAnIntervalIsNoRate() {
        StatedFacts s = StatedFacts.read(ConsultationRequest.builder("Test", "Tracks 3,000 delivery vans. Each van sends a message when its door opens.").build());

        assertThat(s.deviceRate()).isEmpty();
    }
}
