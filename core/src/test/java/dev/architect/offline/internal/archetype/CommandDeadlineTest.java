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
 * 250 + 50 + 100 + 50 + 50 + 250 = 750 ms, so a deadline below that is met at the edge (a controller on the device or
 * site, drawn with its local loop), and the cloud path then keeps its own 30 s expiry for the commands that can wait; a
 * deadline the cloud path meets is its command's expiry (30 s where none is stated).
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
    void aDeadlineBelowTheCloudPathIsMetAtTheEdgeAndTheCloudPathKeepsItsOwnExpiry() {
        var tokens = CommandDeadline.standard().tokens(req(PRESS));

        // 100 ms < 750 ms: the edge meets it; the cloud path carries only commands that can wait, expiring after 30 s.
        assertThat(tokens.get("commandExpiry")).isEqualTo("30 s");
        assertThat(tokens.get("edgeDeadline")).isEqualTo("100 ms");
        assertThat(tokens.get("edgeDecision")).startsWith("The fast loop runs at the edge: \"The controller stops a press line within 100 ms")
                .contains("allows 100 ms, while the cloud path promises about 750 ms").contains("expire after 30 s");
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
        assertThat(tokens.get("edgeDecision")).isEmpty();
    }

    @Test
    void withNoDeadlineACommandExpiresAfterTheDefault() {
        var tokens = CommandDeadline.standard().tokens(req(DOOR));

        assertThat(tokens.get("commandExpiry")).isEqualTo("30 s");
        assertThat(tokens.get("edgeCommands")).isEmpty();
        assertThat(tokens.get("edgeRisk")).isEmpty();
    }

    @Test
    void theDesignOfAnEdgeDeadlineDrawsTheEdgeControllerAndItsLocalLoop() {
        Archetype commands = commandsOf(PRESS);

        assertThat(commands.requirement()).contains("within 100 ms").contains("at the edge").doesNotContain("${");
        // The cloud path's command keeps its own expiry: 100 ms would lapse before the 750 ms path delivered it.
        assertThat(commands.flows()).flatMap(Archetype.Flow::steps).anyMatch(s -> s.contains("expires in 30 s"))
                .noneMatch(s -> s.contains("expires in 100 ms"));
        assertThat(commands.risks()).anyMatch(r -> r.description().contains("stated deadline of 100 ms cannot be met through the cloud path"));
        assertThat(commands.components()).filteredOn(c -> c.id().equals("edge-controller")).singleElement()
                .satisfies(c -> assertThat(c.technology()).containsEntry("default", "Local controller hardware"))
                .satisfies(c -> assertThat(c.responsibility()).contains("(100 ms, against about 750 ms through the cloud)"));
        Archetype.Flow loop = commands.flows().stream().filter(f -> f.id().equals("edge-command-loop")).findFirst().orElseThrow();
        assertThat(loop.title()).isEqualTo("Act at the edge within 100 ms, then report to the cloud");
        assertThat(loop.steps()).first().asString().startsWith("device -> edge-controller: The sensor's reading");
        assertThat(loop.steps()).element(2).asString().isEqualTo("edge-controller -> device: Drive the actuator, within 100 ms of the reading");
        // Reported to the cloud only after the actuator acted.
        assertThat(loop.steps().indexOf("device --> edge-controller: Actuator confirms the action"))
                .isLessThan(indexStarting(loop, "edge-controller ~> device-gateway"));
        assertThat(commands.decisions()).singleElement().satisfies(d -> assertThat(d.consequence())
                .startsWith("The fast loop runs at the edge").contains("100 ms").contains("about 750 ms"));
    }

    @Test
    void aDeadlineTheCloudPathMeetsDrawsNoEdge() {
        Archetype gate = commandsOf(GATE);
        Archetype door = commandsOf(DOOR);

        for (Archetype a : java.util.List.of(gate, door)) {
            assertThat(a.components()).noneMatch(c -> c.id().equals("edge-controller"));
            assertThat(a.flows()).noneMatch(f -> f.id().equals("edge-command-loop"));
            assertThat(a.decisions()).singleElement().satisfies(d -> assertThat(d.consequence()).isEmpty());
        }
        assertThat(gate.flows()).flatMap(Archetype.Flow::steps).anyMatch(s -> s.contains("expires in 2 s"));
    }

    private static Archetype commandsOf(String yaml) {
        return Archetypes.standard().recognise(req(yaml), req(yaml).capabilities()).stream()
                .filter(r -> r.archetype().id().equals("device-commands")).findFirst().orElseThrow().archetype();
    }

    private static int indexStarting(Archetype.Flow flow, String prefix) {
        return java.util.stream.IntStream.range(0, flow.steps().size()).filter(i -> flow.steps().get(i).startsWith(prefix)).findFirst().orElseThrow();
    }

    @Test
    void aHopWithoutABudgetOrAnUnknownKeyFailsNamingTheFile() {
        String edge = "edge:\n  components:\n    - {id: edge-controller, name: Edge controller, kind: WORKER, technology: {default: controller}, responsibility: decides}\n"
                + "  flows:\n    - {id: edge-command-loop, title: loop, description: loop, steps: [\"device -> edge-controller: reading\"]}\n";
        String good = "archetype: device-commands\ncues: [stop]\nhops:\n  - {name: uplink, ms: 200}\ndefaultExpirySeconds: 30\nbasis: why\n" + edge;
        assertThat(CommandDeadline.read(in(good), "command-deadline.yaml").cloudPathMs()).isEqualTo(200);
        assertThatThrownBy(() -> CommandDeadline.read(in(good.replace("ms: 200", "ms: 0")), "command-deadline.yaml"))
                .hasMessage("command-deadline.yaml: hop 'uplink' must have a positive ms");
        assertThatThrownBy(() -> CommandDeadline.read(in(good + "hop: 9\n"), "command-deadline.yaml"))
                .hasMessageContaining("command-deadline.yaml").hasMessageContaining("hop");
        assertThatThrownBy(() -> CommandDeadline.read(in(good.replace("cues: [stop]\n", "")), "command-deadline.yaml"))
                .hasMessage("command-deadline.yaml: cues are missing");
        assertThatThrownBy(() -> CommandDeadline.read(in(good.replace(edge, "")), "command-deadline.yaml"))
                .hasMessage("command-deadline.yaml: edge needs components, the controller that decides at the edge");
        assertThatThrownBy(() -> CommandDeadline.read(in(good.replace(", responsibility: decides", "")), "command-deadline.yaml"))
                .hasMessageContaining("command-deadline.yaml edge component 'edge-controller'").hasMessageContaining("responsibility");
        assertThatThrownBy(() -> CommandDeadline.read(in(good.replace("steps: [\"device -> edge-controller: reading\"]", "steps: []")), "command-deadline.yaml"))
                .hasMessage("command-deadline.yaml: edge flow 'edge-command-loop' needs an id and steps");
    }

    private static ConsultationRequest req(String yaml) {
        return RequestReader.readString(yaml);
    }

    private static ByteArrayInputStream in(String yaml) {
        return new ByteArrayInputStream(yaml.getBytes(StandardCharsets.UTF_8));
    }
}
