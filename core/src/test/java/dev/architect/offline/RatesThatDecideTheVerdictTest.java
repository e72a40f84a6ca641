package dev.architect.offline;

import static org.assertj.core.api.Assertions.assertThat;

import dev.architect.dossier.Consultation;
import dev.architect.dossier.CostLineItem;
import dev.architect.dossier.CostScenario;
import dev.architect.dossier.OpenQuestion;
import dev.architect.dossier.ScenarioName;
import dev.architect.request.RequestReader;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A rate that can decide the budget verdict comes from the design's flows and the request's counts, or is an assumption
 * of its own with a range, a scenario that moves it and a question; personal data is kept as long as its own retention
 * says, and that period drives the store's size, the purge and the risk.
 */
class RatesThatDecideTheVerdictTest {

    private static final OfflineArchitect ARCHITECT = OfflineArchitect.create();

    /** Appointment reminders for clinics in the United States, texted through Azure Communication Services. */
    private static final String CLINICS = """
            system: RemindMD
            description: >
              Appointment reminders for 300 outpatient clinics in the United States. Patients book on the web; the clinic
              sends a reminder by text message before each appointment.COUNT
            actors:
              - {name: Patient, description: books appointments and gets reminders}
              - {name: Front desk, description: manages the day's appointments}
            capabilities: [appointment booking, appointment reminders]
            integrations:
              - {name: Azure Communication Services, purpose: SMS reminders}
            load: {peakRequestsPerSecond: 80, readWriteRatio: 5, monthlyActiveUsers: 120000}
            data: {initialVolumeGb: 50, growthGbPerMonth: 2, retentionYears: 7}
            availability: {targetPercent: 99.9, rpoMinutes: 15, rtoMinutes: 60}
            budget: {monthlyUsd: 100000}
            team: {size: 4, expertise: [C#, .NET, Azure]}
            deployment: {cloud: azure, regions: [eastus2]}
            """;

    private static Consultation clinics(String count) {
        return ARCHITECT.consult(RequestReader.readString(CLINICS.replace("COUNT", count)));
    }

    private static List<CostLineItem> lines(Consultation c, String id) {
        return c.cost().items().stream().filter(i -> i.id().equals(id)).toList();
    }

    @Test
    void theTextsFollowTheCountOfTheItemsTheRequestStates() {
        // The request counts its appointments: the notification flow runs once for each, whatever the monthly users.
        // 45,000 a week x 52 / 12 = 195,000 appointments a month x 1 text sent = 195,000 segments x $0.01 = $1,950.00
        Consultation c = clinics(" The clinics hold 45,000 appointments a week.");

        assertThat(lines(c, "vendor-ext-azure-communication-services-sent")).singleElement().satisfies(i -> {
            assertThat(i.quantity()).isEqualTo(195_000);
            assertThat(i.monthly()).isEqualTo(1_950.00);
            assertThat(i.assumption()).contains("195,000 'Send a notification after the change that caused it' a month, one for each of the "
                    + "45,000 a week x 52 / 12 = 195,000 a month (description \"45,000 appointments a week\") x 1 message sent");
        });
        assertThat(c.cost().assumptions()).noneMatch(a -> a.startsWith("[as-sms-send-notification]"));
        assertThat(c.requirements().openQuestions()).noneMatch(q -> q.id().equals("oq-sms-send-notification"));
    }

