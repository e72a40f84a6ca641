package dev.architect.offline;

import static org.assertj.core.api.Assertions.assertThat;

import dev.architect.dossier.Consultation;
import dev.architect.dossier.Decision;
import dev.architect.dossier.DecisionTopic;
import dev.architect.request.RequestReader;
import org.junit.jupiter.api.Test;

/**
 * The asynchronous flows the messaging decision, its ADR and the risks count are those of the design: the workers the
 * recognised mechanisms add and the consumers a shaped capability hands work to, beside the request's own integrations
 * and notifications, each once.
 */
class AsyncFlowsCountTheDesignTest {

    private static final OfflineArchitect ARCHITECT = OfflineArchitect.create();

    private static String asyncDriver(String yaml) {
        Consultation c = ARCHITECT.consult(RequestReader.readString(yaml));
        Decision messaging = c.decision(DecisionTopic.MESSAGING).orElseThrow();
        return messaging.drivers().stream().filter(d -> d.startsWith("asynchronous flows")).findFirst().orElseThrow();
    }

    @Test
    void theAlertEvaluatorOfTelemetryIsAFlowBesideTheIngestion() {
        String driver = asyncDriver("""
                system: HiveScale
                description: >
                  Weight sensors under 3,000 beehives send telemetry readings every 5 minutes over HTTPS; beekeepers get
                  an alert when a hive loses weight suddenly (a swarm).
                capabilities: [reading ingestion, swarm alerts]
                actors: [{name: Hive sensor, description: sends readings}]
                load: {peakRequestsPerSecond: 20, readWriteRatio: 0.5}
                team: {size: 2, expertise: [Go, PostgreSQL]}
                deployment: {cloud: gcp, regions: [europe-west3]}
                """);
        // 1 ingestion capability + the alert evaluator the telemetry mechanism adds = 2
        assertThat(driver).startsWith("asynchronous flows 2 ").contains("the design's alert evaluator");
    }

    @Test
    void aWorkerThatTalksToAListedIntegrationIsThatIntegrationsFlowNotASecondOne() {
        String driver = asyncDriver("""
                system: Stipend
                description: >
                  A foundation pays 700 scholarship holders every month: payouts are approved by two officers and sent to
                  the bank as pain.001 files over EBICS; the bank's status reports say which payouts were returned.
                capabilities: [scholars, payout batches, payout status]
                integrations: [{name: Triodos EBICS, purpose: pain.001 credit transfers and pain.002 status reports}]
                load: {peakRequestsPerSecond: 5, readWriteRatio: 4}
                team: {size: 3, expertise: [Java, PostgreSQL]}
                deployment: {cloud: aws, regions: [eu-central-1]}
                """);
        // the EBICS integration (1) carries the bank gateway; the status reconciler is one more (1); the monthly run is
        // when those workers run, not a third flow: 2
        assertThat(driver).startsWith("asynchronous flows 2 ").contains("payout status reconciler").doesNotContain("bank connectivity gateway");
    }

    @Test
    void aShapedMechanismIsOneFlowHoweverManyCapabilitiesItDesigns() {
        // FlowStudio: classes and programmes are both a follow graph (fan-out to followers), progress a status view
        // projected from events: two mechanisms handing work on, so 2 flows, not 3; and still no broker for 2
        Consultation c = ARCHITECT.consult(CostArchetypesTest.archetype("yoga-video"));
        Decision messaging = c.decision(DecisionTopic.MESSAGING).orElseThrow();
        assertThat(messaging.drivers()).anyMatch(d -> d.startsWith("asynchronous flows 2 ") && d.contains("follow graph")
                && d.contains("status view for the requester"));
        assertThat(messaging.chosenOption()).startsWith("No broker");
    }
}
