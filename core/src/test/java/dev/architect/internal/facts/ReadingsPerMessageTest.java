package dev.architect.internal.facts;

import static org.assertj.core.api.Assertions.assertThat;

import dev.architect.request.ConsultationRequest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A device that sends several readings at once sends them in one message: the request's words say how many readings a
 * message carries, and a rate stated in readings is counted in the messages that carry them.
 */
class ReadingsPerMessageTest {

    private static StatedFacts read(String description) {
        return StatedFacts.read(ConsultationRequest.builder("Test", description).build());
    }

    @Test
    void channelsEachDeviceSendsOnAnIntervalAreOneMessageADevice() {
        DeviceRate d = read("Monitoring for 1,200 pumps at three sites. Each pump sends 40 sensor channels every 5 seconds.")
                .deviceRate().orElseThrow();

        // 1,200 pumps / 5 s = 240 messages/s, each carrying 40 readings: 240 x 40 = 9,600 readings/s
        assertThat(d.devices()).isEqualTo(1_200);
        assertThat(d.intervalSeconds()).isEqualTo(5);
        assertThat(d.readingsPerMessage()).isEqualTo(40);
        assertThat(d.writesPerSecond()).isEqualTo(240);
        assertThat(d.readingsPerSecond()).isEqualTo(9_600);
        assertThat(d.phrase()).isEqualTo("1,200 pumps ... Each pump sends 40 sensor channels every 5 seconds");
        assertThat(d.evidence()).isEqualTo("1,200 devices / 5 s = 240 writes/s, one message each carrying 40 readings (9,600 readings/s) "
                + "(description \"1,200 pumps ... Each pump sends 40 sensor channels every 5 seconds\")");
    }

    @Test
    void aReadingsRateStatedBesideTheChannelsIsTheSameStreamCountedInMessages() {
        StatedFacts s = read("Condition monitoring for 9,000 wind turbines. Each turbine sends 300 sensor channels once a second, "
                + "2.7 million readings a second in all, through a gateway at the wind farm.");

        // 9,000 turbines / 1 s = 9,000 messages/s; the stated 2,700,000 readings/s / 300 a message is the same 9,000
        assertThat(s.writeRate().orElseThrow().value()).isEqualTo(9_000);
        assertThat(s.largestMessageRate().orElseThrow().perSecond()).isEqualTo(9_000);
        assertThat(s.readingsPerDeviceMessage()).isEqualTo(300);
        // 300 readings x 16 bytes (assumed) = 4,800 bytes = 4.8 KB a message
        assertThat(s.messageKb(1)).isEqualTo(4.8);
    }

    @Test
    void aReadingsRateWithTheGroupingStatedApartIsDividedIntoMessages() {
        StatedFacts s = read("Gateways forward 120,000 readings a second; each gateway message carries 60 readings of 12 bytes.");

        // 120,000 readings/s / 60 readings a message = 2,000 messages/s
        assertThat(s.deviceRate()).isEmpty();
        assertThat(s.writeRate().orElseThrow().value()).isEqualTo(2_000);
        assertThat(s.writeRateEvidence().orElseThrow()).isEqualTo("120,000 readings/s (description \"120,000 readings a second\") / 60 "
                + "readings a message (description \"each gateway message carries 60 readings\") = 2,000 writes/s");
        // 60 readings x 12 bytes (stated) = 720 bytes: still the 1-KB small message
        assertThat(s.readingBytes().orElseThrow().value()).isEqualTo(12);
        assertThat(s.messageKb(1)).isEqualTo(1);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            // one reading a report: the message is the reading, nothing to divide
            "Flood monitoring: 150,000 sensors report every 30 seconds to a regional hub | 1 | 5000",
            "Pumps send 40,000 readings a second in all through a site gateway | 1 | 40000",
            // a messages rate is already in messages, whatever a message carries
            "Meters send 4,000 messages a second, each message carries 20 readings | 20 | 4000"})
    void withoutAStatedGroupingAReadingIsAMessage(String description, double readingsPerMessage, double writesPerSecond) {
        StatedFacts s = read(description);

        assertThat(s.readingsPerDeviceMessage()).isEqualTo(readingsPerMessage);
        assertThat(s.writeRate().orElseThrow().value()).isEqualTo(writesPerSecond);
    }

    @Test
    void fullResolutionDataAndTenMinuteAveragesAreTheRawAndAggregateClasses() {
        StatedFacts s = read("The platform keeps full-resolution data for 2 years and ten-minute averages for 20 years.");

        Retention raw = s.rawRetention().orElseThrow();
        Retention averages = s.aggregateRetention().orElseThrow();
        assertThat(raw.kind()).isEqualTo(Retention.Kind.RAW);
        assertThat(raw.years()).isEqualTo(2);
        assertThat(averages.dataClass()).isEqualTo("ten-minute averages");
        assertThat(averages.years()).isEqualTo(20);
        // "ten-minute" is a 10-minute bucket, and an average keeps one value a bucket
        assertThat(averages.intervalMinutes()).contains(10.0);
        assertThat(averages.averagesOnly()).isTrue();
        assertThat(read("raw readings are kept 2 years, hourly aggregates 20 years").aggregateRetention().orElseThrow().averagesOnly()).isFalse();
    }
}
