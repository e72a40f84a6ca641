package dev.architect.offline.internal.design;

import static org.assertj.core.api.Assertions.assertThat;

import dev.architect.offline.internal.design.RoadmapBuilder.Deadline;
import dev.architect.request.ConsultationRequest;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Calendar dates in a request become deadlines counted in weeks from the consultation's date, never from a guess. */
class StatedDatesTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 12, 2);

    private static StatedDates.Read goals(String... goals) {
        return StatedDates.read(ConsultationRequest.builder("Test", "A system").goals(goals).build(), TODAY);
    }

    private static List<LocalDate> dates(StatedDates.Read read) {
        return read.deadlines().stream().map(d -> d.dated().orElseThrow().date()).toList();
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
            "first sale live by 2027-04-15                  | 2027-04-15 | 19",  // 134 days: 19 whole weeks
            "go live on 15 April 2027                       | 2027-04-15 | 19",
            "go live on April 15th, 2027                    | 2027-04-15 | 19",
            "live by March 2027                             | 2027-03-01 | 12",  // a month counts from its first day: 89 days
            "live by the end of June 2027                   | 2027-06-30 | 30",  // ... unless its end is named: 210 days
            "rolled out in Q3 2027                          | 2027-07-01 | 30",  // a quarter from its first day: 211 days
            "ready before the 2027 season starts in March   | 2027-03-01 | 12",
            "live for the September term                    | 2027-09-01 | 39",  // no year: its next coming, 273 days
            "live for the December rush                     | 2027-12-01 | 52",  // December 2026 has begun: the next one
            "in production by the end of January            | 2027-01-31 | 8",   // 60 days
            "retire the mainframe by the end of 2027        | 2027-12-31 | 56",  // a year alone: 29 + 365 = 394 days
            "off the old platform before 2028               | 2028-01-01 | 56",  // ... from its first day: 395 days
    })
    void aGoalsDateBecomesWholeWeeksFromToday(String goal, LocalDate date, int weeks) {
        Deadline d = goals(goal).deadlines().get(0);
        assertThat(d.dated().orElseThrow().date()).isEqualTo(date);
        assertThat(d.weeks()).isEqualTo(weeks);
        assertThat(d.cited()).isEqualTo("the goal '" + goal + "'");
        assertThat(d.week()).isEqualTo("week " + weeks + " (" + date + ")");
    }

    @Test
    void theEndOfTheYearIsTheYearOfTheDateNamedBeforeItAndACountAfterByIsNoYear() {
        // "by June" is June 2027 (December 2026 has begun), so "the rest by the end of the year" is the end of 2027
        assertThat(dates(goals("go live in the Netherlands by June, the rest by the end of the year")))
                .containsExactly(LocalDate.of(2027, 6, 1), LocalDate.of(2027, 12, 31));
        assertThat(dates(goals("finish the pilot by the end of the year"))).containsExactly(LocalDate.of(2026, 12, 31));
        assertThat(dates(goals("grow the member base by 2030 users a month", "traffic doubles in 2027"))).isEmpty();
    }

    @Test
    void numbersThatAreNotDatesAndWordsThatAreNotMonthsAreLeftAlone() {
        assertThat(goals("serve 2050 members by next spring", "launch as soon as we may", "handle 2,027 orders a day",
                "answer in 2027 ms", "keep records 2027-13-40")).satisfies(r -> {
                    assertThat(r.deadlines()).isEmpty();
                    assertThat(r.passed()).isEmpty();
                });
    }

    @Test
    void inAMonthIsADeadlineOnlyInAGoalAboutGoingLiveAndAPastDateBesideAFutureOneIsHistory() {
        assertThat(dates(goals("handle 10x the traffic in December"))).isEmpty();
        assertThat(dates(goals("go live in March"))).containsExactly(LocalDate.of(2027, 3, 1));
        StatedDates.Read replace = goals("replace the system launched in March 2019 by the end of June 2027");
        assertThat(dates(replace)).containsExactly(LocalDate.of(2027, 6, 30));
        assertThat(replace.passed()).isEmpty();
    }

    @Test
    void theDescriptionSetsADateOnlyWhereItSpeaksOfGoingLiveAndOnlyAhead() {
        ConsultationRequest request = ConsultationRequest.builder("Harvest", "Traffic peaks in March and by October 2027 at harvest time. "
                        + "The old system was launched in May 2019. The app must be live before 1 February 2027; the date cannot move.")
                .constraints("the first release ships by the end of August 2027").build();
        StatedDates.Read read = StatedDates.read(request, TODAY);
        // the peaks are no deadline, the 2019 launch is history; the constraint comes before the description
        assertThat(dates(read)).containsExactly(LocalDate.of(2027, 8, 31), LocalDate.of(2027, 2, 1));
        assertThat(read.deadlines().get(0).cited()).isEqualTo("the constraint 'the first release ships by the end of August 2027'");
        assertThat(read.deadlines().get(1).cited()).isEqualTo("the description 'The app must be live before 1 February 2027'");
    }

    @Test
    void aDateTheGoalsAndTheDescriptionBothStateIsOneDeadlineCitedFromTheGoal() {
        ConsultationRequest request = ConsultationRequest.builder("Tour", "The venue opens on 2027-04-15 and the platform must be live for it.")
                .goals("live by 2027-04-15").build();
        StatedDates.Read read = StatedDates.read(request, TODAY);
        assertThat(read.deadlines()).singleElement().satisfies(d -> assertThat(d.cited()).isEqualTo("the goal 'live by 2027-04-15'"));
    }

    @Test
    void aGoalWhoseDateHasPassedIsReportedNotPlannedAgainst() {
        StatedDates.Read read = goals("live by 2026-11-30");
        assertThat(read.deadlines()).isEmpty();
        assertThat(read.passed()).singleElement().asString()
                .contains("'live by 2026-11-30'").contains("2026-11-30").contains("(2026-12-02)").contains("clock");
    }

    @Test
    void aDurationGoalStaysBesideTheDatesAndAGoalWithADateKeepsTheDate() {
        List<Deadline> all = RoadmapBuilder.deadlines(List.of("partner API in 6 months", "live by 2027-04-15"), goals("partner API in 6 months",
                "live by 2027-04-15"));
        assertThat(all).extracting(Deadline::goal).containsExactly("live by 2027-04-15", "partner API in 6 months");
        assertThat(all).extracting(Deadline::weeks).containsExactly(19, 26);  // 6 x 52 / 12 = 26
        assertThat(all.get(1).week()).isEqualTo("week 26");
    }
}
