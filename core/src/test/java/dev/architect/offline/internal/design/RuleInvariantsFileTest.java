package dev.architect.offline.internal.design;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** The rule grammar is checked when read: every kind present once, statuses 409 or 422, tokens known, a bad copy named. */
class RuleInvariantsFileTest {

    private static String shipped() throws IOException {
        try (InputStream in = RuleInvariants.class.getResourceAsStream(RuleInvariants.RESOURCE)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private static RuleInvariants read(String text) {
        return RuleInvariants.read(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), "bad-copy.yaml");
    }

    @Test
    void theShippedGrammarWritesEveryKindOnce() {
        assertThat(RuleInvariants.standard().kinds()).extracting(RuleInvariants.KindForms::kind)
                .containsExactlyInAnyOrder(RuleInvariants.Kind.values());
    }

    @Test
    void anUnknownKindFailsAtLoad() throws IOException {
        String bad = shipped().replace("kind: ONCE_ONLY", "kind: TWICE_ONLY");
        assertThatThrownBy(() -> read(bad)).hasMessageContaining("bad-copy.yaml").hasMessageContaining("TWICE_ONLY");
    }

    @Test
    void aMissingKindFailsNamingIt() throws IOException {
        String bad = shipped().replace("kind: ONCE_ONLY", "kind: COUNT_CAP");
        assertThatThrownBy(() -> read(bad)).hasMessageContaining("bad-copy.yaml").hasMessageContaining("COUNT_CAP is written twice");
    }

    @Test
    void aStatusOtherThanAConflictOrAnUnprocessableRequestFails() throws IOException {
        String bad = shipped().replace("    status: 422", "    status: 400");
        assertThatThrownBy(() -> read(bad)).hasMessageContaining("NOT_EXCEED").hasMessageContaining("status 400");
    }

    @Test
    void anUnknownTokenInARequirementFails() throws IOException {
        String bad = shipped().replace("${keeper}; a second is refused", "${keeps}; a second is refused");
        assertThatThrownBy(() -> read(bad)).hasMessageContaining("bad-copy.yaml").hasMessageContaining("${keeps}");
    }

    @Test
    void aCueThatIsNotWholeWordsFails() throws IOException {
        String bad = shipped().replace("cues: [once, twice,", "cues: [Once, twice,");
        assertThatThrownBy(() -> read(bad)).hasMessageContaining("cue 'Once'");
    }
}
