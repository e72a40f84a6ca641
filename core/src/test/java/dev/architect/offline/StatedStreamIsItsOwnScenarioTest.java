package dev.architect.offline;

import static org.assertj.core.api.Assertions.assertThat;

import dev.architect.dossier.Consultation;
import dev.architect.dossier.FunctionalRequirement;
import dev.architect.dossier.QualityAttribute;
import dev.architect.figures.Workload;
import dev.architect.request.Cloud;
import dev.architect.request.ConsultationRequest;
import dev.architect.request.Deployment;
import dev.architect.request.Load;
import dev.architect.validation.DossierValidator;
import org.junit.jupiter.api.Test;

/**
 * A stream of devices' messages the request states is its own scenario, measured at the stream's rate through the
 * ingestion path with the deadline a goal counts from its messages; people's latency and throughput are measured at
 * people's own request rate. Rates in the prose read rounded (whole numbers from 100, three significant figures below).
 */
class StatedStreamIsItsOwnScenarioTest {

    private static QualityAttribute qa(Consultation c, String id) {
        return c.requirements().qualityAttributes().stream().filter(q -> q.id().equals(id)).findFirst()
                .orElseThrow(() -> new AssertionError("no " + id));
    }

    private static Consultation consult(ConsultationRequest r) {
        Consultation c = OfflineArchitect.create().consult(r);
        assertThat(DossierValidator.validate(c, r).hasErrors()).as("validator").isFalse();
        return c;
    }

    @Test
    void readingsStatedBesidePeoplesRequestsAreTheirOwnScenarioWithTheAlertDeadline() {
        ConsultationRequest r = ConsultationRequest.builder("Pumpwatch", "Monitoring for water pumps: the pumps send "
                        + "40,000 readings a second in all through a site gateway; engineers look at trends and alerts.")
                .goals("leak alert within 3 minutes of the reading").capabilities("sensor ingestion", "trend dashboards")
                .load(new Load(120.0, 2.0, 500L, null)).deployment(new Deployment(Cloud.AWS, java.util.List.of("eu-west-1"))).build();
        Workload w = Workload.of(r);
        // people: 120 requests/s at 2 reads per write = 40 writes + 80 reads; the stream's 40,000 writes come on top
        assertThat(w.streamWrites()).isEqualTo(40_000);
        assertThat(w.peakWrites()).isEqualTo(40_040);
        assertThat(w.peakRps()).isEqualTo(40_120);
        assertThat(w.userRequestsPerSecond()).isEqualTo(120);

        Consultation c = consult(r);
        assertThat(qa(c, "qa-latency").scenario()).contains("at the peak of 120 requests/s from people").doesNotContain("40,120");
        assertThat(qa(c, "qa-throughput").scenario()).isEqualTo("The busiest expected moment of people's requests, 40 writes and 80 reads a second");
        assertThat(qa(c, "qa-throughput").target()).isEqualTo(120);
        QualityAttribute ingestion = qa(c, "qa-ingestion");
        assertThat(ingestion.scenario()).contains("40,000 writes a second arriving through the ingestion path")
                .contains("\"40,000 readings a second\"");
        assertThat(ingestion.metric()).isEqualTo("writes accepted a second with none lost, each processed within 3 minutes "
                + "(the goal \"leak alert within 3 minutes of the reading\")");
        assertThat(ingestion.target()).isEqualTo(40_000);
        assertThat(ingestion.unit()).isEqualTo("writes/s");
        FunctionalRequirement sensors = c.requirements().functional().stream().filter(f -> f.title().equals("Sensor ingestion"))
                .findFirst().orElseThrow();
        assertThat(sensors.description()).contains("40,000 writes/s").doesNotContain("40,040");
        // the summary and the capacity plan say the same: 40,120 - 40,000 = 120 requests/s from people
        assertThat(c.summary()).contains("Sized for 120 requests/s from people and a stream of 40,000 writes/s at peak")
                .doesNotContain("40,120 requests/s");
        assertThat(c.capacity().estimates()).anyMatch(e -> e.id().equals("people-rps") && e.value() == 120 && e.unit().equals("requests/s"));
    }

    @Test
    void withoutAStatedStreamThePeakIsPeoplesAndNoIngestionScenarioIsAdded() {
        // 25,000 requests/s at 2,000 reads per write: 25,000 / 2,001 = 12.4938 writes (shown 12.5) and 24,987.51 reads (shown 24,988)
        ConsultationRequest r = ConsultationRequest.builder("Podplace", "Podcast hosting: listeners download episodes")
                .capabilities("episodes", "feeds").load(new Load(25_000.0, 2000.0, 1_000_000L, null))
                .deployment(new Deployment(Cloud.AWS, java.util.List.of("us-east-1"))).build();
        Consultation c = consult(r);
        assertThat(qa(c, "qa-throughput").scenario()).isEqualTo("The busiest expected moment, 12.5 writes and 24,988 reads a second");
        assertThat(qa(c, "qa-throughput").target()).isEqualTo(25_000);
        assertThat(qa(c, "qa-latency").scenario()).endsWith("at the peak of 25,000 requests/s");
        assertThat(c.requirements().qualityAttributes()).noneMatch(q -> q.id().equals("qa-ingestion"));
        assertThat(c.summary()).contains("Sized for 25,000 requests/s at peak");
        assertThat(c.capacity().estimates()).noneMatch(e -> e.id().equals("people-rps"));
    }
}
