package dev.architect.deliverables.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

class IdentifiersTest {

    private static final String ID_CHARS = "aA0_.-";

    @Test
    void idsThatDifferOnlyInPunctuationGetDifferentIdentifiers() {
        assertThat(Identifiers.of("a-b")).isEqualTo("e_a_hb");
        assertThat(Identifiers.of("a_b")).isEqualTo("e_a_ub");
        assertThat(Identifiers.of("a.b")).isEqualTo("e_a_db");
        assertThat(Identifiers.of("a_hb")).isEqualTo("e_a_uhb");
    }

    @Test
    void mappingIsInjectiveAndUsesOnlyAliasCharactersOnRandomIds() {
        long seed = new Random().nextLong();
        Random random = new Random(seed);
        Map<String, String> seen = new HashMap<>();
        for (int i = 0; i < 20_000; i++) {
            StringBuilder id = new StringBuilder("a");
            int length = random.nextInt(6);
            for (int j = 0; j < length; j++) {
                id.append(ID_CHARS.charAt(random.nextInt(ID_CHARS.length())));
            }
            String alias = Identifiers.of(id.toString());
            assertThat(alias).as("seed " + seed).matches("[A-Za-z0-9_]+");
            String previous = seen.putIfAbsent(alias, id.toString());
            assertThat(previous == null || previous.equals(id.toString())).as("seed " + seed + ": " + previous + " and " + id).isTrue();
        }
    }
}
