package dev.architect.offline.internal.design;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.architect.internal.facts.StatedFacts;
import dev.architect.request.ConsultationRequest;
import dev.architect.request.RequestReader;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A volume the request states binds to the capability whose name acts on its noun, and only then: one capability that acts
 * on it takes it, several leave an open question, one that only qualifies the noun ("journey history") takes nothing, and a
 * count of people, places or years is no volume at all. Every request here is fresh (domains the development set does not
 * hold); SECONDS_PER_MONTH is 730 x 3,600 = 2,628,000.
 */
class StatedVolumesBindToTheirWriterTest {

    private static StatedPartRates rates(String description, List<String> capabilities, double shape) {
        ConsultationRequest r = RequestReader.readString("system: Fresh\ndescription: >\n  " + description + "\ncapabilities: ["
                + String.join(", ", capabilities) + "]\n");
        return StatedPartRates.of(r.description(), r.goals(), StatedFacts.read(r), capabilities, List.of("Courier", "Player"), shape);
    }

    @Test
    void aWeeklyCountOfParcelsBindsToTheOneCapabilityThatActsOnParcels() {
        StatedPartRates r = rates("Couriers drop about 2.3 million parcels a week into 6,000 lockers; 40 staff watch faults from 12 sites.",
                List.of("parcel drop-off", "compartment assignment", "pickup codes", "locker fault tracking"), 3);
        // 2,300,000 x 52 / 12 = 9,966,666.67 -> 9,966,667 a month; / 2,628,000 s = 3.79249 a second; x 3 = 11.3775 at peak
        assertThat(r.bound()).containsOnlyKeys("parcel drop-off");
        assertThat(r.bound().get("parcel drop-off").perSecond()).isCloseTo(11.3775, within(0.0001));
        assertThat(r.bound().get("parcel drop-off").reads()).isFalse();
        assertThat(r.bound().get("parcel drop-off").quote()).isEqualTo("description \"2.3 million parcels a week\"");
        // the 6,000 lockers, 40 staff and 12 sites count no period: no volume, so "locker fault tracking" takes nothing
        assertThat(r.ambiguous()).isEmpty();
    }

    @Test
    void theCapabilityThatBuildsJourneysTakesThemNotTheOneWhoseHistoryTheyQualify() {
        StatedPartRates r = rates("Riders take 600,000 trips on a weekday across the valley's ferries.",
                List.of("trip building from gate scans", "rider trip history", "season passes"), 3);
        // 600,000 x 261 / 12 = 13,050,000 a month; / 2,628,000 = 4.96575; x 3 = 14.8973 a second at peak
        assertThat(r.bound()).containsOnlyKeys("trip building from gate scans");
        assertThat(r.bound().get("trip building from gate scans").perSecond()).isCloseTo(14.8973, within(0.0001));
    }

    @Test
    void twoCapabilitiesActingOnTheSameNounLeaveAnOpenQuestionNotAGuess() {
        StatedPartRates r = rates("The bakery chain takes 12k orders/day from its shops.", List.of("order intake", "order packing", "recipes"), 3);
        assertThat(r.bound()).isEmpty();
        assertThat(r.ambiguous()).singleElement().satisfies(a -> assertThat(a.capabilities()).containsExactly("order intake", "order packing"));
        assertThat(r.questions()).singleElement().satisfies(q -> {
            assertThat(q.id()).isEqualTo("oq-volume-1");
            assertThat(q.question()).contains("\"12k orders/day\"", "order intake or order packing");
        });
    }

    @Test
    void aNounThatOnlyQualifiesAnotherBindsNothing() {
        StatedPartRates r = rates("Members place about 3,000 orders a day.", List.of("order history", "member profiles"), 3);
        assertThat(r.bound()).isEmpty();
        assertThat(r.ambiguous()).isEmpty();
    }

    @Test
    void oneInspectorsDailyCountIsMultipliedByTheInspectorsTheRequestCounts() {
        StatedPartRates r = rates("Each inspector files 30 reports a day; there are 400 inspectors working from 9 district offices. "
                + "Owners make about 15,000 status lookups a day.", List.of("inspection reports", "building status lookup", "inspector scheduling"), 3.62);
        // 30 x 400 = 12,000 a day; x 365 / 12 = 365,000 a month; / 2,628,000 = 0.138889; x 3.62 = 0.502778 writes/s at peak
        assertThat(r.bound().get("inspection reports").perSecond()).isCloseTo(0.5028, within(0.0001));
        assertThat(r.bound().get("inspection reports").reads()).isFalse();
        // 15,000 x 365 / 12 = 456,250 a month; / 2,628,000 = 0.173611; x 3.62 = 0.628472: look-ups are reads
        assertThat(r.bound().get("building status lookup").perSecond()).isCloseTo(0.6285, within(0.0001));
        assertThat(r.bound().get("building status lookup").reads()).isTrue();
        assertThat(r.bound()).doesNotContainKey("inspector scheduling");
    }

