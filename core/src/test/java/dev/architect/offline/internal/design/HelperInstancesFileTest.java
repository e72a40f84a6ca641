package dev.architect.offline.internal.design;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.architect.offline.internal.catalog.DataFiles;
import dev.architect.request.Cloud;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** helper-instances.yaml is read and checked, and a part's feed is read from its archetype's flows. */
class HelperInstancesFileTest {

    @Test
    void aPartsFeedIsReadFromTheFlowsStepsIntoIt() {
        // "broker ~> notification-dispatcher": delivered without a caller waiting
        assertThat(HelperInstances.feed("notification-dispatcher")).isEqualTo(HelperInstances.Feed.QUEUE);
        // "unit -> matchmaker: Submit the ticket": the unit waits on it
        assertThat(HelperInstances.feed("matchmaker")).isEqualTo(HelperInstances.Feed.CALLED);
        // nothing steps into the outbox relay: it polls the outbox rows itself
        assertThat(HelperInstances.feed("outbox-relay")).isEqualTo(HelperInstances.Feed.PICKS_UP);
    }

    @Test
    void oneInstanceUpToTheTargetARestartFitsThenAPair() {
        HelperInstances rules = HelperInstances.standard();
        assertThat(rules.minimum(99.5, Cloud.GCP, 1).count()).isEqualTo(1);
        assertThat(rules.minimum(99.95, Cloud.AWS, 1).count()).isEqualTo(1);
        assertThat(rules.minimum(99.99, Cloud.AWS, 1).count()).isEqualTo(2);
        // a design the availability decision spreads over zones keeps one in two of them, whatever the target
        assertThat(rules.minimum(99.9, Cloud.AWS, 3).count()).isEqualTo(2);
        // no platform restarts an instance on the organisation's own hosts
        assertThat(rules.minimum(99.5, Cloud.ON_PREMISES, 1).count()).isEqualTo(2);
    }

    @Test
    void aBadCopyFailsNamingWhatIsWrong() {
        String noRule = """
                offPath:
                """;
        assertThatThrownBy(() -> DataFiles.read(new ByteArrayInputStream(noRule.getBytes(StandardCharsets.UTF_8)), "bad copy",
                HelperInstances.class, "helper instances")).hasMessageContaining("offPath is required");
        String percent = """
                offPath: {oneInstanceUpToPercent: 100, restartingClouds: [aws], basis: "restart fits"}
                """;
        assertThatThrownBy(() -> DataFiles.read(new ByteArrayInputStream(percent.getBytes(StandardCharsets.UTF_8)), "bad copy",
                HelperInstances.class, "helper instances")).hasMessageContaining("oneInstanceUpToPercent");
    }
}
