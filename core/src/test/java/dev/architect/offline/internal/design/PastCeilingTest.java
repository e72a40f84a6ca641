package dev.architect.offline.internal.design;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.architect.offline.internal.catalog.Fact;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** limits.yaml: what a system meets first past a ceiling, by fact; a key that names no fact fails naming the entry. */
class PastCeilingTest {

    private static PastCeiling read(String yaml) {
        return PastCeiling.read(new ByteArrayInputStream(yaml.getBytes(StandardCharsets.UTF_8)), "test.yaml");
    }

    @Test
    void everyLoadAnAdrWeighsAgainstACeilingSaysWhatGivesFirst() {
        for (Fact fact : new Fact[] {Fact.PEAK_READS, Fact.PEAK_WRITES, Fact.EVENTS_PER_SECOND, Fact.STORAGE_5Y_GB, Fact.APP_INSTANCES}) {
            assertThat(PastCeiling.of(fact)).as(fact.key()).isPresent();
        }
    }

    @Test
    void aKeyThatNamesNoFactFailsNamingTheEntry() {
        assertThatThrownBy(() -> read("pastCeiling:\n  peakReeds: \"reads queue\"\n"))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("test.yaml: pastCeiling.peakReeds names no fact");
    }

    @Test
    void aBlankTextFailsNamingTheEntry() {
        assertThatThrownBy(() -> read("pastCeiling:\n  peakReadsPerSecond: \" \"\n"))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("pastCeiling.peakReadsPerSecond is blank");
    }
}
