package dev.architect.offline;

import static org.assertj.core.api.Assertions.assertThat;

import dev.architect.dossier.Consultation;
import dev.architect.dossier.SequenceDiagram;
import dev.architect.dossier.SequenceStep;
import dev.architect.testing.ValidDossiers;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Who acts in a flow is the person its words name (flow-actors.yaml and the flow's own words against each actor's name
 * and description), not the first actor of the kind: the treasury team that releases payments approves the batch and
 * closes the reconciliation day while the credit analyst decides referrals; a tutor who writes quizzes publishes them;
 * readings come from the gateways that send them (or from assumed devices when the request names none), not from the
 * person who investigates them; a dispatch offer goes to the courier's phone app.
 */
class TheFlowsOwnPersonActsTest {

    private static List<SequenceStep> steps(Consultation c, String sequenceId) {
        return c.sequences().stream().filter(s -> s.id().equals(sequenceId)).findFirst().map(SequenceDiagram::steps).orElseThrow();
    }

    private static List<SequenceStep> stepsWith(Consultation c, String message) {
        return c.sequences().stream().flatMap(s -> s.steps().stream()).filter(step -> step.message().contains(message)).toList();
    }

    @Test
    void theTreasuryTeamReleasesPaymentsAndClosesTheDayWhileTheCreditAnalystDecidesReferrals() {
        Consultation c = ValidDossiers.of("""
                system: ShipCredit
                description: >
                  Exporters upload shipping invoices and are paid early; we score each invoice with a credit bureau report and refer
                  risky ones to a credit analyst. We pay exporters out by Faster Payments in payment batches, reconcile the bank
                  statements every day, and chase importers who pay late.
                actors:
                  - {name: Exporter, description: uploads shipping invoices and receives early payment}
                  - {name: Credit analyst, description: reviews referred invoices}
                  - {name: Treasury team, description: reconciles the bank accounts and releases payments}
                capabilities: [invoice upload, credit scoring, payouts, reconciliation, collections]
                integrations:
                  - {name: Creditsafe, purpose: business credit reports}
                  - {name: ClearBank, purpose: Faster Payments and bank statements}
                load: {peakRequestsPerSecond: 30, readWriteRatio: 3}
                team: {size: 6, expertise: [Java, PostgreSQL]}
                deployment: {cloud: aws, regions: [eu-west-2]}
                """);

        assertThat(stepsWith(c, "/payment-batches")).isNotEmpty().allSatisfy(step -> assertThat(step.from()).isEqualTo("treasury-team"));
        assertThat(stepsWith(c, "/reconciliation-closes")).isNotEmpty().allSatisfy(step -> assertThat(step.from()).isEqualTo("treasury-team"));
        assertThat(stepsWith(c, "/review with the outcome")).isNotEmpty().allSatisfy(step -> assertThat(step.from()).isEqualTo("credit-analyst"));
        // The money is never moved by the exporter it is paid to
        assertThat(c.sequences().stream().flatMap(s -> s.steps().stream()).filter(step -> step.from().equals("exporter")))
                .noneMatch(step -> step.message().contains("/payment-batches") || step.message().contains("/reconciliation-closes"));
    }

    @Test
    void aTutorWhoWritesQuizzesPublishesThemAndGradesAndNoAssumedStaffIsDrawn() {
        Consultation c = ValidDossiers.of("""
                system: LessonLoop
                description: >
                  Tutors write quizzes for their classes and publish a version when it is ready; learners take the quizzes on any
                  device, and each answer is graded by two tutors independently.
                actors:
                  - {name: Learner, description: takes quizzes}
                  - {name: Tutor, description: writes and publishes quizzes and reviews marks}
                capabilities: [quiz authoring, quiz taking, answer grading]
                load: {peakRequestsPerSecond: 80, readWriteRatio: 4}
                team: {size: 5, expertise: [TypeScript, PostgreSQL]}
                deployment: {cloud: gcp, regions: [europe-west2]}
                """);

        assertThat(stepsWith(c, "/publication")).isNotEmpty().allSatisfy(step -> assertThat(step.from()).isEqualTo("tutor"));
        assertThat(stepsWith(c, "/scores")).isNotEmpty().allSatisfy(step -> assertThat(step.from()).isEqualTo("tutor"));
        assertThat(c.c4().people()).extracting(p -> p.id()).containsExactly("learner", "tutor");
    }