    @Test
    void anUncountedRateIsItsOwnAssumptionWithARangeAQuestionAndScenariosThatMoveIt() {
        // No count of appointments: 120,000 monthly users x 1 run a month (as-sms-send-notification) = 120,000 texts x $0.01
        // = $1,200.00; its range 0.5 to 2 a monthly user is $600.00 to $2,400.00.
        Consultation c = clinics("");

        assertThat(lines(c, "vendor-ext-azure-communication-services-sent")).singleElement().satisfies(i -> {
            assertThat(i.quantity()).isEqualTo(120_000);
            assertThat(i.monthly()).isEqualTo(1_200.00);
            assertThat(i.assumption()).contains("120,000 monthly active users x 1 'Send a notification after the change that caused it' a month "
                    + "(assumption as-sms-send-notification) x 1 message sent");
        });
        assertThat(c.cost().assumptions()).anyMatch(a -> a.startsWith("[as-sms-send-notification] 'Send a notification after the change that "
                + "caused it' runs once a month for each monthly active user: a monthly user has about one item a month")
                && a.contains("the request counts no refills, prescriptions, orders, appointments")
                && a.contains("(open question oq-sms-send-notification)")
                && a.endsWith("0.5 to 2 a monthly user would be $600.00 to $2,400.00 a month of its texts"));

        OpenQuestion q = c.requirements().openQuestions().stream().filter(x -> x.id().equals("oq-sms-send-notification")).findFirst().orElseThrow();
        assertThat(q.whyItMatters()).contains("$1,200.00 a month of text messages, $600.00 at 0.5 times a month per monthly user and "
                + "$2,400.00 at 2 times a month per monthly user", "The budget verdict holds across that range");
        assertThat(q.options()).containsExactly("0.5 times a month per monthly user", "1 time a month per monthly user", "2 times a month per monthly user");
        assertThat(q.recommended()).isEqualTo("1 time a month per monthly user");

        // The scenarios move the rate with the load: the high one texts 2 a monthly user to twice the users
        CostScenario high = c.cost().scenarios().stream().filter(s -> s.name() == ScenarioName.HIGH).findFirst().orElseThrow();
        CostScenario low = c.cost().scenarios().stream().filter(s -> s.name() == ScenarioName.LOW).findFirst().orElseThrow();
        assertThat(high.basis()).contains("the assumed text-message rates at their high (as-sms-send-notification at 2 a monthly user)");
        assertThat(low.basis()).contains("the assumed text-message rates at their low (as-sms-send-notification at 0.5 a monthly user)");
    }

    /** Same-day parcels: couriers' phones report every 10 seconds and each job's trail is kept for disputes. */
    private static final String PARCELS = """
            system: ParcelPath
            description: >
              Same-day parcel delivery across the Netherlands. A shipper books a pickup, the platform offers the job to the
              nearest courier, the couriers' phones send their position every 10 seconds, and the recipient can watch the
              courier move on a map; up to 50,000 phones hold a connection at the busiest hour.KEPT
            goals: [a courier assigned within 2 minutes, the recipient sees the courier approach]
            actors:
              - {name: Shipper, description: books pickups and follows them}
              - {name: Courier, description: takes jobs on a phone}
            capabilities: [pickup booking, courier dispatch, live tracking]
            load: {peakRequestsPerSecond: 300, readWriteRatio: 4, monthlyActiveUsers: 80000}
            data: {initialVolumeGb: 100, growthGbPerMonth: 20, retentionYears: 5}
            team: {size: 12, expertise: [Java, PostgreSQL]}
            deployment: {cloud: aws, regions: [eu-central-1]}
            """;

    private static Consultation parcels(String kept) {
        return ARCHITECT.consult(RequestReader.readString(PARCELS.replace("KEPT", kept)));
    }

