package dev.architect.offline.internal.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import dev.architect.internal.facts.StatedFacts;
import dev.architect.request.ConsultationRequest;
import dev.architect.request.RequestReader;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A multiple of the load stated for months or weeks of the year ("doubles in December", "triples in the weeks before
 * Christmas") compares months with months: it is a season's multiple, never the day's peak over its average; a multiple of a
 * moment ("doubles at kick-off", "jumps 6x when the summer season's permits are released") still is. And a sentence with a
 * season and a second window that states no count of its own does not give the season's month to that window. Fresh
 * sentences (a bakery, a ski lift, a stadium, a parcel depot).
 */
class ASeasonsMultipleIsNoDaysPeakTest {

    private static ConsultationRequest request(String description) {
        return RequestReader.readString("system: X\ndescription: >\n  " + description + "\ncapabilities: [orders, lift passes]\n");
    }

    @Test
    void aMultipleInANamedMonthIsNoSpikeFactor() {
        assertThat(StatedFacts.read(request("A bakery chain takes orders online. Load doubles in December.")).spikeFactor()).isEmpty();
        // the calendar reads it as the season it is: December at 2x the other months
        LoadCalendar.Season s = LoadCalendar.standard().season(request("A bakery chain takes orders online. Load doubles in December.")).orElseThrow();
        assertThat(s.high()).containsExactly(12);
        assertThat(s.factor()).isEqualTo(2.0);
    }

    @Test
    void aMultipleInWeeksOrASeasonOfTheYearIsNoSpikeFactor() {
        assertThat(StatedFacts.read(request("A parcel depot. Load triples in the weeks before Christmas.")).spikeFactor()).isEmpty();
        assertThat(StatedFacts.read(request("A ski lift operator. Traffic surges 4x during the winter.")).spikeFactor()).isEmpty();
    }

    @Test
    void aMultipleOfAMomentStaysTheDaysSpike() {
        // negative: the same verbs for a moment of the day keep their meaning
        assertThat(StatedFacts.read(request("A stadium app. Traffic doubles at kick-off.")).spikeFactor().orElseThrow().value()).isEqualTo(2.0);
        // "summer season's" qualifies the permits: the jump is at their release, a moment
        assertThat(StatedFacts.read(request("Camping permits. Traffic jumps 6x when the summer season's permits are released."))
                .spikeFactor().orElseThrow().value()).isEqualTo(6.0);
    }

    @Test
    void aSecondWindowWithNoCountIsNotDatedByTheSeasonsMonth() {
        // before: "in december" dated the event days, and "event days" took the assumed 3 days: a 72-hour window in December
        // on top of the December season, the same load counted twice
        List<LoadCalendar.Window> windows = LoadCalendar.standard().windows(request(
                "A stadium's food stalls sell through an app. Load doubles in November and on match days at the ground."));
        assertThat(windows).noneMatch(w -> w.month() == 11);
    }

    @Test
    void aCountedWindowInTheSeasonsMonthIsKept() {
        // negative: a window with its own count in the season's month is a window (the opening weekend of the sale)
        List<LoadCalendar.Window> windows = LoadCalendar.standard().windows(request(
                "Traffic triples in November, and the opening weekend of the sale in November jumps to 1,800 requests per second."));
        assertThat(windows).anyMatch(w -> w.hours() == 48);
    }
}