    @Test
    void readingsArePostedByTheGatewaysThatSendThemNotByThePersonWhoInvestigatesThem() {
        Consultation c = ValidDossiers.of("""
                system: ColdTrack
                description: >
                  Cold-chain monitoring for 400 pharmacy warehouses: 12,000 fridge sensors report a temperature every 30 seconds
                  through the warehouse gateways, and an excursion above 8 degrees for 10 minutes raises an alert.
                goals: [no lost readings, alerts within one minute]
                actors:
                  - {name: Quality manager, description: investigates temperature excursions}
                capabilities: [temperature ingestion, excursion alerts]
                integrations:
                  - {name: Warehouse sensor gateways, purpose: temperature readings from fridge sensors}
                load: {peakRequestsPerSecond: 50, readWriteRatio: 1}
                team: {size: 4, expertise: [Python, PostgreSQL]}
                deployment: {cloud: azure, regions: [northeurope]}
                """);

        List<SequenceStep> posts = stepsWith(c, "POST").stream().filter(step -> step.message().contains("readings")).toList();
        assertThat(posts).isNotEmpty().allSatisfy(step -> assertThat(step.from()).isEqualTo("ext-warehouse-sensor-gateways"));
    }

    @Test
    void readingsComeFromTheCountedDevicesNotFromThePersonWhoReadsThem() {
        Consultation c = ValidDossiers.of("""
                system: SoilWatch
                description: >
                  Soil moisture monitoring for 2,000 farms: 50,000 probes report moisture every 5 minutes, and a field that dries
                  below its threshold alerts the agronomist.
                actors:
                  - {name: Agronomist, description: reads moisture trends and advises farmers}
                capabilities: [moisture ingestion, dry field alerts]
                load: {peakRequestsPerSecond: 200, readWriteRatio: 1}
                team: {size: 4, expertise: [Go, PostgreSQL]}
                deployment: {cloud: aws, regions: [us-west-2]}
                """);

        List<SequenceStep> posts = stepsWith(c, "POST").stream().filter(step -> step.message().contains("readings")).toList();
        // The request counts its senders ("50,000 probes report moisture every 5 minutes"): they are drawn as themselves
        assertThat(posts).isNotEmpty().allSatisfy(step -> assertThat(step.from()).isEqualTo("probes"));
        assertThat(c.c4().systems()).filteredOn(s -> s.id().equals("probes")).singleElement()
                .satisfies(s -> assertThat(s.external()).isTrue());
        assertThat(c.c4().people()).extracting(p -> p.id()).containsExactly("agronomist");
    }

    @Test
    void aDispatchOfferGoesToTheCouriersPhoneAppAndTheAssignmentToTheSendersBrowser() {
        Consultation c = ValidDossiers.of("""
                system: ParcelGo
                description: >
                  Same-day parcel pickups in two cities: a sender requests a pickup, dispatch offers the job to the nearest available
                  courier, and the sender follows the courier on a live map. Couriers send their position every 5 seconds.
                goals: [an offer reaches a courier within 10 seconds, 30,000 couriers connected at peak]
                actors:
                  - {name: Sender, description: requests pickups and tracks the courier}
                  - {name: Courier, description: accepts pickup jobs on a phone app}
                capabilities: [pickup requests, courier dispatch, live tracking]
                integrations:
                  - {name: HERE Routing, purpose: road travel times}
                load: {peakRequestsPerSecond: 900, readWriteRatio: 2}
                team: {size: 9, expertise: [Kotlin, PostgreSQL, Redis]}
                deployment: {cloud: aws, regions: [eu-central-1]}
                """);

        List<SequenceStep> dispatch = steps(c, "seq-dispatch-job");
        assertThat(dispatch).filteredOn(step -> step.message().startsWith("Push the offer")).singleElement()
                .satisfies(step -> assertThat(step.to()).isEqualTo("mobile-app"));
        assertThat(dispatch).filteredOn(step -> step.message().contains("accepts the offer")).singleElement()
                .satisfies(step -> assertThat(step.from()).isEqualTo("mobile-app"));
        assertThat(dispatch).filteredOn(step -> step.message().contains("to the requester")).singleElement()
                .satisfies(step -> assertThat(step.to()).isEqualTo("web"));
        assertThat(dispatch).filteredOn(step -> step.message().startsWith("POST /dispatch-requests")).singleElement()
                .satisfies(step -> assertThat(step.from()).isEqualTo("sender"));
        // "30,000 couriers connected at peak" in a YAML list is read whole, not as "30" and "000 couriers ..."
        assertThat(c.capacity().estimate("concurrent-connections")).hasValueSatisfying(e -> assertThat(e.value()).isEqualTo(30_000));
    }
}
