package dev.architect.offline;

import static org.assertj.core.api.Assertions.assertThat;

import dev.architect.dossier.Consultation;
import dev.architect.dossier.Decision;
import dev.architect.dossier.DecisionTopic;
import dev.architect.dossier.Risk;
import dev.architect.request.RequestReader;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * A small team is not handed a tool with real operations it has never run while a managed option carries the load: an
 * unfamiliar, operations-heavy option costs more the smaller the team, so it wins only where the load needs it, and then
 * a risk with a learning plan names the gap. A tool the team lists wins when it fits.
 */
class TeamFitTest {

    private static final OfflineArchitect ARCHITECT = OfflineArchitect.create();

    /**
     * Parcel scans on AWS from a team of 3: 9,600 requests/s at a read/write ratio of 0.2 is 9,600 / 1.2 = 8,000 scan
     * writes/s, each one event. A managed queue is meant for under 5,000 events/s: 1.6 times past it, it still nearly fits.
     */
    private static String parcels(int peakRps, String expertise) {
        return String.format(java.util.Locale.ROOT, """
                system: ScanTrail
                description: >
                  Couriers' handheld scanners report every parcel scan for a regional carrier; customers look up where
                  their parcel is, and the depot sees late parcels.
                capabilities: [scan ingestion, parcel lookup, late parcels]
                load: {peakRequestsPerSecond: %d, readWriteRatio: 0.2}
                team: {size: 3, expertise: [%s]}
                deployment: {cloud: aws, regions: [eu-west-1]}
                """, peakRps, expertise);
    }

    private static Consultation consult(String yaml) {
        return ARCHITECT.consult(RequestReader.readString(yaml));
    }

    private static Optional<Risk> skillsRisk(Consultation c, String id) {
        return c.risks().stream().filter(r -> r.id().equals("risk-skills-" + id)).findFirst();
    }

    @Test
    void aSmallTeamNewToKafkaGetsTheManagedQueueWhileTheQueueCarriesTheLoad() {
        Consultation c = consult(parcels(9_600, "TypeScript, Node.js, PostgreSQL"));
        Decision messaging = c.decision(DecisionTopic.MESSAGING).orElseThrow();
        assertThat(messaging.chosenOption()).isEqualTo("Amazon SQS and SNS");
        assertThat(skillsRisk(c, "log-streaming")).isEmpty();
    }

    @Test
    void aTeamThatRunsKafkaKeepsKafkaAtTheSameLoad() {
        Decision messaging = consult(parcels(9_600, "Java, Kafka, PostgreSQL")).decision(DecisionTopic.MESSAGING).orElseThrow();
        assertThat(messaging.chosenOption()).contains("Kafka");
        assertThat(messaging.rationale()).contains("already runs Kafka");
    }

    @Test
    void whenOnlyTheLogCarriesTheLoadItWinsAndTheRiskPlansTheLearning() {
        // 30,000 / 1.2 = 25,000 events/s: five times the queue's 5,000, past what it can be stretched to
        Consultation c = consult(parcels(30_000, "TypeScript, Node.js, PostgreSQL"));
        assertThat(c.decision(DecisionTopic.MESSAGING).orElseThrow().chosenOption()).contains("Kafka");
        Risk learning = skillsRisk(c, "log-streaming").orElseThrow();
        assertThat(learning.title()).isEqualTo("The team has not run Kafka");
        assertThat(learning.description()).contains("TypeScript, Node.js, PostgreSQL").contains("high operational burden for a team of 3");
        assertThat(learning.mitigation()).startsWith("Learning plan:").contains("Amazon MSK");
    }

    /** Soil sensors on Google Cloud, which offers no managed MQTT broker: the broker is EMQX on GKE, run by the team. */
    private static final String ORCHARD = """
            system: Rootzone
            description: >
              2,500 soil-moisture sensors in a fruit-growing cooperative's orchards report over MQTT every 10 seconds;
              growers see moisture charts and are alerted when a block runs dry.
            capabilities: [sensor ingestion, moisture charts, dry-block alerts]
            actors: [{name: Sensor, description: reports moisture over MQTT}]
            load: {peakRequestsPerSecond: 300, readWriteRatio: 0.1}
            team: {size: 4, expertise: [Python, FastAPI, PostgreSQL]}
            deployment: {cloud: gcp, regions: [europe-west4]}
            """;

    @Test
    void aSelfRunBrokerOnACloudWithoutAManagedOneIsAGapTheRiskRegisterPlans() {
        Consultation c = consult(ORCHARD);
        Decision ingestion = c.decision(DecisionTopic.INGESTION).orElseThrow();
        assertThat(ingestion.chosenOption()).contains("EMQX");
        assertThat(ingestion.options().get(0).cost()).contains("operational burden high for ").endsWith("team of 4");
        Risk learning = c.risks().stream().filter(r -> r.title().equals("The team has not run MQTT")).findFirst().orElseThrow();
        assertThat(learning.description()).contains("Python, FastAPI, PostgreSQL").contains("high operational burden for a team of 4");
        assertThat(learning.mitigation()).contains("EMQX").contains("staging cluster on Google Cloud").doesNotContain("managed offering");
        assertThat(learning.relatedDecisions()).containsExactly(ingestion.id());

        // On AWS the same pattern is AWS IoT Core, a managed broker: low burden, and only a light learning risk
        Consultation aws = consult(ORCHARD.replace("gcp, regions: [europe-west4]", "aws, regions: [eu-central-1]"));
        Decision managed = aws.decision(DecisionTopic.INGESTION).orElseThrow();
        assertThat(managed.chosenOption()).contains("AWS IoT Core");
        assertThat(managed.options().get(0).cost()).contains("operational burden low for ").endsWith("team of 4");
    }

    @Test
    void aTeamThatListsTheBrokerIsNotToldToLearnIt() {
        Consultation c = consult(ORCHARD.replace("[Python, FastAPI, PostgreSQL]", "[Python, EMQX, PostgreSQL]"));
        assertThat(c.risks()).noneMatch(r -> r.id().startsWith("risk-skills-mqtt"));
        assertThat(c.decision(DecisionTopic.INGESTION).orElseThrow().rationale()).contains("already runs EMQX");
    }
}
