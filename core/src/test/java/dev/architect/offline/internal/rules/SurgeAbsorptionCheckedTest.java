package dev.architect.offline.internal.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import dev.architect.testing.ShippedDataFiles;
import org.junit.jupiter.api.Test;

/** surge-absorption.yaml is checked when read: a bad copy fails naming the file, the key and the entry. */
class SurgeAbsorptionCheckedTest {


    private static SurgeAbsorption read(String yaml) {
        return SurgeAbsorption.read(new ByteArrayInputStream(yaml.getBytes(StandardCharsets.UTF_8)), "copy.yaml");
    }

    @Test
    void theShippedFileReads() throws IOException {
        assertThat(read(ShippedDataFiles.text(SurgeAbsorption.class, SurgeAbsorption.RESOURCE))).isNotNull();
        assertThat(SurgeAbsorption.standard().sessionSeconds()).isPositive();
    }

    @Test
    void anArchetypeThatDoesNotExistIsNamed() throws IOException {
        String bad = ShippedDataFiles.text(SurgeAbsorption.class, SurgeAbsorption.RESOURCE).replace("contendedBy: [booking-scheduling,", "contendedBy: [ticket-lottery,");
        assertThatThrownBy(() -> read(bad)).hasMessageContaining("copy.yaml").hasMessageContaining("contendedBy")
                .hasMessageContaining("ticket-lottery");
    }

    @Test
    void aCrowdNounThatIsNotLowerCaseWholeWordsIsNamed() throws IOException {
        String bad = ShippedDataFiles.text(SurgeAbsorption.class, SurgeAbsorption.RESOURCE).replace("crowdNouns: [people,", "crowdNouns: [People,");
        assertThatThrownBy(() -> read(bad)).hasMessageContaining("copy.yaml").hasMessageContaining("crowdNouns").hasMessageContaining("People");
    }

    @Test
    void aSurgeBoundAtOrBelowTheUsualDaysCurveIsRefused() throws IOException {
        String bad = ShippedDataFiles.text(SurgeAbsorption.class, SurgeAbsorption.RESOURCE).replace("surgeFrom: 15", "surgeFrom: 2");
        assertThatThrownBy(() -> read(bad)).hasMessageContaining("copy.yaml").hasMessageContaining("surgeFrom");
    }
}