    @Test
    void oneInspectorsCountWithNoHeadcountIsNoVolume() {
        // one person's 30 a day taken as everyone's would be 400 times too low: nothing is read
        StatedPartRates r = rates("Each surveyor files 30 reports a day from a tablet.", List.of("survey reports", "report approval"), 3);
        assertThat(r.bound()).isEmpty();
        assertThat(StatedFacts.read(RequestReader.readString("system: X\ndescription: Each surveyor files 30 reports a day from a tablet.\n"))
                .volumes()).isEmpty();
    }

    @Test
    void countsOfPeopleSitesAndYearsNeverBecomeLoad() {
        StatedPartRates r = rates("The platform team is 2 developers and a tester; records are kept for 25 years across 35 holiday parks "
                + "with 400 inspectors.", List.of("developer tools", "park records", "inspector rota"), 3);
        assertThat(r.isEmpty()).isTrue();
    }

    @Test
    void aCountOfPeopleAPeriodOrALimitIsNoVolume() {
        // "monthly players" are the people (an actor), not what they do; "allows 5 free articles a month" is each reader's limit;
        // "book a sailing" books onto a sailing: the 160 sailings a day are the timetable's, not the bookings
        StatedPartRates r = rates("About 2.5 million monthly players log in. A metered paywall allows 5 free articles a month. "
                + "Ferries make about 160 sailings a day.", List.of("player accounts", "article authoring", "book a sailing with a vehicle"), 3);
        assertThat(r.isEmpty()).isTrue();
    }

    @Test
    void aRateASecondIsThePeakAsStated() {
        StatedPartRates r = rates("At the morning rush the gates see 11,000 scans per second.", List.of("scans from gates", "fare rules"), 3);
        assertThat(r.bound().get("scans from gates").perSecond()).isEqualTo(11000.0);
    }

    @Test
    void twoVolumesThatDisagreeForOnePartAreAQuestion() {
        StatedPartRates r = rates("Guests make 12k bookings/day in the spring sale. About 40,000 bookings a month are made overall.",
                List.of("bookings", "pricing rules"), 3);
        // 12,000 x 365 / 12 = 365,000 a month against 40,000: neither is used
        assertThat(r.bound()).isEmpty();
        assertThat(r.conflicts()).singleElement().satisfies(c -> assertThat(c).startsWith("bookings: "));
        assertThat(r.questions()).singleElement().satisfies(q -> assertThat(q.question()).contains("Two stated volumes disagree for bookings"));
    }

    @Test
    void thingsTheClausesVerbChecksAreReadsOfTheCapabilityNamedForCheckingThem() {
        StatedPartRates r = rates("Lift gates check about 180,000 passes a day against the valid passes.",
                List.of("pass sales", "gate pass check", "ride statistics"), 3);
        // "check" makes the count reads; of "pass sales" and "gate pass check", only the second checks passes.
        // 180,000 x 365 / 12 = 5,475,000 a month; / 2,628,000 s = 2.08333; x 3 = 6.25 reads a second at peak
        assertThat(r.bound()).containsOnlyKeys("gate pass check");
        assertThat(r.bound().get("gate pass check").reads()).isTrue();
        assertThat(r.bound().get("gate pass check").perSecond()).isCloseTo(6.25, within(0.0001));
        assertThat(r.ambiguous()).isEmpty();
    }

    @Test
    void aCountOfChecksIsReadsAndAVerifiedCountToo() {
        StatedPartRates r = rates("Buyers verify about 3,000 lot certificates a day at harvest; wardens make about 90,000 checks a day.",
                List.of("lot certificates", "permit check", "load intake"), 3);
        // 3,000 x 365 / 12 = 91,250; / 2,628,000 x 3 = 0.10417 reads/s; 90,000 x 365 / 12 = 2,737,500; / 2,628,000 x 3 = 3.125
        assertThat(r.bound().get("lot certificates").reads()).isTrue();
        assertThat(r.bound().get("lot certificates").perSecond()).isCloseTo(0.1042, within(0.0001));
        assertThat(r.bound().get("permit check").reads()).isTrue();
        assertThat(r.bound().get("permit check").perSecond()).isCloseTo(3.125, within(0.0001));
    }

    @Test
    void checkInsAreArrivalsWrittenNotReads() {
        // the negative: "check-ins" count arrivals, written by the capability that keeps them
        StatedPartRates r = rates("Hotel partners report about 2,000 check-ins a day so guests can collect passes.",
                List.of("guest check-ins", "pass sales"), 3);
        // 2,000 x 365 / 12 = 60,833; / 2,628,000 x 3 = 0.06944 writes/s
        assertThat(r.bound()).containsOnlyKeys("guest check-ins");
        assertThat(r.bound().get("guest check-ins").reads()).isFalse();
        assertThat(r.bound().get("guest check-ins").perSecond()).isCloseTo(0.0694, within(0.0001));
    }
}
