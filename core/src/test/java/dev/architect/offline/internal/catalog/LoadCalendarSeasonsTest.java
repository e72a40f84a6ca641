package dev.architect.offline.internal.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import dev.architect.request.RequestReader;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * The load's shape as the client states it (load-calendar-words.yaml): a usual rate read as the usual month's average,
 * seasons of several months at a stated multiple of a base month, and windows whose length or date the sentence leaves
 * out taken under named assumptions. Fresh sentences of six domains, each expectation worked by hand; negatives where the
 * same words mean something else.
 */
class LoadCalendarSeasonsTest {

    private static final LoadCalendar CALENDAR = LoadCalendar.standard();

    private static LoadCalendar.Baseline baseline(String description) {
        return CALENDAR.baseline(RequestReader.readString("system: X\ndescription: >\n  " + description + "\ncapabilities: [records]\n"))
                .orElseThrow(() -> new AssertionError("no usual rate in: " + description));
    }

    private static Optional<LoadCalendar.Baseline> noBaseline(String description) {
        return CALENDAR.baseline(RequestReader.readString("system: X\ndescription: >\n  " + description + "\ncapabilities: [records]\n"));
    }

    @Test
    void aQuietYearsStatedRateIsTheUsualLoad() {
        // tax filing: "whole year" makes 40 requests per second the usual rate, not the 9,000 of the same text's deadline
        LoadCalendar.Baseline b = baseline("Almost the whole year is quiet: about 40 requests per second. In the last five days before 30 April "
                + "traffic climbs to 9,000 requests per second.");
        assertThat(b.requestsPerSecond()).isEqualTo(40.0);
        assertThat(b.qualifier()).isEqualTo("whole year");
        assertThat(b.evidence()).isEqualTo("description \"40 requests per second\"");
    }

    @Test
    void aNormalDaysRateAMinuteIsASecondsRate() {
        // restaurant kitchen tablets: 600 a minute / 60 s = 10 requests/s
        LoadCalendar.Baseline b = baseline("On a normal day the kitchen app sees about 600 requests a minute from the restaurants.");
        assertThat(b.requestsPerSecond()).isEqualTo(10.0);
        assertThat(b.qualifier()).isEqualTo("normal day");
        // court e-filing: 7,200 calls an hour on a typical day / 3,600 s = 2 requests/s
        assertThat(baseline("On a typical day clerks and lawyers make 7,200 API calls an hour.").requestsPerSecond()).isEqualTo(2.0);
    }

    @Test
    void outsideANamedPeriodTheStatedRateIsTheUsualOne() {
        // course registration: "outside the registration weeks" names a period within five words
        LoadCalendar.Baseline b = baseline("Outside the registration weeks the portal handles about 12 requests per second.");
        assertThat(b.requestsPerSecond()).isEqualTo(12.0);
        assertThat(b.qualifier()).isEqualTo("outside the registration weeks");
    }

    @Test
    void aRateWithNoWordsOfTheUsualLoadOrOutsideAPlaceIsNoUsualRate() {
        // a peak stated alone is no usual rate
        assertThat(noBaseline("Traffic peaks at 9,000 requests per second on results day.")).isEmpty();
        // "outside" a place, not a period
        assertThat(noBaseline("Customers outside the EU send about 40 requests per second.")).isEmpty();
        // "average" of a response time is no usual rate
        assertThat(noBaseline("Average response time stays under 200 ms at 500 requests per second.")).isEmpty();
        // words of the usual load with no request rate: nothing to read
        assertThat(noBaseline("The rest of the year runners update their details.")).isEmpty();
    }

    @Test
    void twoSummerMonthsAtFiveTimesANamedBaseMonth() {
        // ferries: July and August at 5 x November; the months named neither way stand at the base (assumption)
        LoadCalendar.Season s = CALENDAR.season("July and August carry five times the passenger traffic of November.", List.of()).orElseThrow();
        assertThat(s.high()).containsExactly(7, 8);
        assertThat(s.factor()).isEqualTo(5.0);
        assertThat(s.base()).containsExactly(11);
        // January..June 1, July 5, August 5, September..December 1
        assertThat(s.monthFactors()).containsExactly(1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 5.0, 5.0, 1.0, 1.0, 1.0, 1.0);
    }

    @Test
    void winterMonthsAtThreeTimesAnAutumnMonth() {
        // ski passes: December and February at 3 x October; "3x" reads the same as "three times"
        LoadCalendar.Season s = CALENDAR.season("December and February carry three times the traffic of October.", List.of()).orElseThrow();
        assertThat(s.high()).containsExactly(2, 12);
        assertThat(s.base()).containsExactly(10);
        LoadCalendar.Season x = CALENDAR.season("Traffic in November runs 3x higher than in June.", List.of()).orElseThrow();
        assertThat(x.high()).containsExactly(11);
        assertThat(x.factor()).isEqualTo(3.0);
        assertThat(x.base()).containsExactly(6);
    }

    @Test
    void aLoadThatDoublesOrTriplesInNamedMonthsIsASeasonAgainstTheOtherMonths() {
        // parcel depot: "triples" is a multiple like "three times"; no base month named: the other months are the base
        LoadCalendar.Season s = CALENDAR.season("Parcel traffic triples in November and December.", List.of()).orElseThrow();
        assertThat(s.high()).containsExactly(11, 12);
        assertThat(s.factor()).isEqualTo(3.0);
        assertThat(s.base()).isEmpty();
        // January..October 1, November 3, December 3
        assertThat(s.monthFactors()).containsExactly(1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 3.0, 3.0);
        // a team that doubled names no load and no month: no season
        assertThat(CALENDAR.season("The support team doubled last year.", List.of())).isEmpty();
    }

