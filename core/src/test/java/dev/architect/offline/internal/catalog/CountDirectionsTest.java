package dev.architect.offline.internal.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.architect.offline.internal.catalog.CountDirections.Direction;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/**
 * A stated count runs one way: its noun decides first ("checks" are reads, "check-ins" arrivals, written), else the nearest
 * listed verb of its clause, with its particle; a negated verb, or none, decides nothing. Sentences from domains the
 * development set does not hold (ski lifts, grain intake, pollen alerts, road gritting).
 */
class CountDirectionsTest {

    private static final CountDirections D = CountDirections.standard();

    @Test
    void aCountOfChecksIsAReadWhateverTheClauseSays() {
        assertThat(D.of("Wardens patrol the car parks, about ", "checks")).isEqualTo(Direction.READ);
        assertThat(D.of("", "status look-ups")).isEqualTo(Direction.READ);
    }

    @Test
    void theClausesVerbGivesTheDirectionOfACountOfThings() {
        assertThat(D.of("Lift gates check about ", "passes")).isEqualTo(Direction.READ);
        assertThat(D.of("Buyers verify about ", "lot certificates")).isEqualTo(Direction.READ);
        assertThat(D.of("GPs and pharmacists look up about ", "local forecasts")).isEqualTo(Direction.READ);
        assertThat(D.of("Volunteers submit about ", "symptom diaries")).isEqualTo(Direction.WRITE);
        assertThat(D.of("Depot managers recorded ", "salt deliveries")).isEqualTo(Direction.WRITE);
    }

    @Test
    void checkingInIsAnArrivalWrittenNotARead() {
        // the negative: "check" with its particle "in" is an arrival, and a noun "check-ins" counts arrivals
        assertThat(D.of("Drivers check in about ", "lorries")).isEqualTo(Direction.WRITE);
        assertThat(D.of("Hotel partners report about ", "check-ins")).isEqualTo(Direction.WRITE);
        assertThat(D.of("Guests checked out ", "rooms")).isEqualTo(Direction.WRITE);
    }

    @Test
    void onlyTheCountsOwnClauseIsReadAndANegatedOrUnlistedVerbSaysNothing() {
        // "check" stands in an earlier clause: the count's own clause has no listed verb
        assertThat(D.of("Officers check plates at the kerb, and about ", "sessions")).isEqualTo(Direction.UNKNOWN);
        assertThat(D.of("Supervisors never check the ", "routes")).isEqualTo(Direction.UNKNOWN);
        assertThat(D.of("A batch of tests is run on ", "gates")).isEqualTo(Direction.UNKNOWN);
        assertThat(D.of("About ", "loads")).isEqualTo(Direction.UNKNOWN);
        // a visit is a person's session of many requests (billed as a visit's 20), not one look-up
        assertThat(D.of("Owners make about ", "visits")).isEqualTo(Direction.UNKNOWN);
    }

    @Test
    void aWordListedBothWaysFailsAtLoadNamingIt() {
        String bad = "readNouns: [check]\nwriteNouns: [check]\nreadVerbs: [verify]\nwriteVerbs: [record]\nnegations: [not]\n";
        assertThatThrownBy(() -> DataFiles.read(new ByteArrayInputStream(bad.getBytes(StandardCharsets.UTF_8)), "bad.yaml",
                CountDirections.class, "count directions")).hasMessageContaining("[check] listed as both a read and a write");
        String particle = "readNouns: [check]\nwriteNouns: [upload]\nreadVerbs: [verify]\nwriteVerbs: [record]\nnegations: [not]\n"
                + "particles: {check: {in: write}}\n";
        assertThatThrownBy(() -> DataFiles.read(new ByteArrayInputStream(particle.getBytes(StandardCharsets.UTF_8)), "bad.yaml",
                CountDirections.class, "count directions")).hasMessageContaining("particles.check is no listed verb");
    }
}
