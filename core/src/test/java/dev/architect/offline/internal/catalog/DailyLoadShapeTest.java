package dev.architect.offline.internal.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import dev.architect.internal.facts.StatedFacts;
import dev.architect.request.Audience;
import dev.architect.request.ConsultationRequest;
import dev.architect.request.RequestReader;
import dev.architect.testing.ShippedDataFiles;
import org.junit.jupiter.api.Test;

/**
 * Who makes each part's traffic decides how it runs over the day (daily-load-shapes.yaml): machines that report on an
 * interval are flat, the organisation's own staff work a business day, consumers follow their evenings, an audience across
 * continents flattens the curve, and traffic the request says runs all day wins.
 */
class DailyLoadShapeTest {

    private static final DailyLoadShape SHAPES = DailyLoadShape.standard();

    static ConsultationRequest request(String description, String actors) {
        return RequestReader.readString("""
                system: Probe
                description: >
                  DESCRIPTION
                actors:
                ACTORS
                capabilities: [records]
                """.replace("DESCRIPTION", description).replace("ACTORS", actors));
    }

    static DailyLoadShape.Makers makers(ConsultationRequest r) {
        return SHAPES.makers(r, StatedFacts.read(r));
    }

    @Test
    void aSystemThatDeliversMetersReadsOnAnIntervalMakesTheirWritesMachineMade() {
        DailyLoadShape.Makers m = makers(request("A water utility: the collection system delivers 15-minute interval reads for every meter once an hour.",
                "  - {name: Collection system, description: \"delivers meter reads in files\"}\n  - {name: Customer, description: \"sees usage\"}"));

        assertThat(m.machinesReport()).isTrue();
        assertThat(m.machineNouns()).containsExactly("meter");
        assertThat(m.people()).isEqualTo("Customer");
        assertThat(SHAPES.machineMade(m, "meter data management", false)).isTrue();
        assertThat(SHAPES.machineMade(m, "customer portal", false)).isFalse();
    }

    @Test
    void aMachineNounThatIsOnlyTheObjectOfPeoplesWorkIsNotMachineData() {
        // Vehicles report their position, but "vehicle booking" is what renters do with a vehicle: people's traffic
        DailyLoadShape.Makers m = makers(request("A car club: 3,000 vehicles report their position every 30 seconds and members book them by the hour.",
                "  - {name: Member, description: \"books vehicles\"}\n  - {name: Fleet manager, description: \"tracks vehicles and their status\"}"));

        assertThat(m.machineNouns()).containsExactly("vehicle");
        assertThat(SHAPES.machineMade(m, "vehicle booking", false)).isFalse();
        assertThat(SHAPES.machineMade(m, "vehicle positions", false)).isTrue();
    }

    @Test
    void playersAndTheServersTheyPlayOnAreNotMachinesReportingOnAnInterval() {
        // Results reported after every match follow the players' evenings, not a meter's clock; "within 60 seconds" is a goal, not an interval
        DailyLoadShape.Makers m = makers(request("A shooter's backend: players are matched within 60 seconds and the game server reports the result after every match.",
                "  - {name: Player, description: \"plays matches\"}\n  - {name: Game server, description: \"hosts a match and reports the result\"}"));

        assertThat(m.machinesReport()).isFalse();
        assertThat(m.people()).isEqualTo("Player");
        assertThat(SHAPES.machineMade(m, "live events", true)).isFalse();
    }

