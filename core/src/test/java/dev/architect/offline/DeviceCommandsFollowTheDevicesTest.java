package dev.architect.offline;

import static org.assertj.core.api.Assertions.assertThat;

import dev.architect.dossier.CostEstimate;
import dev.architect.dossier.CostLineItem;
import dev.architect.request.RequestReader;
import org.junit.jupiter.api.Test;

/**
 * A device gateway that carries only commands and their acknowledgements is billed for the commands the request counts,
 * else for its devices at the archetype's commands a device a day (command-rates.yaml, assumption as-device-commands),
 * never for a command capability's share of the request's writes (the R3 review's 8.19 safety stops a second for 3,000
 * robots, about 700,000 a day). A request of our own; a month is 2,628,000 s.
 */
class DeviceCommandsFollowTheDevicesTest {

    private static final OfflineArchitect ARCHITECT = OfflineArchitect.create();

    private static final String IRRIGATION = """
            system: FieldFlow
            description: >
              Controls 12,000 irrigation valve controllers on farms across two states. Each controller reports soil moisture and
              flow every 10 seconds; growers set schedules in a web app and the system opens or closes a valve remotely, and a
              leak alarm closes the valve within 5 seconds.%s
            actors:
              - {name: Grower, description: "sets irrigation schedules and watches the fields"}
              - {name: Controller, description: "valve controller in the field reporting readings"}
            capabilities: [controller readings, valve commands, irrigation schedules, field map]
            load: {peakRequestsPerSecond: 2000, readWriteRatio: 0.2}
            data: {initialVolumeGb: 50, growthGbPerMonth: 300, retentionYears: 1}
            team: {size: 6, expertise: [Go, PostgreSQL, AWS]}
            deployment: {cloud: aws, regions: [us-west-2]}
            """;

    private static CostLineItem gateway(String extra) {
        CostEstimate cost = ARCHITECT.cost(RequestReader.readString(String.format(java.util.Locale.ROOT, IRRIGATION, extra)));
        return cost.items().stream().filter(i -> i.name().equals("Device gateway messages")).findFirst()
                .orElseThrow(() -> new AssertionError("no device gateway line in " + cost.items().stream().map(CostLineItem::name).toList()));
    }

    @Test
    void withNoCountedCommandsEachDeviceIsSentTheAssumedCommandsADay() {
        CostLineItem line = gateway("");

        // 12,000 controllers x 24 commands a day / 86,400 s = 3.3333/s x 3 at peak = 10 commands/s; x 2 (command and
        // acknowledgement) = 20 messages/s at peak / 3 x 2,628,000 s / 1,000,000 = 17.52 million messages x $1.00 = $17.52
        assertThat(line.assumption()).contains("10 commands/s at peak (12,000 devices").contains("x 24 commands a device a day")
                .contains("as-device-commands");
        assertThat(line.quantity()).isEqualTo(17.52);
        assertThat(line.monthly()).isEqualTo(17.52);
    }

    @Test
    void aStatedCountOfCommandsIsUsedInsteadOfTheAssumption() {
        CostLineItem line = gateway(" About 60,000 valve commands a day are sent.");

        // 60,000 a day x 365 / 12 = 1,825,000 a month / 2,628,000 s = 0.6944/s x 3 at peak = 2.08 commands/s; x 2 = 4.16
        // messages/s / 3 x 2,628,000 / 1,000,000 = 3.64 million messages x $1.00 = $3.64
        assertThat(line.assumption()).contains("2.08 commands/s at peak (1,825,000 a month (stated: ").doesNotContain("as-device-commands");
        assertThat(line.quantity()).isEqualTo(3.64);
        assertThat(line.monthly()).isEqualTo(3.64);
    }
}
