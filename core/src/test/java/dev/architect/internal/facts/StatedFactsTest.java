package dev.architect.internal.facts;

import static org.assertj.core.api.Assertions.assertThat;

import dev.architect.request.ConsultationRequest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Figures a request states in words are read with the phrase they came from, on whole words and numbers. */
class StatedFactsTest {

    private static StatedFacts read(String description, String... goals) {
        return StatedFacts.read(ConsultationRequest.builder("Test", description).goals(goals).build());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "Arena for 800,000 concurrent players across Europe | 800000 | 800,000 concurrent players",
            "Up to 800k simultaneous viewers during a final | 800000 | 800k simultaneous viewers",
            "We expect 1.5 million concurrent connections on match day | 1500000 | 1.5 million concurrent connections",
            "A quiz show where 2M players are online at once | 2000000 | 2M players are online at once",
            "Peak concurrent users: 45,000 on weekday evenings | 45000 | concurrent users: 45,000",
            "Team chat with presence; a million users connected at peak | 1000000 | a million users connected at peak",
            // concurrency said with a moment rather than the word "concurrent": the phrase keeps the moment as its evidence
            "A timed-auction site with 7,500 live bidders in the closing minutes | 7500 | 7,500 live bidders",
            "Tutoring: 12,000 students connected at the evening peak on school nights. | 12000 | 12,000 students connected at the evening peak on school nights",
            "Ticket sales where up to 30,000 buyers are online on the release morning | 30000 | 30,000 buyers are online on the release morning",
            "A tax-return portal with 20,000 people signed in during the filing deadline week | 20000 | 20,000 people signed in during the filing deadline week",
            "A radio app: 4,000 online listeners, mostly at breakfast | 4000 | 4,000 online listeners",
            // a plain connection held or kept, and the phones that hold it
            "Couriers and customers: up to 30,000 phones hold a connection at the evening peak | 30000 | 30,000 phones hold a connection",
            "A kiosk network where 5,000 terminals keep connections open all day | 5000 | 5,000 terminals keep connections",
            "Laundry app: 2,000 phones stay connected during the evening rush | 2000 | 2,000 phones stay connected during the evening rush",
            "A shared canvas for 9,000 concurrent editors | 9000 | 9,000 concurrent editors"})
    void concurrentConnectionsAreReadInTheFormsPeopleWriteThem(String description, double expected, String phrase) {
        StatedFact c = read(description).concurrentConnections().orElseThrow();

        assertThat(c.value()).isEqualTo(expected);
        assertThat(c.phrase()).isEqualTo(phrase);
        assertThat(c.field()).isEqualTo("description");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            // a count of things, not of connections held at once
            "A utility with 500,000 customers connected to the grid",
            "Fleet tracking for 2 million connected devices",
            "Banking app with 300,000 customers online each month",
            // "online" inside another word or naming a product
            "A shop for 50,000 customers with onlineshop integration",
            // a connection to something else is a link, not a client connection held open
            "Our 300 stores each hold a connection to the bank's host",
            "A depot where 40 scanners have a connection to the warehouse system"})
    void countsThatNameNoMomentAreNotConcurrency(String description) {
        assertThat(read(description).concurrentConnections()).isEmpty();
    }

    @Test
    void countsAYearAreAMonthsTwelfthAndThoseOfACapabilityAreItsActions() {
        StatedFacts s = read("A planning office takes about 24,000 permit applications a year and sends 6,000 SMS reminders for applications a month");

        // 24,000 / 12 = 2,000 a month
        assertThat(s.volumes()).extracting(StatedCount::perMonth).containsExactlyInAnyOrder(6_000.0, 2_000.0);
        // Only the applications are what a capability does; the SMS a vendor sends are counted, not the capability's own traffic
        assertThat(s.actionVolumes(java.util.List.of("permit applications", "inspections")))
                .extracting(StatedFact::phrase).containsExactly("24,000 permit applications a year");
        assertThat(s.actionVolumes(java.util.List.of("inspections"))).isEmpty();
        // The activity a capability is named for counts its things: "bidding" counts bids; 45,000 x 52 / 12 = 195,000 a month
        assertThat(read("About 45,000 bids a week across all lots").actionVolumes(java.util.List.of("bidding", "lot catalogue")))
                .extracting(StatedFact::value).containsExactly(195_000.0);
    }

    @Test
    void devicesTimesTheirReportingIntervalGiveTheWriteRate() {
        DeviceRate d = read("Flood monitoring: 150,000 sensors report every 30 seconds to a regional hub").deviceRate().orElseThrow();

        // 150,000 sensors / 30 s = 5,000 writes/s
        assertThat(d.devices()).isEqualTo(150_000);
        assertThat(d.intervalSeconds()).isEqualTo(30);
        assertThat(d.writesPerSecond()).isEqualTo(5_000);
        assertThat(d.phrase()).isEqualTo("150,000 sensors report every 30 seconds");
        assertThat(d.evidence()).isEqualTo("150,000 devices / 30 s = 5,000 writes/s (description \"150,000 sensors report every 30 seconds\")");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            // 2,000,000 / 60 s = 33,333.33
            "2 million trackers each send their position once a minute | 33333.33",
            // 40,000 / 900 s = 44.44
            "40k smart meters that upload a reading every 15 minutes | 44.44",
            // 12,000 x 2 / 3,600 s = 6.67
            "12,000 thermostats publish twice an hour | 6.67",
            // 500 / 1 s
            "500 machines stream vibration data every second | 500"})
    void reportingIntervalsReadInSecondsMinutesAndHours(String description, double writesPerSecond) {
        assertThat(read(description).deviceRate().orElseThrow().writesPerSecond()).isEqualTo(writesPerSecond);
    }

    /** The phrasings a write rate comes in; each is the rate as stated, never a share of the load fields. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            // adjectives listed with commas before the devices' noun: 40,000 / 5 s
            "A pipeline watched by 40,000 pressure, temperature and flow sensors that report every 5 seconds over MQTT | 8000 | "
                    + "40,000 pressure, temperature and flow sensors that report every 5 seconds",
            // the count where the devices are named, the interval in a later sentence: 40,000 / 10 s
            "An operator runs 1,200 car parks with 40,000 barrier gates and occupancy sensors. Gates report occupancy every 10 seconds. | 4000 | "
                    + "40,000 barrier gates ... Gates report occupancy every 10 seconds",
            // a rate stated outright
            "The gates send 4,000 messages a second at the morning peak | 4000 | 4,000 messages a second",
            "Ingest 12k readings per second from the turbines | 12000 | 12k readings per second",
            "2,500 events/s arrive from the fleet | 2500 | 2,500 events/s",
            // 30,000 a minute = 500 a second
            "Scanners post 30,000 telemetry messages a minute | 500 | 30,000 telemetry messages a minute"})
    void aStatedWriteRateIsReadInEachPhrasing(String description, double writesPerSecond, String phrase) {
        StatedFact rate = read(description).writeRate().orElseThrow();

        assertThat(rate.value()).isEqualTo(writesPerSecond);
        assertThat(rate.phrase()).isEqualTo(phrase);
        assertThat(rate.field()).isEqualTo("description");
    }

    @Test
    void aCountWithNoReportingIntervalIsNoWriteRate() {
        assertThat(read("A parking operator with 40,000 barrier gates; drivers open them from the app").writeRate()).isEmpty();
        assertThat(read("Gates report occupancy every 10 seconds").writeRate()).isEmpty();
    }

    @Test
    void retentionIsReadPerClassOfDataAndTheNextClassKeepsTheUnit() {
        StatedFacts s = read("Raw readings are kept 2 years, hourly aggregates 20 years.");

        assertThat(s.retention()).extracting(Retention::dataClass).containsExactly("raw readings", "hourly aggregates");
        assertThat(s.retention()).extracting(Retention::years).containsExactly(2.0, 20.0);
        assertThat(s.rawRetention().orElseThrow().wholeYears()).isEqualTo(2);
        assertThat(s.aggregateRetention().orElseThrow().wholeYears()).isEqualTo(20);
        assertThat(s.retention().get(0).phrase()).isEqualTo("Raw readings are kept 2 years");
        assertThat(s.retention().get(1).phrase()).isEqualTo("hourly aggregates 20 years");
    }

    @Test
    void retentionInKeepFormWithMonthsAndAnInheritedUnit() {
        StatedFacts s = read("We keep raw events for 18 months and daily summaries for 10 years; audit logs are retained for 7 years");

        assertThat(s.retention()).extracting(Retention::dataClass).containsExactlyInAnyOrder("raw events", "daily summaries", "audit logs");
        assertThat(s.rawRetention().orElseThrow().years()).isEqualTo(1.5);
        assertThat(s.rawRetention().orElseThrow().wholeYears()).isEqualTo(2);
        assertThat(s.aggregateRetention().orElseThrow().years()).isEqualTo(10);
    }

    @Test
    void anAggregateClassWithItsIntervalAndAPurposeAfterItsDurationIsRead() {
        StatedFacts s = read("Raw readings are kept 1 year, 1-minute aggregates 15 years for regulators.", "keep 1-minute aggregates 15 years");

        assertThat(s.retention()).extracting(Retention::dataClass).containsExactly("raw readings", "1-minute aggregates");
        assertThat(s.rawRetention().orElseThrow().years()).isEqualTo(1);
        assertThat(s.aggregateRetention().orElseThrow().years()).isEqualTo(15);
        assertThat(s.aggregateRetention().orElseThrow().intervalMinutes()).contains(1.0);
        assertThat(s.aggregateRetention().orElseThrow().phrase()).isEqualTo("1-minute aggregates 15 years");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "Keep 5-minute rollups for 10 years | 5",
            "Telemetry is kept 90 days and hourly aggregates 7 years | 60",
            "Raw events are kept 6 months and 30-second summaries 2 years | 0.5",
            "Raw events are kept 6 months and daily summaries 2 years | 1440"})
    void theBucketOfAStatedAggregateIsRead(String description, double minutes) {
        assertThat(read(description).aggregateRetention().orElseThrow().intervalMinutes()).contains(minutes);
    }

    @Test
    void aGrowthFigureIsNotReadAsARetention() {
        assertThat(read("Documents are stored in the archive, growing 50 GB a month").retention()).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "Traffic spikes 3x at kick-off | 3",
            "Load surges to 5x the usual level during sales | 5",
            "Expect a 4x spike when tickets go on sale | 4",
            "Peaks at 2.5 times the average on Monday mornings | 2.5",
            "Traffic triples when the results are published | 3"})
    void aStatedSpikeFactorIsRead(String goal, double factor) {
        StatedFact spike = read("A ticketing site", goal).spikeFactor().orElseThrow();

        assertThat(spike.value()).isEqualTo(factor);
        assertThat(spike.field()).isEqualTo("goals[0]");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "support a launch-day spike of 3x normal peak | 3",
            "Survive bursts of 2x the peak on release nights | 2",
            "Traffic spikes 4x over the usual peak at kick-off | 4"})
    void aSpikeOverThePeakIsNotReadAsAlreadyInThePeak(String goal, double factor) {
        StatedFacts s = read("A chat service", goal);

        assertThat(s.spikeOverPeak().orElseThrow().value()).isEqualTo(factor);
        assertThat(s.spikeFactor()).isEmpty();
    }

    @Test
    void userCountsAreReadButNotFromConcurrentOrDailyFigures() {
        StatedFacts s = read("A league app for 2 million players with 800,000 concurrent players at kick-off");

        assertThat(s.users().orElseThrow().value()).isEqualTo(2_000_000);
        assertThat(s.users().orElseThrow().phrase()).isEqualTo("2 million players");
        assertThat(s.concurrentConnections().orElseThrow().value()).isEqualTo(800_000);
        assertThat(read("Serves 300,000 daily users").users()).isEmpty();
        assertThat(read("300,000 readers a day").users()).isEmpty();
    }

    @Test
    void numbersAreWholeWordsSoNothingIsReadInsideOtherWords() {
        StatedFacts s = read("Physiotherapy clinic booking for a team of 3x4 rooms; version 2 sensors-free");

        assertThat(s.concurrentConnections()).isEmpty();
        assertThat(s.deviceRate()).isEmpty();
        assertThat(s.spikeFactor()).isEmpty();
        assertThat(s.retention()).isEmpty();
        assertThat(s.users()).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            // 5% a month is the monthly rate itself
            "About 3 million invoices a month, growing 5% a month. | 0.05 | growing 5% a month",
            // 60% a year compounds from 1.6^(1/12) - 1 = 0.039944 a month (1.039944^12 = 1.6000)
            "Bookings grow by about 60% a year across the chain | 0.039944 | grow by about 60% a year",
            // 10% a quarter: 1.1^(1/3) - 1 = 0.032280 a month
            "Orders rising 10 percent a quarter since launch | 0.03228 | rising 10 percent a quarter",
            "We see 8% month-over-month growth in active shops | 0.08 | 8% month-over-month growth"})
    void aStatedRateOfGrowthIsReadAsTheMonthlyRateThatCompoundsToIt(String description, double monthly, String phrase) {
        StatedFact g = read(description).monthlyGrowth().orElseThrow();

        assertThat(g.value()).isEqualTo(monthly);
        assertThat(g.phrase()).isEqualTo(phrase);
    }

    @Test
    void aVolumeOfDataGrowingIsNotARateOfGrowth() {
        assertThat(read("The archive is growing 50 GB a month and readings grow by 2,000 a day").monthlyGrowth()).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            // 3 million a month x 40 MB / 1,000 = 120,000 GB
            "Fans stream about 3 million matches a month; a 40 MB match highlight reel each | 120000 | 40",
            // 100,000 a day x 365 / 12 = 3,041,667 a month x 2 MB / 1,000 = 6,083.33 GB
            "Members download 100,000 photos a day, 2 MB photos from the shoot | 6083.33 | 2",
            // any file: 10 million downloads a month x 0.3 MB (300 KB) / 1,000 = 3,000 GB
            "10 million downloads a month of scans; each scan is about 300 KB | 3000 | 0.3"})
    void downloadsAMonthAndTheirSizeGiveTheTransfer(String description, double gb, double mb) {
        Downloads d = read(description).downloads().orElseThrow();

        assertThat(d.gbPerMonth()).isEqualTo(gb);
        assertThat(d.sizeMb()).isEqualTo(mb);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            // the size in brackets after the files it sizes: 60 MB
            "Creators upload episodes (about 60 MB of audio each) and listeners fetch them | 60 | episodes (about 60 MB",
            // the files, "of", then their size: 4 MB
            "Inspectors attach photos of 4 MB to every report | 4 | photos of 4 MB",
            // a size per item with what it is after it: 2 GB = 2,000 MB
            "Each lesson is a recording, 2 GB of video apiece, kept for a year | 2000 | 2 GB of video apiece",
            // the size before its files, as before: 2 GB = 2,000 MB
            "Teachers publish 2 GB videos for their classes | 2000 | 2 GB videos",
            // terabytes: 1.5 TB x 1,000,000 MB a TB = 1,500,000 MB
            "The scanner writes each survey line as a trace set of about 1.5 TB | 1500000 | set of about 1.5 TB",
            // a count on a qualified day, then each one's size: 50 MB
            "Around 300 claims on a busy day, each up to 50 MB of scans, arrive from brokers | 50 | claims on a busy day, each up to 50 MB",
            // a range of sizes is read at its upper end, as "up to" is: 20-40 MB -> 40 MB
            "Sonographers store ultrasound clips of 20-40 MB with every scan report | 40 | clips of 20-40 MB",
            "Surveyors upload drone photos of 8 to 12 MB per site visit | 12 | photos of 8 to 12 MB"})
    void aStatedObjectSizeIsReadWithItsPhrase(String description, double mb, String phrase) {
        StatedFact size = read(description).fileMb().orElseThrow();

        assertThat(size.value()).isEqualTo(mb);
        assertThat(size.phrase()).isEqualTo(phrase);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
            "Each tenant gets 10 GB of storage each month",
            "The archive holds a total of 50 GB and grows by a volume of 2 GB a month",
            "Exports arrive in chunks of 5 MB",
            "Creators get an allowance of 500 MB",
            // a whole collection weighs terabytes; it is not one file
            "The archive is 1.2 TB and grows by 40 GB a month",
            "Our studio keeps a library of 3 TB of past projects",
            // a file in the sense of a record has no size at all
            "The agency keeps a large file of customers and a tax file for each of them"})
    void anAmountOfDataIsNotTheSizeOfAFile(String description) {
        assertThat(read(description).fileMb()).isEmpty();
    }

    @Test
    void aCountOfOtherFilesIsNotPricedAtThisSize() {
        // Episodes are counted, photos sized: no transfer follows from the two together
        StatedFacts facts = read("Listeners download 400 million episodes a month; creators add 2 MB photos to each show");
        assertThat(facts.downloads()).isEmpty();
        assertThat(facts.fileMb().orElseThrow().value()).isEqualTo(2);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            // 45 minutes on weekdays: 0.75 h x 365 x 5 / 7 / 12 = 21.726 weekdays a month = 16.29 hours
            "Almost all traffic comes between 08:30 and 09:15 on school days | 16.29",
            // one hour every day: 1 h x 365 / 12 = 30.417 days = 30.42 hours
            "Orders peak between 8 and 9 every morning when offices open | 30.42",
            // 11:30 to 1:30 wraps past noon: 2 h x 30.417 days = 60.83 hours
            "The rush of bookings comes between 11:30 and 1:30 each day | 60.83",
            // pm: 18:00 to 21:00 = 3 h x 30.417 = 91.25
            "Most logins arrive from 6pm to 9pm | 91.25"})
    void aDailyWindowOfTrafficGivesItsHoursAMonth(String description, double hours) {
        assertThat(read(description).burstHours().orElseThrow().value()).isEqualTo(hours);
    }

    @Test
    void aWindowThatIsNotAboutTrafficIsNoBurst() {
        assertThat(read("Backups run between 1 and 3 at night; shops open from 9 to 17").burstHours()).isEmpty();
    }
}
