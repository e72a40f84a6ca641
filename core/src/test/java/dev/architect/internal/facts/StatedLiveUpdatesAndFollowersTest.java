package dev.architect.internal.facts;

import static org.assertj.core.api.Assertions.assertThat;

import dev.architect.request.RequestReader;
import org.junit.jupiter.api.Test;

/**
 * Live updates stated per thing ("2,000 live events change several times a second", "each of 300 live blogs gets an
 * entry every 30 s") are read as things x each one's rate, and people said to be connected or to follow something at once
 * as the connections held at peak. Sentences of our own.
 */
class StatedLiveUpdatesAndFollowersTest {

    private static StatedFacts read(String description) {
        return StatedFacts.read(RequestReader.readString("system: S\ndescription: \"" + description + "\"\n"));
    }

    @Test
    void thingsThatChangeSeveralTimesASecondAreCountedUnderTheSeveralAssumption() {
        // 2,500 markets x 3 (several, assumed) a second = 7,500 updates/s
        LiveUpdates u = read("Prices for 2,500 open markets change several times a second during matches.").liveUpdates().orElseThrow();
        assertThat(u.things()).isEqualTo(2_500);
        assertThat(u.perThingPerSecond()).isEqualTo(3);
        assertThat(u.timesAssumed()).isTrue();
        assertThat(u.perSecond()).isEqualTo(7_500);
        assertThat(u.phrase()).isEqualTo("2,500 open markets change several times a second");
        assertThat(u.evidence()).contains("(assumption " + LiveUpdates.ASSUMPTION + ")");
    }

    @Test
    void aCountedRateIsTakenAsWrittenAndAMinuteIsSixtySeconds() {
        // 1,200 matches x 2 a minute = 1,200 x 2 / 60 = 40 updates/s, no assumption
        LiveUpdates u = read("Scores for 1,200 live matches update twice a minute.").liveUpdates().orElseThrow();
        assertThat(u.perSecond()).isEqualTo(40);
        assertThat(u.timesAssumed()).isFalse();
    }

    @Test
    void eachOfSoManyThingsGettingAnEntryEveryIntervalIsThingsOverTheInterval() {
        // 300 blogs / 30 s = 10 updates/s; each blog 1 / 30 = 0.0333 a second
        LiveUpdates u = read("Each of 300 live blogs gets an entry every 30 s at the busiest moments.").liveUpdates().orElseThrow();
        assertThat(u.perSecond()).isEqualTo(10);
        assertThat(u.perThingPerSecond()).isEqualTo(1 / 30.0);
        assertThat(u.evidence()).startsWith("300 x 1 / 30 s each = 10 updates/s");
        // 40 tills / 5 minutes = 40 / 300 = 0.13 updates/s
        assertThat(read("Each of the 40 tills posts a summary every 5 minutes.").liveUpdates())
                .hasValueSatisfying(l -> assertThat(l.perSecond()).isEqualTo(0.13));
    }

    @Test
    void aChangeADayOrNoCountedThingsIsNoLiveUpdate() {
        assertThat(read("2,000 stores update their prices once a day.").liveUpdates()).isEmpty();
        assertThat(read("Odds change several times a second.").liveUpdates()).isEmpty();
    }

    @Test
    void connectedPuntersAndReadersFollowingAtOnceAreTheConnectionsHeld() {
        assertThat(read("Odds are pushed to up to 500,000 connected punters.").concurrentConnections())
                .hasValueSatisfying(c -> assertThat(c.value()).isEqualTo(500_000));
        assertThat(read("Up to 300,000 readers follow a live blog at once.").concurrentConnections())
                .hasValueSatisfying(c -> {
                    assertThat(c.value()).isEqualTo(300_000);
                    assertThat(c.phrase()).isEqualTo("300,000 readers follow a live blog at once");
                });
        assertThat(read("80,000 fans are following live.").concurrentConnections())
                .hasValueSatisfying(c -> assertThat(c.value()).isEqualTo(80_000));
        // Following without a moment is a count of followers, not of connections held at once
        assertThat(read("2 million readers follow our newsletter.").concurrentConnections()).isEmpty();
    }
}
