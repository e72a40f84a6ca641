package dev.architect.offline.internal.archetype;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.architect.request.ConsultationRequest;
import dev.architect.request.RequestReader;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/**
 * A command's stated deadline set against the cloud path's hops (command-deadline.yaml): the hops sum to
 * 250 + 50 + 100 + 50 + 50 + 250 = 750 ms, so a deadline below that is met at the edge, and a command never expires
 * later than its deadline (30 s where none is stated).
 */
class CommandDeadlineTest {

    private static final String PRESS = """
            system: Stamper
            description: "Monitors 40 press lines in two plants. The controller stops a press line within 100 ms when a light curtain is broken; operators send recipe changes to the presses."
            capabilities: [press monitoring, emergency stop, commands to devices]
            load: {peakRequestsPerSecond: 200, readWriteRatio: 1}
            deployment: {cloud: azure, regions: [westeurope]}
            """;
    private static final String GATE = """
            system: Yardgate
            description: "Truck yards with 60 barrier gates. A gate opens within 2 s of a driver's booking being confirmed at the kiosk; gates report their state every 500 ms."
            capabilities: [yard bookings, gate control, device commands]
            load: {peakRequestsPerSecond: 50, readWriteRatio: 3}
            deployment: {cloud: gcp, regions: [europe-west1]}
            """;
    private static final String DOOR = """
            system: Hostel Keys
            description: "Guests unlock the door of their room from the app during their stay."
            capabilities: [bookings, remote unlock]
            load: {peakRequestsPerSecond: 20, readWriteRatio: 5}
            deployment: {cloud: aws, regions: [eu-west-1]}
            """;

    @Test
    void theCloudPathPromisesTheSumOfItsHops() {
        assertThat(CommandDeadline.standard().cloudPathMs()).isEqualTo(750);
    }

    @Test
    void aDeadlineBelowTheCloudPathIsMetAtTheEdgeAndTheCommandExpiresByIt() {
        var tokens = CommandDeadline.standard().tokens(req(PRESS));

        assertThat(tokens.get("commandExpiry")).isEqualTo("100 ms");
        assertThat(tokens.get("edgeCommands")).contains("\"The controller stops a press line within 100 ms when a light curtain is broken;")
                .contains("100 ms against about 750 ms").contains("decided and carried out at the edge");
        assertThat(tokens.get("edgeRisk")).startsWith(". The stated deadline of 100 ms cannot be met through the cloud path (")
                .contains("the outbox relay to the broker 100 ms").contains("about 750 ms");
    }

    @Test
    void aDeadlineTheCloudPathMeetsKeepsItButShortensTheExpiry() {
        var tokens = CommandDeadline.standard().tokens(req(GATE));

        // 2 s = 2,000 ms >= 750 ms: no edge clause; the period "every 500 ms" is not a deadline.
        assertThat(tokens.get("commandExpiry")).isEqualTo("2 s");
        assertThat(tokens.get("edgeCommands")).isEmpty();
        assertThat(tokens.get("edgeRisk")).isEmpty();
    }

    @Test
    void withNoDeadlineACommandExpiresAfterTheDefault() {
        var tokens = CommandDeadline.standard().tokens(req(DOOR));

        assertThat(tokens.get("commandExpiry")).isEqualTo("30 s");
        assertThat(tokens.get("edgeCommands")).isEmpty();
        assertThat(tokens.get("edgeRisk")).isEmpty();
    }

    @Test
    void theDesignOfAnEdgeDeadlineSaysSoInItsRequirementFlowAndRisk() {
        var commands = Archetypes.standard().recognise(req(PRESS), req(PRESS).capabilities()).stream()
                .filter(r -> r.archetype().id().equals("device-commands")).findFirst().orElseThrow().archetype();

        assertThat(commands.requirement()).contains("within 100 ms").contains("at the edge").doesNotContain("${");
        assertThat(commands.flows()).flatMap(Archetype.Flow::steps).anyMatch(s -> s.contains("expires in 100 ms"))
                .noneMatch(s -> s.contains("expires in 30 s"));
        assertThat(commands.risks()).anyMatch(r -> r.description().contains("stated deadline of 100 ms cannot be met through the cloud path"));
    }

    @Test
    void aHopWithoutABudgetOrAnUnknownKeyFailsNamingTheFile() {
        String good = "archetype: device-commands\ncues: [stop]\nhops:\n  - {name: uplink, ms: 200}\ndefaultExpirySeconds: 30\nbasis: why\n";
        assertThat(CommandDeadline.read(in(good), "command-deadline.yaml").cloudPathMs()).isEqualTo(200);
        assertThatThrownBy(() -> CommandDeadline.read(in(good.replace("ms: 200", "ms: 0")), "command-deadline.yaml"))
                .hasMessage("command-deadline.yaml: hop 'uplink' must have a positive ms");
        assertThatThrownBy(() -> CommandDeadline.read(in(good + "hop: 9\n"), "command-deadline.yaml"))
                .hasMessageContaining("command-deadline.yaml").hasMessageContaining("hop");
        assertThatThrownBy(() -> CommandDeadline.read(in(good.replace("cues: [stop]\n", "")), "command-deadline.yaml"))
                .hasMessage("command-deadline.yaml: cues are missing");
    }

    private static ConsultationRequest req(String yaml) {
        return RequestReader.readString(yaml);
    }

    private static ByteArrayInputStream in(String yaml) {
        return new ByteArrayInputStream(yaml.getBytes(StandardCharsets.UTF_8));
    }
}