    @Test
    void personalLocationDataIsKeptForItsOwnRetentionInTheCostThePurgeAndTheRisk() {
        // 50,000 connections x 0.2 reporting (as-reporting-share) = 10,000 phones; the trail writer adds one segment per
        // phone every 30 s: 333.33 writes/s, and 10,000 / 30 / 3 (peak to average) x 2,628,000 s x 250 bytes = 73 GB a
        // month. The request states no retention for trails, so they are kept 90 days (as-retention-location), not the
        // 5-year retention: 73 GB x 90 / 30.42 days a month = 216 GB held, a level and not 73 GB of growth a month.
        Consultation assumed = parcels("");

        assertThat(assumed.cost().assumptions()).anyMatch(a -> a.startsWith("[flow-writes-")
                && a.contains("= 73 GB a month, kept 90 days (assumption as-retention-location): 73 GB x 90 / 30.42 days a month = 216 GB held"));
        assertThat(assumed.cost().assumptions()).anyMatch(a -> a.startsWith("[as-retention-location] Raw positions and the trails made of them "
                + "are kept 90 days: a trail shows where people live and work"));
        assertThat(assumed.risks()).anyMatch(r -> r.title().equals("Trails kept longer than anyone needs them")
                && r.mitigation().contains("keep each trail 90 days (assumption as-retention-location) after its job ends, as the cost prices it"));
        assertThat(assumed.sequences().stream().flatMap(s -> s.steps().stream()))
                .anyMatch(m -> m.message().contains("Nightly, delete the trails past purge_after (90 days (assumption as-retention-location) after the job ends)"));

        // Stated for the trails, the request's own period wins: 73 GB x 30 / 30.42 = 72 GB held, and nothing is assumed
        Consultation stated = parcels(" GPS trails are kept 30 days.");

        assertThat(stated.cost().assumptions()).anyMatch(a -> a.startsWith("[flow-writes-")
                && a.contains("= 73 GB a month, kept 30 days (description \"GPS trails are kept 30 days\"): 73 GB x 30 / 30.42 days a month = 72 GB held"));
        assertThat(stated.cost().assumptions()).noneMatch(a -> a.startsWith("[as-retention-location]"));
        assertThat(stated.risks()).anyMatch(r -> r.mitigation().contains("keep each trail 30 days (description \"GPS trails are kept 30 days\") after its job ends"));
    }

    /** Recorded lectures for learners on several continents, served from one region with a standby in another. */
    private static final String LECTURES = """
            system: LectureHall
            description: >
              Recorded university lectures for learners across North America, Europe and Asia. Learners stream lectures and
              take quizzes; lecturers upload recordings and set the quizzes.
            goals: [lecture pages served under 250 ms anywhere, quiz results within a day]
            actors:
              - {name: Learner, description: watches lectures and takes quizzes}
              - {name: Lecturer, description: uploads lectures and sets quizzes}
            capabilities: [lecture catalogue, video streaming, quizzes]
            load: {peakRequestsPerSecond: 3000, readWriteRatio: 50, monthlyActiveUsers: 900000}
            latency: {p99Ms: 250}
            availability: {targetPercent: 99.95, rpoMinutes: 5, rtoMinutes: 30}
            team: {size: 10, expertise: [TypeScript, AWS]}
            deployment: {cloud: aws, regions: [us-east-1, eu-west-1]}
            """;

    @Test
    void aLatencyGoalFarUsersMissIsSaidAsMissedWithWhatItWouldTake() {
        // One region serves learners on three continents while the other waits as a standby: the goal holds for the far
        // ones only where the CDN answers, so the register says so, beside the question that settles it
        Consultation c = ARCHITECT.consult(RequestReader.readString(LECTURES));

        assertThat(c.requirements().openQuestions()).anyMatch(q -> q.id().equals("oq-far-users-latency"));
        assertThat(c.risks()).filteredOn(r -> r.id().equals("risk-far-users-latency")).singleElement().satisfies(r -> {
            assertThat(r.title()).isEqualTo("The latency target is missed for users far from us-east-1");
            assertThat(r.description()).startsWith("As designed, the goal \"lecture pages served under 250 ms anywhere\" and the 250 ms p99 hold "
                    + "for users on other continents only where an edge cache answers: us-east-1 alone serves while eu-west-1 waits as a standby");
            assertThat(r.mitigation()).contains("oq-far-users-latency", "serving each continent from its own region (active-active");
        });

        // Users in one country ("anywhere" gone from the goal too): nothing far to miss, no such risk
        Consultation near = ARCHITECT.consult(RequestReader.readString(LECTURES.replace("learners across North America, Europe and Asia",
                "learners in the United States").replace("under 250 ms anywhere", "under 250 ms").replace("[us-east-1, eu-west-1]", "[us-east-1, us-west-2]")));
        assertThat(near.risks()).noneMatch(r -> r.id().equals("risk-far-users-latency"));
    }
}
