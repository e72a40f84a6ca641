package dev.architect.offline;

import static org.assertj.core.api.Assertions.assertThat;

import dev.architect.dossier.Consultation;
import dev.architect.dossier.CostLineItem;
import dev.architect.dossier.Decision;
import dev.architect.dossier.DecisionTopic;

import dev.architect.testing.ValidDossiers;

import org.junit.jupiter.api.Test;

/**
 * The case workflow is decided and priced on its own cases: its engine bills the writes of the capabilities it runs,
 * not the system's, and how cases run weighs the case mechanism's own flows, not the ingestion workers beside them.
 * Requests of our own; a month is 2,628,000 s.
 */
class CaseMechanismFollowsItsOwnCasesTest {

    private static Consultation consult(String yaml) {
        return ValidDossiers.of(yaml);
    }

    private static Decision decision(Consultation c, DecisionTopic topic) {
        return c.decisions().stream().filter(d -> d.topic() == topic).findFirst().orElseThrow(() -> new AssertionError("no " + topic));
    }

    // A council's benefits office: three kinds of case, each with its own integration, beside profiles and documents.
    private static final String BENEFITS = """
            system: BenefitDesk
            description: >
              A city council's benefits office handles housing benefit claims, appeals against decisions and complaints.
              Caseworkers review each case, request evidence from the applicant and decide; a case not decided within
              10 days is escalated to a team leader.
            capabilities: [claims, appeals, complaints, citizen profiles, document library]
            integrations:
              - {name: Civica Revenues, purpose: "claims payments and overpayment recovery"}
              - {name: Tribunal service, purpose: "appeals forwarded to the tribunal"}
            load: {peakRequestsPerSecond: 400, readWriteRatio: 3, monthlyActiveUsers: 30000}
            data: {initialVolumeGb: 100, growthGbPerMonth: 5, retentionYears: 7}
            availability: {targetPercent: 99.9}
            team: {size: 6, expertise: [Java, PostgreSQL]}
            deployment: {cloud: aws, regions: [eu-west-2]}
            """;

    @Test
    void theWorkflowEngineBillsTheStepsOfTheCasesItRunsNotEverySystemWrite() {
        Consultation c = consult(BENEFITS);
        assertThat(decision(c, DecisionTopic.CASE_WORKFLOW).chosen().name()).startsWith("AWS Step Functions");
        CostLineItem steps = c.cost().items().stream().filter(i -> i.id().equals("workflow-engine-steps")).findFirst().orElseThrow();
        // 400 requests/s / (3 + 1) = 100 writes/s, shared by what each capability does (load-profiles.yaml): claims, appeals
        // and complaints 1 each (case workflow); citizen profiles and the document library, which nothing describes, a
        // typical 0.1 (the lower of the median of all profiles, 0.1, and of the described three, 1): 3.2 in all. The engine
        // runs claims, appeals and complaints: 100 x 3 / 3.2 = 93.75 writes/s / 3 (peak to average) x 2,628,000 s / 1,000,000
        // = 82.125, 82.13 million steps (every system write would have been 100 / 3 x 2.628 = 87.6 million; an equal share
        // for the profiles and the library, 60 writes/s and 52.56 million)
        assertThat(steps.quantity()).isEqualTo(82.13);
        assertThat(steps.assumption()).contains("93.75 writes/s at peak").contains("the writes of claims, appeals, complaints");
    }

    // Farm sensors at thousands of readings a second, with a small warranty-claims desk beside them.
    private static final String SENSORS = """
            system: FieldPulse
            description: >
              Soil and weather sensors on 40,000 farms send readings every 30 seconds; agronomists watch dashboards and get
              frost alerts by SMS. Growers file warranty claims for broken sensors, which a support agent reviews and approves.
            capabilities: [sensor ingestion, frost alerts, field dashboards, sensor history, warranty claims]
            integrations:
              - {name: Twilio, purpose: "SMS frost alerts"}
              - {name: Weather feed, purpose: "hourly forecast import"}
              - {name: NetSuite, purpose: "warranty claims and replacement orders"}
            load: {peakRequestsPerSecond: 5000, readWriteRatio: 0.1, monthlyActiveUsers: 20000}
            data: {initialVolumeGb: 500, growthGbPerMonth: 400, retentionYears: 5}
            availability: {targetPercent: 99.9}
            team: {size: 10, expertise: [Java, Kafka, PostgreSQL]}
            deployment: {cloud: gcp, regions: [us-central1]}
            """;

    @Test
    void aTelemetryHeavySystemWithASmallClaimsDeskKeepsItsCasesInTables() {
        Consultation c = consult(SENSORS);
        Decision cases = decision(c, DecisionTopic.CASE_WORKFLOW);
        // The case mechanism owns 1 capability (warranty claims), 1 integration (NetSuite, which names warranty claims) and
        // its SLA escalation job = 3 flows, within the table's 4; the ingestion, alerts and forecast import are not its own.
        assertThat(cases.chosen().name()).startsWith("State machine and transition table");
        assertThat(c.cost().items()).noneMatch(i -> i.id().equals("workflow-engine-steps"));
    }

    // A club's volunteer rota: a handful of events a second, four hand-offs, a team of 3 who never ran a broker.
    private static final String ROTA = """
            system: RotaHive
            description: >
              A volunteer rota for a network of community food banks. Coordinators publish shifts, volunteers sign up and swap
              shifts; reminders go out by email the day before, and a nightly export feeds the charity's CRM.
            capabilities: [shift planning, volunteer sign-up, shift swaps, reminders]
            integrations:
              - {name: Mailgun, purpose: "shift reminder emails"}
              - {name: Salesforce Nonprofit Cloud, purpose: "nightly volunteer hours export"}
            load: {peakRequestsPerSecond: 20, readWriteRatio: 4, monthlyActiveUsers: 3000}
            data: {initialVolumeGb: 5, growthGbPerMonth: 0.5, retentionYears: 3}
            availability: {targetPercent: 99.5}
            team: {size: 3, expertise: [Python, Django, PostgreSQL]}
            deployment: {cloud: azure, regions: [westeurope]}
            """;

    @Test
    void aHandfulOfEventsASecondGoesThroughAnOutboxNotABrokerArguedByHeadroom() {
        Consultation c = consult(ROTA);
        Decision messaging = decision(c, DecisionTopic.MESSAGING);
        // 20 requests/s / (4 + 1) = 4 writes/s, one event each = 4 events/s, under the outbox's 50/s; 3 flows (the two
        // integrations and the nightly export's imports) within its 6, so a polled outbox meets the need and no broker
        // is added for a team of 3. The prose states the need, not 5,000 / 4 = 1,250-fold headroom under a queue's ceiling.
        assertThat(messaging.chosen().name()).startsWith("No broker");
        assertThat(messaging.rationale()).contains("4 events/s at peak is the need, a small part of its ceiling of 50/s")
                .doesNotContain("-fold before reaching its ceiling of 5,000/s");
        assertThat(c.cost().items()).noneMatch(i -> i.assumption().contains("Service Bus"));
    }
}
