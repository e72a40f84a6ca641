package dev.architect.offline.internal.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** money-volumes.yaml is checked when read: a bad copy fails naming the file and the entry. */
class MoneyVolumesFileCheckedTest {

    private static String shipped() throws IOException {
        try (InputStream in = MoneyVolumes.class.getResourceAsStream(MoneyVolumes.RESOURCE)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private static MoneyVolumes read(String text) {
        return MoneyVolumes.read(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), "bad-money-volumes.yaml");
    }

    @Test
    void theShippedFileReadsAndKnowsAPayoutCapabilityByWholeWords() throws IOException {
        MoneyVolumes v = read(shipped());
        assertThat(v.paysOut("driver payouts")).isTrue();
        // "pay" alone, and "payout" inside another word, say nothing about payouts
        assertThat(v.paysOut("payment methods")).isFalse();
        assertThat(v.paysOut("payoutsummary")).isFalse();
    }

    @Test
    void aNonPositiveRateFailsNamingIt() throws IOException {
        String bad = shipped().replace("movementsPerUserPerMonth: 4", "movementsPerUserPerMonth: 0");
        assertThatThrownBy(() -> read(bad)).hasMessageContaining("bad-money-volumes.yaml").hasMessageContaining("movementsPerUserPerMonth");
    }

    @Test
    void aCadenceWithoutRunsFailsNamingTheCadence() throws IOException {
        String bad = shipped().replace("runsPerMonth: 4.3333}", "runsPerMonth: -1}");
        assertThat(bad).isNotEqualTo(shipped());
        assertThatThrownBy(() -> read(bad)).hasMessageContaining("cadences.weekly.runsPerMonth");
    }

    @Test
    void aDefaultCadenceTheFileDoesNotDefineFails() throws IOException {
        String bad = shipped().replace("defaultCadence: daily", "defaultCadence: hourly");
        assertThatThrownBy(() -> read(bad)).hasMessageContaining("defaultCadence 'hourly'");
    }

    @Test
    void anUnknownKeyFails() throws IOException {
        String bad = shipped().replace("defaultCadence: daily", "defaultCadence: daily\nrunsPerYear: 12");
        assertThatThrownBy(() -> read(bad)).hasMessageContaining("bad-money-volumes.yaml");
    }
    @Test
    void aFileWithoutPayeeWordsFailsNamingTheKey() throws IOException {
        String text = shipped();
        String line = text.lines().filter(l -> l.startsWith("payeeWords:")).findFirst().orElseThrow();
        String bad = text.replace(line, "payeeWords: []").replace("  receives a payout, payouts to, payout to, pay out to, pays out to, paid to, salaries, salary, wages, payroll]\n", "");
        assertThatThrownBy(() -> read(bad)).hasMessageContaining("bad-money-volumes.yaml").hasMessageContaining("payeeWords must list");
    }
}