    @Test
    void aSpringOfACapabilitysOrdersWithNoBaseMonthIsComparedWithTheOthers() {
        // garden shop: "orders" binds to the capability "order placement"; no month after "of": the base is the other months
        LoadCalendar.Season s = CALENDAR.season("March, April and May bring four times the orders of a usual month.", List.of("order", "placement"))
                .orElseThrow();
        assertThat(s.high()).containsExactly(3, 4, 5);
        assertThat(s.factor()).isEqualTo(4.0);
        assertThat(s.base()).isEmpty();
        // the same sentence with no capability that counts orders and no load word names no load: no season
        assertThat(CALENDAR.season("March, April and May bring four times the orders of a usual month.", List.of("catalogue"))).isEmpty();
    }

    @Test
    void twiceThatOfAMonthIsAMultipleButTwiceAYearIsAFrequency() {
        // museum tickets: July and August at 2 x January
        LoadCalendar.Season s = CALENDAR.season("During July and August visitor traffic is twice that of January.", List.of()).orElseThrow();
        assertThat(s.high()).containsExactly(7, 8);
        assertThat(s.factor()).isEqualTo(2.0);
        assertThat(s.base()).containsExactly(1);
        assertThat(CALENDAR.season("Twice a year, in March and September, we audit the traffic logs.", List.of())).isEmpty();
    }

    @Test
    void aMultipleThatIsNoSeasonIsNone() {
        // a speed, with or without a month
        assertThat(CALENDAR.season("Our new gates are five times faster than the old system.", List.of())).isEmpty();
        assertThat(CALENDAR.season("In March the new gates became five times faster than the old ones and traffic fell.", List.of())).isEmpty();
        // "may" the verb is no month
        assertThat(CALENDAR.season("Traffic may be five times higher when a story goes viral.", List.of())).isEmpty();
        // "April" in a company's name, no multiple
        assertThat(CALENDAR.season("April Gardens Ltd, our landscaping partner, sends trade orders by API.", List.of("order"))).isEmpty();
    }

    @Test
    void theLastDaysOfAMonthAreAWindowOfAnAssumedLength() {
        // "last days" gives no count: 3 days (assumption as-window-unstated-length) = 72 h, once a year in April
        LoadCalendar.Window w = CALENDAR.window("In the last days of April traffic climbs to 9,000 requests per second.").orElseThrow();
        assertThat(w.hours()).isEqualTo(72.0);
        assertThat(w.perYear()).isEqualTo(1.0);
        assertThat(w.month()).isEqualTo(4);
        assertThat(w.length()).contains(LoadCalendar.UNSTATED_LENGTH);
    }

    @Test
    void aDayOfTheMonthDatesTheWindowInTheMonthNearestItsLength() {
        // "five days" = 5 x 24 = 120 h; "1 March" and "30 April" are both dates: the window is April's, nearest "five days"
        LoadCalendar.Window w = CALENDAR.window("Filing opens on 1 March and closes on 30 April, and in the last five days before 30 April "
                + "traffic climbs to 9,000 requests per second.").orElseThrow();
        assertThat(w.hours()).isEqualTo(120.0);
        assertThat(w.perYear()).isEqualTo(1.0);
        assertThat(w.month()).isEqualTo(4);
    }

    @Test
    void aWindowOfSomethingUndatedIsTakenOnceAYearUnderAnAssumption() {
        // "first morning of the sale": a morning = 4 h, no date: once a year (assumption as-undated-window-yearly)
        LoadCalendar.Window w = CALENDAR.window("On the first morning of the sale traffic climbs to 1,500 requests per second.").orElseThrow();
        assertThat(w.hours()).isEqualTo(4.0);
        assertThat(w.perYear()).isEqualTo(1.0);
        assertThat(w.recurrence()).contains(LoadCalendar.UNDATED_YEARLY);
        assertThat(w.month()).isZero();
        // "final week before the deadline": 1 x 168 h
        assertThat(CALENDAR.window("Load peaks in the final week before the deadline.").orElseThrow().hours()).isEqualTo(168.0);
        // a meeting in April names no load: no window
        assertThat(CALENDAR.window("The dean meets the registrar in April to set the quotas.")).isEmpty();
        // "each shift" recurs in a way the file does not know: no window is guessed
        assertThat(CALENDAR.window("The rush comes in the first hour of each shift.")).isEmpty();
    }

    @Test
    void aSeasonsMonthIsNoWindowButAShorterStretchOfTheSameSentenceIs() {
        // "in April and May" is the season, not a 730-h window of April on top of it
        assertThat(CALENDAR.windows(RequestReader.readString("system: X\ndescription: >\n  In April and May traffic is four times higher."
                + "\ncapabilities: [orders]\n"))).isEmpty();
        // the opening weekend (48 h) in November of the same sentence stays a window, once a year in November
        List<LoadCalendar.Window> w = CALENDAR.windows(RequestReader.readString("system: X\ndescription: >\n  December and February carry three "
                + "times the traffic of October, and the opening weekend of the winter sale in November jumps to 1,800 requests per second."
                + "\ncapabilities: [lift passes]\n"));
        assertThat(w).hasSize(1);
        assertThat(w.get(0).hours()).isEqualTo(48.0);
        assertThat(w.get(0).month()).isEqualTo(11);
        // and November, named after the compared list ("of October"), is neither the base nor the season
        LoadCalendar.Season s = CALENDAR.season("December and February carry three times the traffic of October, and the opening weekend of "
                + "the winter sale in November jumps to 1,800 requests per second.", List.of()).orElseThrow();
        assertThat(s.base()).containsExactly(10);
        assertThat(s.high()).containsExactly(2, 12);
    }
}
