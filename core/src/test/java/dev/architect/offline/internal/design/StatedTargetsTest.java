package dev.architect.offline.internal.design;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.architect.dossier.QualityAttribute;
import dev.architect.dossier.QualityAttributeType;
import dev.architect.offline.internal.design.StatedTargets.Kind;
import dev.architect.offline.internal.design.StatedTargets.Target;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Goals and description sentences that state a time bound, a rate, a limit on a batch or a count held at once become
 * quality attributes and hardening checks; words read whole, so a preposition or a number without a unit states none.
 */
class StatedTargetsTest {

    private static List<Target> goal(String text) {
        return StatedTargets.read(text, "the goal '" + text + "'", "The goal \"" + text + "\" (from goals)", true);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            // logistics
            "parcels scanned at the depot appear in tracking within 30 seconds         | TIME       | 30        | s            | parcels scanned at the depot appear in tracking",
            "label every parcel in under 2 s at the sorting belt                       | TIME       | 2         | s            | label every parcel",
            // utilities billing
            "bill 1.2 million customers within the first 3 working days of each month  | TIME       | 3         | working days | bill 1.2 million customers",
            // insurance claims
            "settle simple claims within 48 hours                                      | TIME       | 48        | hours        | settle simple claims",
            "acknowledge every claim no later than 2 business days after it is filed   | TIME       | 2         | business days | acknowledge every claim",
            // retail
            "handle 10,000 orders an hour on black friday                              | RATE       | 10000     | orders/hour  | orders",
            "5,000 checkouts per minute at the sale peak                               | RATE       | 5000      | checkouts/minute | checkouts",
            // ticketing
            "hold 200,000 concurrent fans in the queue at on-sale                       | CONCURRENT | 200000    | fans         | concurrent fans",
            "sell at most 6 tickets per order                                          | LIMIT      | 6         | tickets      | sell (per order)",
            // energy / devices
            "push firmware in waves of at most 500 chargers                            | LIMIT      | 500       | chargers     | push firmware (per wave)",
            "faulted chargers shown to the field team within 2 minutes                 | TIME       | 2         | minutes      | faulted chargers shown to the field team",
            // healthcare
            "critical lab results reach the ward within 5 minutes of validation        | TIME       | 5         | minutes      | critical lab results reach the ward",
            "process 1.5 million claims lines a day                                    | RATE       | 1500000   | claims lines/day | claims lines",
            // media
            "breaking news pushed to readers in 10 seconds                             | TIME       | 10        | s            | breaking news pushed to readers",
            "survive a live final at 2 million simultaneous viewers                    | CONCURRENT | 2000000   | viewers      | concurrent viewers",
            // payroll
            "pay every employee within 1 day of the run being approved                 | TIME       | 1         | days         | pay every employee",
            "regenerate no more than 50 payslips in one batch                          | LIMIT      | 50        | payslips     | regenerate (per batch)",
    })
    void aStatedBoundBecomesATargetWithItsActionValueAndUnit(String text, Kind kind, double value, String unit, String action) {
        List<Target> targets = goal(text);

        assertThat(targets).hasSize(1);
        Target t = targets.get(0);
        assertThat(t.kind()).isEqualTo(kind);
        assertThat(t.value()).isEqualTo(value);
        assertThat(t.unit()).isEqualTo(unit);
        assertThat(t.action()).isEqualTo(action);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "keep all patient data within the EU",
            "deliver each notification at most once",
            "the rota is built by the team",
            "run 24 hours a day, 7 days a week",
            "support 3 languages at launch",
            "in 2 regions from day one",
            "no lost OTA booking",
            "answer within a reasonable time",
            "available 99.95% of the month",
            "retire the mainframe by the end of 2027",
            "CVs are kept at most 12 months after the seeker's last login",
    })
    void aSentenceWithoutANumberAndAUnitOfTheRightKindStatesNoTarget(String text) {
        assertThat(goal(text)).isEmpty();
    }

    @Test
    void aTimeBoundBecomesAPerformanceRowQuotingItsGoalAndAHardeningCheckNamingIt() {
        List<String> goals = List.of("remote start of a session within 5 seconds of the driver pressing the button", "no lost session");
        List<QualityAttribute> rows = GoalTargets.of(goals, null, List.of());

        assertThat(rows).singleElement().satisfies(q -> {
            assertThat(q.id()).isEqualTo("qa-goal-1");
            assertThat(q.attribute()).isEqualTo(QualityAttributeType.PERFORMANCE);
            assertThat(q.metric()).isEqualTo("time to remote start of a session");
            assertThat(q.target()).isEqualTo(5);
            assertThat(q.unit()).isEqualTo("s");
            assertThat(q.scenario()).isEqualTo("The goal \"remote start of a session within 5 seconds of the driver pressing the button\" (from goals)");
        });
        assertThat(GoalTargets.checks(goals, null)).containsExactly("A timed end-to-end test shows remote start of a session within 5 s "
                + "(qa-goal-1, the goal 'remote start of a session within 5 seconds of the driver pressing the button')");
    }

    @Test
    void theDescriptionsBoundsCountUnlessAGoalAlreadyStatesTheSameOne() {
        String description = "Hoteliers set rates once and we push them to every channel within 60 seconds. "
                + "Partners get their statements within 24 hours. Field staff roll out updates in waves of at most 200 devices.";
        List<QualityAttribute> rows = GoalTargets.of(List.of("rate changes visible on every channel within 60 seconds"), description, List.of());

        assertThat(rows).extracting(QualityAttribute::id).containsExactly("qa-goal-1", "qa-stated-1", "qa-stated-2");
        assertThat(rows.get(1).metric()).isEqualTo("time to partners get their statements");
        assertThat(rows.get(1).unit()).isEqualTo("hours");
        assertThat(rows.get(1).scenario()).isEqualTo("The description says \"Partners get their statements within 24 hours\"");
        assertThat(rows.get(2).metric()).isEqualTo("most devices at once: field staff roll out updates (per wave)");
        assertThat(rows.get(2).target()).isEqualTo(200);
        assertThat(GoalTargets.checks(List.of(), description)).contains("A rehearsal shows field staff roll out updates (per wave) never takes more "
                + "than 200 devices (qa-stated-3, the description: 'Field staff roll out updates in waves of at most 200 devices')");
    }

    @Test
    void aBoundInsideAParenthesisIsItsOwnAndOneAfterItReadsItsActionFromBeforeTheParenthesis() {
        // "(search index, backups rotate within 35 days)" bounds the backups; "within 30 days" after it bounds the deletion,
        // never ")" or the words inside the parenthesis
        List<Target> targets = goal("a deletion request removes the CV everywhere (search index, backups rotate within 35 days) within 30 days");
        assertThat(targets).extracting(Target::action, Target::value)
                .containsExactly(tuple("backups rotate", 35.0), tuple("a deletion request removes the cv everywhere", 30.0));
    }

    @Test
    void anActionKeepsItsOwnAndAndStartsAfterTheBoundReadBeforeIt() {
        assertThat(goal("price and stock changes shown in every shop within 30 seconds")).singleElement()
                .satisfies(t -> assertThat(t.action()).isEqualTo("price and stock changes shown in every shop"));
        // two bounds in one sentence: the second's action starts where the first bound ends
        assertThat(goal("alarms reach the control room within 10 seconds and valves are closed in groups of at most 12 valves"))
                .extracting(Target::action).containsExactly("alarms reach the control room", "valves are closed (per group)");
        // a clause after a comma: its conjunction is not part of the action, and "batches" is one batch
        assertThat(goal("stock is counted nightly, and pickers receive orders in batches of at most 30 orders")).singleElement()
                .satisfies(t -> assertThat(t.action()).isEqualTo("pickers receive orders (per batch)"));
        // "concurrent at the peak" says nothing of what is counted
        assertThat(goal("we expect 90,000 concurrent at the evening peak")).isEmpty();
    }

    @Test
    void aRatesWordsAfterTheNumberAreWhatItCountsAndADayOfHoursIsNoRate() {
        assertThat(goal("import 300 a minute")).singleElement().satisfies(t -> {
            assertThat(t.kind()).isEqualTo(Kind.RATE);
            assertThat(t.unit()).isEqualTo("import/minute");
        });
        assertThat(goal("staffed 24 hours a day")).isEmpty();
    }
}
