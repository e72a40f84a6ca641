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
        // Writes at peak: 400 / (3 + 1) = 100/s, exactly the scooters' 6,000 / 60 s = 100 reports/s, so the stated peak is kept
        // and people's part of it, 400 - 100 = 300 requests/s at 10 reads per write, adds 300 / 11 = 27.27 writes/s of their own:
        // 127.27 writes/s (it was 100 before people's writes were kept apart). The three capabilities weigh 0.1 of the writes
        // each (0.3 in all), so remote unlock, the capability the command mechanism designs, takes 127.27 x 0.1 / 0.3 = 42.42
        // commands/s at peak. Two messages a command (the command and its acknowledgement): 84.84/s at peak; people's traffic
        // averages a third of its peak: 42.42 x 2 / 3 x 2,628,000 s / 1,000,000 = 74.32 million messages a month, at $1.00 a
        // million = $74.32. Billed for every write at peak, as before s25, it was 100 / 3 x 2.628 = 87.6 million.
        assertThat(gateway.quantity()).isEqualTo(74.32);
        assertThat(gateway.monthly()).isEqualTo(74.32);
        assertThat(gateway.assumption()).contains("2 messages a command (the command and its acknowledgement) x 42.42 commands/s at peak (the writes of remote unlock");
    }
}
