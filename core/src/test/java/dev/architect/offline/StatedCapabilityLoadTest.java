package dev.architect.offline;

import static org.assertj.core.api.Assertions.assertThat;

import dev.architect.dossier.Estimate;
import dev.architect.dossier.Consultation;
import dev.architect.dossier.CostLineItem;
import dev.architect.request.RequestReader;
import org.junit.jupiter.api.Test;

/** A load the request states per capability sizes the part that owns it; the others share what is left. */
class StatedCapabilityLoadTest {

    private static final OfflineArchitect ARCHITECT = OfflineArchitect.create();

    /** Two capabilities, one service each (a team of 40), one region, no CDN: each part is sized for its own load. */
    private static String quizHub(String takingEntry) {
        return """
                system: Quiz Hub
                description: A quiz platform where teachers publish quizzes and students take them during class
                capabilities:
                  - TAKING
                  - quiz authoring
                load: {peakRequestsPerSecond: 10000, readWriteRatio: 9, audience: regional}
                team: {size: 40}
                deployment: {cloud: aws, regions: [eu-west-1]}
                """.replace("TAKING", takingEntry);
    }

    @Test
    void aCapabilityTakingEightyPercentOfTheTrafficGetsTheLargerPart() {
        Consultation c = ARCHITECT.consult(RequestReader.readString(quizHub("{name: quiz taking, share: 0.8}")));

        // Peak 10,000 requests/s at 9 reads per write: 9,000 reads and 1,000 writes.
        // quiz taking, share 0.8: 8,000 requests/s = 800 writes (8,000 / (9 + 1)) + 7,200 reads.
        // quiz authoring takes what is left: 9,000 - 7,200 = 1,800 reads + 1,000 - 800 = 200 writes = 2,000 requests/s.
        assertThat(estimate(c, "load-quiz-taking-service").value()).isEqualTo(8000.0);
        assertThat(estimate(c, "load-quiz-authoring-service").value()).isEqualTo(2000.0);
        // Instances: ceil(load / (1,000 requests/s per instance x 70% utilisation)), at least 3 (three zones):
        // ceil(8,000 / 700) = ceil(11.43) = 12 and ceil(2,000 / 700) = ceil(2.86) = 3 at peak. Fargate bills them as the service
        // scales (autoscaled-compute.yaml): 12 for 121.67 h (4 h a day) and, the other 608.33 h, 8,000 / 3 = 2,666.67 / 700 =
        // ceil(3.81) = 4: (12 x 121.67 + 4 x 608.33) / 730 = (1,460.04 + 2,433.32) / 730 = 5.33 instance-months; authoring's
        // average needs 1 and stays at the 3 zones' minimum, its peak count: 3.
        assertThat(item(c, "quiz-taking-service-compute").assumption()).startsWith("Computed: 12 instances");
        assertThat(item(c, "quiz-taking-service-compute").quantity()).isEqualTo(5.33);
        assertThat(item(c, "quiz-authoring-service-compute").quantity()).isEqualTo(3.0);
        assertThat(item(c, "quiz-taking-service-compute").monthly()).isGreaterThan(item(c, "quiz-authoring-service-compute").monthly());
        // Each database takes its capability's writes: 800 and 200 writes/s.
        assertThat(item(c, "quiz-taking-db-instances").assumption()).contains("800 writes/s");
        assertThat(item(c, "quiz-authoring-db-instances").assumption()).contains("200 writes/s");
    }

    @Test
    void withoutAStatedLoadEachPartTakesTheShareWhatItDoesGivesIt() {
        Consultation c = ARCHITECT.consult(RequestReader.readString(quizHub("quiz taking")));

        // Quiz taking is designed by the answer-autosave archetype (0.5 of reads, 2 of writes: answers saved as they are
        // typed); quiz authoring is the authoring shape, a few staff drafting (0.1 of reads, 0.2 of writes, load-profiles.yaml).
        // 9,000 reads and 1,000 writes at peak:
        // quiz taking:    9,000 x 0.5 / 0.6 = 7,500 + 1,000 x 2 / 2.2 = 909.09    = 8,409.09 requests/s
        // quiz authoring: 9,000 x 0.1 / 0.6 = 1,500 + 1,000 x 0.2 / 2.2 = 90.91   = 1,590.91 requests/s
        // (an equal share was 5,000 each). Instances: ceil(8,409.09 / 700) = ceil(12.01) = 13; ceil(1,590.91 / 700) = 3 at peak;
        // billed as Fargate scales: 13 for 121.67 h and 8,409.09 / 3 = 2,803.03 / 700 = ceil(4.004) = 5 for 608.33 h:
        // (13 x 121.67 + 5 x 608.33) / 730 = (1,581.71 + 3,041.65) / 730 = 6.33 instance-months; authoring stays at 3.
        assertThat(estimate(c, "load-quiz-taking-service").value()).isEqualTo(8409.09);
        assertThat(estimate(c, "load-quiz-authoring-service").value()).isEqualTo(1590.91);
        assertThat(item(c, "quiz-taking-service-compute").assumption()).startsWith("Computed: 13 instances");
        assertThat(item(c, "quiz-taking-service-compute").quantity()).isEqualTo(6.33);
        assertThat(item(c, "quiz-authoring-service-compute").quantity()).isEqualTo(3.0);
    }

    @Test
    void aStatedPartSaysItsFigureIsGivenAndTheOtherThatItsIsAssumed() {
        Consultation c = ARCHITECT.consult(RequestReader.readString(quizHub("{name: quiz taking, share: 0.8}")));

        assertThat(estimate(c, "load-quiz-taking-service").basis()).contains("given (capabilities[0].share)")
                .doesNotContain("as-part-load");
        assertThat(estimate(c, "load-quiz-authoring-service").basis()).contains("assumption as-part-load");
        assertThat(item(c, "quiz-taking-service-compute").assumption()).contains("given (capabilities[0].share)");
        assertThat(c.cost().assumptions()).anyMatch(a -> a.startsWith("[as-part-load] The one capability with no stated load (quiz authoring)"));
    }

    @Test
    void aStatedPeakRateAndReadRatioAreUsedAsGiven() {
        Consultation c = ARCHITECT.consult(RequestReader.readString(
                quizHub("{name: quiz taking, peakRequestsPerSecond: 3000, readWriteRatio: 2}")));

        // quiz taking: 3,000 requests/s at 2 reads per write = 1,000 writes + 2,000 reads.
        // quiz authoring: 9,000 - 2,000 = 7,000 reads + max(0, 1,000 - 1,000) = 0 writes = 7,000 requests/s.
        assertThat(estimate(c, "load-quiz-taking-service").value()).isEqualTo(3000.0);
        assertThat(estimate(c, "load-quiz-authoring-service").value()).isEqualTo(7000.0);
        assertThat(item(c, "quiz-taking-db-instances").assumption()).contains("1,000 writes/s");
        assertThat(estimate(c, "load-quiz-taking-service").basis())
                .contains("given (capabilities[0].peakRequestsPerSecond, capabilities[0].readWriteRatio)");
    }

    private static Estimate estimate(Consultation c, String id) {
        return c.capacity().estimates().stream().filter(e -> e.id().equals(id)).findFirst().orElseThrow(() -> new AssertionError(id));
    }

    private static CostLineItem item(Consultation c, String id) {
        return c.cost().items().stream().filter(i -> i.id().equals(id)).findFirst().orElseThrow(() -> new AssertionError(id));
    }
}
