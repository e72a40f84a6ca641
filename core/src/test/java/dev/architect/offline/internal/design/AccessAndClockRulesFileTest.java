package dev.architect.offline.internal.design;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import dev.architect.testing.ShippedDataFiles;
import org.junit.jupiter.api.Test;

/** The access and clock grammar is checked when read: whole lower-case words, no word twice, cut-off words among the cut-offs. */
class AccessAndClockRulesFileTest {


    private static AccessAndClockRules read(String text) {
        return AccessAndClockRules.read(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), "bad-copy.yaml");
    }

    @Test
    void theShippedGrammarReads() throws IOException {
        assertThat(read(ShippedDataFiles.text(AccessAndClockRules.class, AccessAndClockRules.RESOURCE)).access().verbs()).contains("visible", "see");
        assertThat(AccessAndClockRules.standard().clock().cutoffWords()).contains("deadline");
    }

    @Test
    void aVerbThatIsNotLowerCaseWholeWordsFailsNamingTheKey() throws IOException {
        String bad = ShippedDataFiles.text(AccessAndClockRules.class, AccessAndClockRules.RESOURCE).replace("verbs: [see,", "verbs: [See,");
        assertThatThrownBy(() -> read(bad)).hasMessageContaining("bad-copy.yaml").hasMessageContaining("access.verbs").hasMessageContaining("'See'");
    }

    @Test
    void aWordListedTwiceFails() throws IOException {
        String bad = ShippedDataFiles.text(AccessAndClockRules.class, AccessAndClockRules.RESOURCE).replace("times: [noon, midday, midnight]", "times: [noon, midday, noon]");
        assertThatThrownBy(() -> read(bad)).hasMessageContaining("clock.times").hasMessageContaining("'noon' twice");
    }

    @Test
    void aCutOffWordThatIsNoCutOffFails() throws IOException {
        String bad = ShippedDataFiles.text(AccessAndClockRules.class, AccessAndClockRules.RESOURCE).replace("cutoffWords: [deadline,", "cutoffWords: [deadline, overdue,");
        assertThatThrownBy(() -> read(bad)).hasMessageContaining("clock.cutoffWords");
    }

    @Test
    void aMissingListFailsNamingIt() throws IOException {
        String bad = ShippedDataFiles.text(AccessAndClockRules.class, AccessAndClockRules.RESOURCE).replaceAll("(?m)^  zones: .*$", "");
        assertThatThrownBy(() -> read(bad)).hasMessageContaining("clock.zones");
    }
}
