package dev.architect.offline.internal.design;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The verb lexicon of record lifecycles is checked when it is read: a bad copy fails naming the verb and what is wrong. */
class RecordLifecyclesFileTest {

    private static String shipped() throws IOException {
        try (InputStream in = RecordLifecycles.class.getResourceAsStream(RecordLifecycles.RESOURCE)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private static RecordLifecycles read(String text) {
        return RecordLifecycles.read(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), "bad-copy.yaml");
    }

    @Test
    void theShippedLexiconReadsAndItsTimerIsATimedVerb() {
        RecordLifecycles lexicon = RecordLifecycles.standard();
        assertThat(lexicon.verbs()).extracting(RecordLifecycles.Verb::command).contains("accept", "appeal", "settle", "expire", "borrow");
        assertThat(lexicon.verbs()).filteredOn(v -> v.command().equals(lexicon.timer())).singleElement()
                .satisfies(v -> assertThat(v.by()).isEqualTo(RecordLifecycles.By.TIMER));
    }

    @Test
    void aStateNotInUpperCaseFailsNamingTheVerb() throws IOException {
        String bad = shipped().replace("state: ACCEPTED", "state: accepted");
        assertThatThrownBy(() -> read(bad)).hasMessageContaining("bad-copy.yaml").hasMessageContaining("verb 'accept'")
                .hasMessageContaining("UPPER_CASE");
    }

    @Test
    void aFormGivenToTwoVerbsFailsNamingBoth() throws IOException {
        String bad = shipped().replace("forms: [decline, declines, declined]", "forms: [decline, declines, declined, rejected]");
        assertThatThrownBy(() -> read(bad)).hasMessageContaining("form 'rejected'").hasMessageContaining("'reject'");
    }

    @Test
    void anUnknownPerformerFailsAtLoad() throws IOException {
        String bad = shipped().replace("state: SETTLED, by: SYSTEM", "state: SETTLED, by: ROBOT");
        assertThatThrownBy(() -> read(bad)).hasMessageContaining("bad-copy.yaml").hasMessageContaining("ROBOT");
    }

    @Test
    void aTimerThatIsNotATimedVerbFailsAtLoad() throws IOException {
        String bad = shipped().replace("timer: expire", "timer: accept");
        assertThatThrownBy(() -> read(bad)).hasMessageContaining("timer 'accept' must name a verb done by TIMER");
    }

    @Test
    void anInverseThatIsNotAVerbFailsNamingTheVerb() throws IOException {
        String bad = shipped().replace("inverses: [resume, release, reinstate, reopen]", "inverses: [unsuspend]");
        assertThatThrownBy(() -> read(bad)).hasMessageContaining("verb 'suspend'").hasMessageContaining("inverse 'unsuspend'");
    }

    @Test
    void aQuantityGivenTwoKindsFailsNamingTheWord() throws IOException {
        String bad = shipped().replace("DECIMAL: [odds,", "DECIMAL: [stake, odds,");
        assertThatThrownBy(() -> read(bad)).hasMessageContaining("quantity 'stake'").hasMessageContaining("MONEY").hasMessageContaining("DECIMAL");
    }

    @Test
    void aComparisonWithoutADirectionFailsAtLoad() throws IOException {
        String bad = shipped().replace("or better: AT_LEAST", "or better: SOMETIMES");
        assertThatThrownBy(() -> read(bad)).hasMessageContaining("bad-copy.yaml").hasMessageContaining("SOMETIMES");
    }

    @Test
    void aVerbThatRestoresAndEndsTheRecordFailsAtLoad() throws IOException {
        String bad = shipped().replace("state: ACTIVE, by: OWNER, restores: true", "state: ACTIVE, by: OWNER, restores: true, terminal: true");
        assertThatThrownBy(() -> read(bad)).hasMessageContaining("verb 'resume'").hasMessageContaining("restores");
    }

    /** A bad value of each key this lexicon adds fails at load, naming the entry: repeats, exclusive, atMost, guards. */
    @Test
    void aBadRepeatExclusiveAtMostOrGuardEntryFailsAtLoadNamingIt() throws IOException {
        String lend = "acts: [lending, lendings], repeats: true";
        assertThatThrownBy(() -> read(shipped().replace(lend, lend + ", terminal: true"))).hasMessageContaining("bad-copy.yaml")
                .hasMessageContaining("verb 'lend'").hasMessageContaining("repeats");
        assertThatThrownBy(() -> read(shipped().replace(lend, "acts: [lending, lendings], exclusive: true"))).hasMessageContaining("exclusively");
        assertThatThrownBy(() -> read(shipped().replace("  only one: 1", "  only one: -1"))).hasMessageContaining("atMost 'only one'");
        assertThatThrownBy(() -> read(shipped().replace("  while: REQUIRED", "  while: SOMETIMES"))).hasMessageContaining("SOMETIMES");
    }

    @Test
    void theShippedLexiconRepeatsLendingAndRenewalAndCountsActiveRecordsPerThing() {
        RecordLifecycles lexicon = RecordLifecycles.standard();
        assertThat(lexicon.verbs()).filteredOn(RecordLifecycles.Verb::repeats).extracting(RecordLifecycles.Verb::command).contains("lend", "renew");
        assertThat(lexicon.verbs()).filteredOn(RecordLifecycles.Verb::exclusive).extracting(RecordLifecycles.Verb::command).containsExactly("borrow");
        assertThat(lexicon.atMost()).containsEntry("only one", 1).containsEntry("at most", 0);
        assertThat(lexicon.guards()).containsEntry("while", RecordLifecycles.Guarding.REQUIRED).containsEntry("until", RecordLifecycles.Guarding.FORBIDDEN);
    }

    @Test
    void theShippedLexiconPairsSuspendWithItsUndoingAndCreatesByBuyingOrBuilding() {
        RecordLifecycles lexicon = RecordLifecycles.standard();
        assertThat(lexicon.verbs()).filteredOn(v -> v.command().equals("suspend")).singleElement()
                .satisfies(v -> assertThat(v.inverses()).startsWith("resume"));
        assertThat(lexicon.verbs()).filteredOn(v -> List.of("buy", "build", "open", "create").contains(v.command())).hasSize(4).allMatch(RecordLifecycles.Verb::opens);
    }
}