    @Test
    void aWorkforceFollowsTheBusinessDayConsumersTheirEveningsAndAGlobalAudienceAFlatterCurve() {
        DailyLoadShape.Makers staff = makers(request("Claims back office.",
                "  - {name: Claims handler, description: \"settles claims\"}\n  - {name: Team lead, description: \"approves\"}\n  - {name: Fraud analyst, description: \"reviews\"}"));
        DailyLoadShape.Makers consumers = makers(request("A recipe app.", "  - {name: Member, description: \"saves recipes\"}\n  - {name: Moderator, description: \"reviews\"}"));

        // Business day: 8 hours on 5 days of 7: 8 x 5 / 7 x 730 / 24 = 173.81 hours a month
        DailyLoadShape.Shape work = SHAPES.peopleCurve(staff, Audience.REGIONAL);
        assertThat(work.curve()).isEqualTo(DailyLoadShape.Curve.BUSINESS_HOURS);
        assertThat(work.peakHoursAMonth(730)).isEqualTo(173.81);
        assertThat(work.source()).isEqualTo("assumption as-business-hours");
        // Consumers: 4 hours every day: 4 x 730 / 24 = 121.67
        DailyLoadShape.Shape evening = SHAPES.peopleCurve(consumers, Audience.REGIONAL);
        assertThat(evening.curve()).isEqualTo(DailyLoadShape.Curve.CONSUMER_DAY);
        assertThat(evening.peakHoursAMonth(730)).isEqualTo(121.67);
        // Three continents' evenings side by side: 12 x 730 / 24 = 365
        DailyLoadShape.Shape spread = SHAPES.peopleCurve(consumers, Audience.GLOBAL);
        assertThat(spread.curve()).isEqualTo(DailyLoadShape.Curve.ACROSS_TIME_ZONES);
        assertThat(spread.peakHoursAMonth(730)).isEqualTo(365.0);

        // The usual day's peak over its average: 168 h a week / (peak hours a week + offPeakShare x the other hours)
        // business day: 168 / (8 x 5 + 0.05 x 128) = 168 / 46.4 = 3.62
        assertThat(work.peakToAverage()).isEqualTo(3.62);
        assertThat(work.peakToAverageText()).contains("8 peak h x 5 days + 0.05 of the peak x the other 128 h) = 3.62").contains("as-business-hours");
        // consumers' evenings: 168 / (4 x 7 + 0.2 x 140) = 168 / 56 = 3
        assertThat(evening.peakToAverage()).isEqualTo(3.0);
        // three continents' evenings: the file states no off-peak share for them, so the assumed 3 (as-peak-to-average)
        assertThat(spread.peakToAverage()).isEqualTo(3.0);
        assertThat(spread.peakToAverageText()).contains("assumption as-peak-to-average");
    }

    @Test
    void trafficStatedToRunAroundTheClockWinsButSupportAvailable24x7SaysNothingOfTheLoad() {
        DailyLoadShape.Makers allDay = makers(request("A dispatch desk. Calls come in around the clock from three shifts of dispatchers.",
                "  - {name: Dispatcher, description: \"takes calls\"}"));
        DailyLoadShape.Makers support = makers(request("A recipe app. Support for the app is available 24/7.", "  - {name: Member, description: \"saves recipes\"}"));

        assertStatedAllDay(allDay, "Calls come in around the clock from three shifts of dispatchers.");
        assertThat(allDay.operationOnly()).isFalse();
        assertThat(support.allDay()).isEmpty();
        assertThat(SHAPES.peopleCurve(support, Audience.REGIONAL).curve()).isEqualTo(DailyLoadShape.Curve.CONSUMER_DAY);
    }

    @Test
    void anOperationStatedToRunAllDayTakesTheShiftCurveWithoutAWordForTheLoad() {
        // a staff-only request would otherwise take the business day (peak / 3.62); the stated operation sets the shift curve
        assertShifts(staffSay("Shift log for a water company. We operate the treatment works 24/7, with night shifts of three operators per site."),
                "We operate the treatment works 24/7, with night shifts of three operators per site.");
        assertShifts(staffSay("A flood warning desk. The control room is staffed around the clock by two duty officers."),
                "The control room is staffed around the clock by two duty officers.");
    }

    /** Who makes the traffic of a request whose people are all the organisation's own staff (a business day unless it says otherwise). */
    private static DailyLoadShape.Makers staffSay(String description) {
        return makers(request(description, "  - {name: Operator, description: \"records readings and raises permits\"}\n"
                + "  - {name: Line manager, description: \"approves permits and leave\"}"));
    }

