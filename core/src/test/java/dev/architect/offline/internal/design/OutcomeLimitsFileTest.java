package dev.architect.offline.internal.design;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** The designs of outcome limits are checked when read: both kinds present, every token resolved, a bad copy names the limit. */
class OutcomeLimitsFileTest {

    private static String shipped() throws IOException {
        try (InputStream in = OutcomeLimits.class.getResourceAsStream(OutcomeLimits.RESOURCE)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private static OutcomeLimits read(String text) {
        return OutcomeLimits.read(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), "bad-copy.yaml");
    }

    @Test
    void theShippedFileHasADesignForEachKindOfExcess() {
        assertThat(OutcomeLimits.standard().limits()).containsOnlyKeys(CapabilityNameGrammar.Excess.values());
    }

    @Test
    void anUnknownTokenFailsNamingTheLimit() throws IOException {
        String bad = shipped().replace("\"one standing ${noun} per ${perWords}", "\"one standing ${thing} per ${perWords}");
        assertThatThrownBy(() -> read(bad)).hasMessageContaining("bad-copy.yaml").hasMessageContaining("limit REPEAT")
                .hasMessageContaining("${thing}");
    }

    @Test
    void aMissingKindFailsNamingIt() throws IOException {
        String text = shipped();
        String bad = text.substring(0, text.indexOf("  REPEAT:"));
        assertThatThrownBy(() -> read(bad)).hasMessageContaining("limit REPEAT is missing");
    }

    @Test
    void anUnknownKindFailsAtLoad() throws IOException {
        String bad = shipped().replace("  REPEAT:", "  TWICE:");
        assertThatThrownBy(() -> read(bad)).hasMessageContaining("bad-copy.yaml").hasMessageContaining("TWICE");
    }
}
