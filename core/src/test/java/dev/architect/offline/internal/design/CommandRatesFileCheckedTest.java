package dev.architect.offline.internal.design;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** command-rates.yaml is checked when read: a bad copy fails naming the file and the entry. */
class CommandRatesFileCheckedTest {

    private static String shipped() throws IOException {
        try (InputStream in = CommandRates.class.getResourceAsStream(CommandRates.RESOURCE)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private static CommandRates read(String text) {
        return CommandRates.read(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), "bad-command-rates.yaml");
    }

    @Test
    void theShippedFileGivesTheDeviceCommandsArchetypeItsRate() throws IOException {
        assertThat(read(shipped()).of("device-commands")).hasValueSatisfying(r -> assertThat(r.perDevicePerDay()).isEqualTo(24));
        assertThat(read(shipped()).of("presence")).isEmpty();
    }

    @Test
    void anArchetypeTheCatalogueDoesNotHaveFails() throws IOException {
        String bad = shipped().replace("  device-commands:", "  device-command:");
        assertThatThrownBy(() -> read(bad)).hasMessageContaining("archetypes.device-command").hasMessageContaining("not an archetype");
    }

    @Test
    void aNonPositiveRateFails() throws IOException {
        String bad = shipped().replace("perDevicePerDay: 24", "perDevicePerDay: 0");
        assertThatThrownBy(() -> read(bad)).hasMessageContaining("device-commands.perDevicePerDay");
    }

    @Test
    void anUnknownKeyFails() throws IOException {
        String bad = shipped().replace("perDevicePerDay: 24", "perDevicePerDay: 24\n    perDeviceAnHour: 1");
        assertThatThrownBy(() -> read(bad)).hasMessageContaining("bad-command-rates.yaml");
    }
}