    /** The all-day curve of traffic stated to run all day, quoting the sentence: 730 peak hours of a 730-hour month, and 168 / (24 x 7) = 1. */
    private static void assertStatedAllDay(DailyLoadShape.Makers makers, String sentence) {
        DailyLoadShape.Shape stated = SHAPES.peopleCurve(makers, Audience.REGIONAL);
        assertThat(stated.curve()).isEqualTo(DailyLoadShape.Curve.AROUND_THE_CLOCK);
        assertThat(stated.source()).isEqualTo("stated: \"" + sentence + "\"");
        assertThat(stated.peakHoursAMonth(730)).isEqualTo(730.0);
        assertThat(stated.peakToAverage()).isEqualTo(1.0);
    }

    /**
     * The shift curve of an operation stated to run all day: an assumption whose basis quotes the sentence; the busiest 8-hour
     * shift 7 days a week is 8 x 7 / 7 x 730 / 24 = 243.33 peak hours of a 730-hour month, and the other two shifts at half the
     * peak give 168 / (8 x 7 + 0.5 x 112) = 168 / 112 = 1.5.
     */
    private static void assertShifts(DailyLoadShape.Makers makers, String sentence) {
        assertThat(makers.operationOnly()).isTrue();
        DailyLoadShape.Shape shifts = SHAPES.peopleCurve(makers, Audience.REGIONAL);
        assertThat(shifts.curve()).isEqualTo(DailyLoadShape.Curve.SHIFTS_ALL_DAY);
        assertThat(shifts.source()).isEqualTo("assumption as-shifts-all-day");
        assertThat(shifts.basis()).endsWith("(stated: \"" + sentence + "\")");
        assertThat(shifts.peakHoursAMonth(730)).isEqualTo(243.33);
        assertThat(shifts.peakToAverage()).isEqualTo(1.5);
    }

    @Test
    void anotherPartysAllDayServiceOrAnAvailabilityRequirementLeavesTheStaffOnTheirBusinessDay() {
        for (DailyLoadShape.Makers m : java.util.List.of(
                staffSay("Leave booking for an engineering firm. Our payroll vendor runs a 24/7 support line, and the export goes to them monthly."),
                staffSay("A clinical trial tool. The emergency unblinding must work 24/7 within two minutes."),
                staffSay("An expenses tool. The portal should be available 24/7 and we run it on one server."))) {
            assertThat(m.allDay()).isEmpty();
            assertThat(SHAPES.peopleCurve(m, Audience.REGIONAL).curve()).isEqualTo(DailyLoadShape.Curve.BUSINESS_HOURS);
        }
    }

    @Test
    void aBadCopyOfTheFileFailsAtLoadNamingTheEntry() {
        String[][] bad = {
                {"    peakHoursPerDay: 8\n", "    peakHoursPerDay: 25\n", "curves.businessHours.peakHoursPerDay must be more than 0 and at most 24"},
                {"    daysPerWeek: 5\n", "    daysPerWeek: 0\n", "curves.businessHours.daysPerWeek must be more than 0 and at most 7"},
                {"    offPeakShare: 0.05\n", "    offPeakShare: 1.5\n", "curves.businessHours.offPeakShare must be at least 0 and at most 1"},
                {"    assumption: as-business-hours\n", "    assumption: business-hours\n", "curves.businessHours.assumption must be an assumption id"},
                {"  businessHours:\n", "  officeHours:\n", "curves.officeHours is not a curve"},
                {"    peakHoursPerDay: 24\n", "    peakHoursPerDay: 24\n    assumption: as-all-day\n", "curves.aroundTheClock.assumption must be absent"},
                {"machineData: [data, read,", "machineData: [data, data, read,", "machineData lists 'data' twice"},
                {"trafficWords: [traffic,", "trafficWord: [traffic,", "trafficWord"},
                {"    assumption: as-shifts-all-day\n", "", "curves.shiftsAllDay.assumption must be an assumption id"},
                {"operatingWords: [run,", "operatingWords: [run, run,", "operatingWords lists 'run' twice"},
                {"notOperationWords: [vendor,", "notOperationWords: [' ', vendor,", "notOperationWords has a blank phrase"}};
        ShippedDataFiles.eachBadCopyRefused(ShippedDataFiles.text(DailyLoadShape.class, DailyLoadShape.RESOURCE), bad, "bad-daily-load-shapes.yaml", DailyLoadShape::read);
    }
}
