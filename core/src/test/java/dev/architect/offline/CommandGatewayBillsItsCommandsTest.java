package dev.architect.offline;

import static org.assertj.core.api.Assertions.assertThat;

import dev.architect.dossier.Consultation;
import dev.architect.dossier.CostLineItem;
import dev.architect.request.ConsultationRequest;
import dev.architect.request.RequestReader;
import org.junit.jupiter.api.Test;

/**
 * A device gateway that only carries commands (the devices' reports reach the design by its own ingestion path) is billed
 * for the commands and their acknowledgements, not for every write of the system: billing it for all writes priced
 * telemetry it never carries (a robot fleet's 15,000 reports/s became $35,000 a month of IoT messages).
 */
class CommandGatewayBillsItsCommandsTest {

    private static final ConsultationRequest SCOOTERS = RequestReader.readString("""
            system: ScootShare
            description: >
              Dockless e-scooters in four cities: riders find a scooter, unlock it remotely from the app and lock it when the ride ends;
              each of the 6,000 scooters sends its position and battery over HTTPS every 60 seconds.
            actors:
              - {name: Rider, description: "unlocks scooters and pays per minute"}
            capabilities: [scooters, rides, remote unlock]
            load: {peakRequestsPerSecond: 400, readWriteRatio: 3, monthlyActiveUsers: 150000}
            data: {initialVolumeGb: 50, growthGbPerMonth: 20, retentionYears: 2}
            team: {size: 6, expertise: [Kotlin, PostgreSQL, AWS]}
            deployment: {cloud: aws, regions: [us-east-1]}
            """);

    @Test
    void theGatewayIsBilledForCommandsAndAcknowledgementsOnly() {
        Consultation c = OfflineArchitect.create().consult(SCOOTERS);
        CostLineItem gateway = c.cost().items().stream().filter(i -> i.id().equals("device-gateway-mqtt-messages")).findFirst().orElseThrow();
        // The request counts no unlocks, so each of the 6,000 scooters is sent 24 commands a day (command-rates.yaml, assumption
        // as-device-commands): 6,000 x 24 / 86,400 s = 1.6667/s on average x 3 at peak = 5 commands/s. Two messages a command
        // (the command and its acknowledgement): 10/s at peak / 3 x 2,628,000 s / 1,000,000 = 8.76 million messages a month,
        // at $1.00 a million = $8.76. Remote unlock's share of the writes (127.27 x 0.1 / 0.3 = 42.42 commands/s, 3.7 million
        // unlocks a day for 6,000 scooters) made it 74.32 million; billed for every write at peak, as before s25, 87.6 million.
        assertThat(gateway.quantity()).isEqualTo(8.76);
        assertThat(gateway.monthly()).isEqualTo(8.76);
        assertThat(gateway.assumption()).contains("2 messages a command (the command and its acknowledgement) x 5 commands/s at peak (6,000 devices")
                .contains("as-device-commands");
    }
}
