package dev.architect.offline.internal.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import dev.architect.testing.ShippedDataFiles;
import org.junit.jupiter.api.Test;

/**
 * A window is read from a sentence that names the load, a length and when it recurs (load-calendar-words.yaml); a
 * recurrence word that names no load ("an annual subscription") or a window that recurs daily is none.
 */
class LoadCalendarTest {

    private static final LoadCalendar CALENDAR = LoadCalendar.standard();

    private static LoadCalendar.Window window(String sentence) {
        return CALENDAR.window(sentence).orElseThrow(() -> new AssertionError("no window in: " + sentence));
    }

    @Test
    void aDayOfItsOwnWithAnHourOfRushIsAOneHourWindowOnceAYear() {
        LoadCalendar.Window w = window("On polling day about 8,000 volunteers log in within the first hour after the polls close.");
        // "polling day" names a day of its own (taken once a year, assumption as-named-day-yearly); "first hour" = 1 x 1 h is shorter
        assertThat(w.hours()).isEqualTo(1.0);
        assertThat(w.perYear()).isEqualTo(1.0);
        assertThat(w.recurrence()).contains(LoadCalendar.NAMED_DAY_YEARLY);
        assertThat(w.everyMonth()).isFalse();
    }

    @Test
    void theLastThreeDaysOfEachMonthRecurTwelveTimesAYear() {
        LoadCalendar.Window w = window("Load peaks in the last three days of each month while the books are closed.");
        // "three days" = 3 x 24 h = 72 h; "each month" = 12 a year, so every month carries it
        assertThat(w.hours()).isEqualTo(72.0);
        assertThat(w.perYear()).isEqualTo(12.0);
        assertThat(w.everyMonth()).isTrue();
    }

    @Test
    void twoWeeksInANamedMonthRecurOnceAYear() {
        LoadCalendar.Window w = window("Course sign-ups flood in during two weeks in September.");
        // "two weeks" = 2 x 168 h = 336 h; "in September" = once a year
        assertThat(w.hours()).isEqualTo(336.0);
        assertThat(w.perYear()).isEqualTo(1.0);
        LoadCalendar.Window month = window("Enrolment traffic peaks each September.");
        // a named month and no other length: the month, 730 h
        assertThat(month.hours()).isEqualTo(730.0);
        assertThat(month.perYear()).isEqualTo(1.0);
    }

    @Test
    void everyMondayEightToTenIsATwoHourWindowFiftyTwoTimesAYear() {
        LoadCalendar.Window w = window("The rush comes every Monday 8-10 when the depots plan the week.");
        // "every Monday" = 52 a year; the range 8-10 = 2 h
        assertThat(w.hours()).isEqualTo(2.0);
        assertThat(w.perYear()).isEqualTo(52.0);
        assertThat(w.everyMonth()).isTrue();
    }

    @Test
    void aMonthNamedAfterAComparisonIsItsBaselineNotAWindow() {
        // the busy months are compared with a quiet one: the quiet month is no window of load
        assertThat(CALENDAR.window("Summer weekends carry four times the visitor traffic of March.")).isEmpty();
        assertThat(CALENDAR.window("Bookings in the holidays run higher than in February.")).isEmpty();
        // a month named before any comparison still is one
        assertThat(window("Enrolment traffic peaks each September, three times the usual load.").length()).isEqualTo("the month of september");
    }

    @Test
    void recurrenceWordsThatNameNoLoadAreNoWindow() {
        // "annual" and "yearly" recur, but neither sentence names load arriving: a subscription and a report are not traffic
        assertThat(CALENDAR.window("Members pay an annual subscription and the committee publishes a yearly report.")).isEmpty();
        // "may" is a month only after a word that dates it ("in May")
        assertThat(CALENDAR.window("Traffic may peak for a day when a story goes viral.")).isEmpty();
        // "Black Friday" names no recurrence: a day's name counts only in "every Friday", "Fridays" or "Friday morning"
        assertThat(CALENDAR.window("Traffic peaks in the Black Friday week.")).isEmpty();
        // a daily window is the usual day's curve (daily-load-shapes.yaml), not a window
        assertThat(CALENDAR.window("The load peaks every morning for two hours.")).isEmpty();
        // "monthly users" counts people, it does not say when the load comes: a morning peak with no recurrence is the usual day
        assertThat(CALENDAR.window("We plan for 30,000 concurrent editors in the morning peak and 900,000 monthly users.")).isEmpty();
        // a working day is no day of its own

        assertThat(CALENDAR.window("Orders arrive within one working day.")).isEmpty();
    }

    @Test
    void aSpikeFactorSentenceWithAWindowKeepsBothReadable() {
        Optional<LoadCalendar.Window> w = CALENDAR.window("Traffic jumps 6x during the two weeks in January when the sale runs.");
        // "two weeks" = 336 h, "in January" = once a year; the factor itself is StatedFacts' (spikeFactor)
        assertThat(w).isPresent();
        assertThat(w.get().hours()).isEqualTo(336.0);
    }


    @Test
    void aBadCopyOfTheFileFailsAtLoadNamingTheEntry() {
        String[][] bad = {
                {"  once a year: 1\n", "  once a year: 0\n", "recurrences.once a year must be more than 0"},
                {"  each quarter: 4\n", "  each quarter: 4\n  quarter!ly: 4\n", "recurrences.quarter!ly must be whole words"},
                {"  week: 168\n", "  week: 1000\n", "lengths.week must be more than 0 and at most 730"},
                {"  month: 730\n", "  months: 730\n", "lengths must give 'day' and 'month'"},
                {"weekdays: [monday,", "weekdays: [monday, monday,", "weekdays lists 'monday' twice"},
                {"loadWords: [peak,", "loadWords: [peak!,", "loadWords has 'peak!'"},
                {"eachWords: [", "eachWord: [", "eachWord"},
                // the usual load, seasons and undated windows (LoadCalendarSeasonsTest)
                {"  twice: 2\n", "  twice: 0\n", "multipliers.twice must be more than 0"},
                {"unstatedCount: 3\n", "unstatedCount: 0\n", "unstatedCount must be from 1 to 31"},
                {"baselineWords: [most of the year,", "baselineWords: [Most of the year,", "baselineWords"},
                {"months: [january, february,", "months: [february,", "months must list the twelve months"},
                {"baseWords: [of,", "baseWords: [of, of,", "baseWords lists 'of' twice"}};
        ShippedDataFiles.eachBadCopyRefused(ShippedDataFiles.text(LoadCalendar.class, LoadCalendar.RESOURCE), bad, "bad-load-calendar-words.yaml", LoadCalendar::read);
    }

    @Test
    void aMaintenanceWindowIsNoWindowOfLoad() {
        // the negative: "window" there names work on the system, not load arriving
        assertThat(CALENDAR.window("The maintenance window is every Sunday 02:00-04:00 all year.")).isEmpty();
        assertThat(CALENDAR.window("Each station is serviced in a maintenance window in February.")).isEmpty();
        // the same words with the load named still make one: 2 h, every Sunday = 52 a year
        LoadCalendar.Window w = window("Traffic peaks every Sunday 02:00-04:00 when the batch arrives.");
        assertThat(w.hours()).isEqualTo(2.0);
        assertThat(w.perYear()).isEqualTo(52.0);
    }
}
