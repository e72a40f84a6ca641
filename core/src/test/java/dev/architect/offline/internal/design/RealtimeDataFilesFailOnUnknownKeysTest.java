package dev.architect.offline.internal.design;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.architect.request.Cloud;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/**
 * Each of push-fanout.yaml, sms-flows.yaml, batch-jobs.yaml, rehearsals.yaml and realtime-services.yaml fails at load,
 * naming the file and the entry, when a copy of it carries a misspelt key, a shape no option has, or a cloud that is not
 * one: a typo must not make an entry silently default.
 */
class RealtimeDataFilesFailOnUnknownKeysTest {

    private static String shipped(String resource) {
        try (InputStream in = RealtimeDataFilesFailOnUnknownKeysTest.class.getResourceAsStream(resource)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static InputStream copy(String text) {
        return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
    }

    /** The shipped text with one line replaced, so the bad copy differs from the real file in that line only. */
    private static String with(String resource, String line, String replacement) {
        String text = shipped(resource);
        assertThat(text).as(resource + " holds the line the bad copy changes").contains(line);
        return text.replace(line, replacement);
    }

    @Test
    void theShippedFilesLoad() {
        assertThat(PushFanout.standard().recipients("presence").recipients()).isEqualTo(4);
        assertThat(SmsFlows.standard().runs("send-notification")).isPresent();
        assertThat(BatchJobs.standard().job("baseline-trainer")).isPresent();
        assertThat(RealtimeServices.standard().on(Cloud.AWS)).isPresent();
        assertThat(RealtimeServices.standard().on(Cloud.GCP)).isEmpty();
        assertThat(Rehearsals.read(copy(shipped(Rehearsals.RESOURCE)), "rehearsals copy")).isNotEmpty();
    }

    @Test
    void pushFanoutNamesTheMisspeltKeyAndItsEntry() {
        String bad = with(PushFanout.RESOURCE, "    recipients: 3\n", "    recipient: 3\n");
        assertThatThrownBy(() -> PushFanout.read(copy(bad), "bad-push-fanout.yaml"))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("bad-push-fanout.yaml").hasMessageContaining("archetypes.realtime-messaging.recipient");
    }

    @Test
    void pushFanoutNamesAConnectionRateThatIsNotPositiveOrMisspelt() {
        assertThat(PushFanout.standard().connectionRate("realtime-delivery")).get().extracting(PushFanout.ConnectionRate::updatesPerSecond).isEqualTo(1.0);
        for (String[] bad : new String[][] {{"    updatesPerSecond: 0\n", "connectionRates.realtime-delivery.updatesPerSecond"},
                {"    updatePerSecond: 1\n", "connectionRates.realtime-delivery.updatePerSecond"}}) {
            String text = with(PushFanout.RESOURCE, "    updatesPerSecond: 1\n", bad[0]);
            assertThatThrownBy(() -> PushFanout.read(copy(text), "bad-push-fanout.yaml")).as(bad[0])
                    .isInstanceOf(IllegalStateException.class).hasMessageContaining("bad-push-fanout.yaml").hasMessageContaining(bad[1]);
        }
    }

    @Test
    void pushFanoutListsEveryKindOfLiveContentOnceWithKnownArchetypesAndShapes() {
        assertThat(PushFanout.standard().liveContent()).extracting(PushFanout.Kind::kind).containsExactly(LiveContent.values());
        assertThat(PushFanout.standard().liveContent()).extracting(PushFanout.Kind::everySeconds).containsExactly(1.0, 30.0, 20.0, 360.0);
        String[][] bad = {
                {"    archetypes: [realtime-messaging]\n", "    archetypes: [realtime-mesaging]\n", "liveContent CONVERSATION_MESSAGES.archetypes names no archetype: realtime-mesaging"},
                {"    shapes: [status-view, occupancy-board]\n", "    shapes: [status-veiw, occupancy-board]\n", "liveContent STATUS_CHANGES.shapes names no capability shape: status-veiw"},
                {"  - kind: STATUS_CHANGES\n", "  - kind: APPENDED_ENTRIES\n", "liveContent APPENDED_ENTRIES is listed twice"},
                {"    everySeconds: 360\n", "    everySeconds: 0\n", "liveContent STATUS_CHANGES.everySeconds"},
                {"    everySeconds: 360\n", "    everySecond: 360\n", "everySecond"},
                {"  - kind: STATUS_CHANGES\n", "  - kind: STATUS_CHANGE\n", "STATUS_CHANGE"}};
        eachFails(PushFanout.RESOURCE, bad, "bad-push-fanout.yaml", PushFanout::read);
    }

    /** Each {line, replacement, message}: the copy with that one line replaced fails at load naming the copy and the entry. */
    private static void eachFails(String resource, String[][] bad, String name, java.util.function.BiFunction<InputStream, String, ?> read) {
        for (String[] b : bad) {
            String text = with(resource, b[0], b[1]);
            assertThatThrownBy(() -> read.apply(copy(text), name)).as(b[1])
                    .isInstanceOf(IllegalStateException.class).hasMessageContaining(name).hasMessageContaining(b[2]);
        }
    }

    @Test
    void autoscaledComputeNamesAnUnknownKindOrAMisspeltKey() {
        assertThat(AutoscaledCompute.standard().scales("containers.instance")).isTrue();
        assertThat(AutoscaledCompute.standard().scales("compute.instance")).isFalse();
        String[][] bad = {
                {"kinds: [containers.instance, paas.instance]\n", "kinds: [containers.instanse, paas.instance]\n", "kinds names no price kind of prices.yaml: containers.instanse"},
                {"kinds: [containers.instance, paas.instance]\n", "kind: [containers.instance, paas.instance]\n", "kind"}};
        eachFails(AutoscaledCompute.RESOURCE, bad, "bad-autoscaled-compute.yaml", AutoscaledCompute::read);
    }

    @Test
    void smsFlowsNamesTheMisspeltKeyAndItsFlow() {
        String bad = with(SmsFlows.RESOURCE, "    perUserMonth: 0.25\n", "    perUserMonths: 0.25\n");
        assertThatThrownBy(() -> SmsFlows.read(copy(bad), "bad-sms-flows.yaml"))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("bad-sms-flows.yaml").hasMessageContaining("flows.refill-by-text.perUserMonths");
    }

    @Test
    void batchJobsNamesTheMisspeltKeyAndAStoreItCannotRead() {
        String misspelt = with(BatchJobs.RESOURCE, "    windowDays: 30\n", "    windowDay: 30\n");
        assertThatThrownBy(() -> BatchJobs.read(copy(misspelt), "bad-batch-jobs.yaml"))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("bad-batch-jobs.yaml").hasMessageContaining("jobs.baseline-trainer.windowDay");
        String unknownStore = with(BatchJobs.RESOURCE, "    reads: history\n", "    reads: archive\n");
        assertThatThrownBy(() -> BatchJobs.read(copy(unknownStore), "bad-batch-jobs.yaml"))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("bad-batch-jobs.yaml").hasMessageContaining("jobs.baseline-trainer.reads");
    }

    @Test
    void rehearsalsNameAShapeNoOptionHasAndAMisspeltKey() {
        String shape = with(Rehearsals.RESOURCE, "    relational:\n", "    relationnal:\n");
        assertThatThrownBy(() -> Rehearsals.read(copy(shape), "bad-rehearsals.yaml"))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("bad-rehearsals.yaml: datastore.relationnal: 'relationnal' is not the shape of any option");
        // a shape of another section is no shape of this one: a cache's rehearsal cannot stand under the datastore
        String elsewhere = with(Rehearsals.RESOURCE, "    time-series:\n", "    cdn-cache:\n");
        assertThatThrownBy(() -> Rehearsals.read(copy(elsewhere), "bad-rehearsals.yaml"))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("datastore.cdn-cache");
        String key = with(Rehearsals.RESOURCE, "      drill:\n        - \"replace a node", "      drills:\n        - \"replace a node");
        assertThatThrownBy(() -> Rehearsals.read(copy(key), "bad-rehearsals.yaml"))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("bad-rehearsals.yaml").hasMessageContaining("topics.datastore.wide-column.drills");
    }

    @Test
    void realtimeServicesNameACloudThatIsNoneAndAMisspeltKey() {
        String cloud = with(RealtimeServices.RESOURCE, "\naws:\n", "\namazon-web:\n");
        assertThatThrownBy(() -> RealtimeServices.read(copy(cloud), "bad-realtime-services.yaml"))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("bad-realtime-services.yaml at amazon-web: 'amazon-web' is not a cloud");
        String key = with(RealtimeServices.RESOURCE, "  keepAliveBilled: false\n", "  keepAliveBiled: false\n");
        assertThatThrownBy(() -> RealtimeServices.read(copy(key), "bad-realtime-services.yaml"))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("bad-realtime-services.yaml").hasMessageContaining("azure.keepAliveBiled");
        // a cloud's other spelling names the same cloud
        String alias = with(RealtimeServices.RESOURCE, "\nazure:\n", "\nmicrosoft azure:\n");
        assertThat(RealtimeServices.read(copy(alias), "alias.yaml").on(Cloud.AZURE)).isPresent();
    }

    @Test
    void heartbeatRatesNameAMisspeltKeyAndAnIntervalTheFlowDoesNotState() {
        assertThat(HeartbeatRates.standard().of("presence")).hasValueSatisfying(r -> assertThat(r.everySeconds()).isEqualTo(30));
        String key = with(HeartbeatRates.RESOURCE, "    everySeconds: 30\n", "    everySecond: 30\n");
        assertThatThrownBy(() -> HeartbeatRates.read(copy(key), "bad-heartbeat-rates.yaml"))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("bad-heartbeat-rates.yaml").hasMessageContaining("archetypes.presence.everySecond");
        // the flow says "Heartbeat every 30 s": a file that says 20 would price a rate the design does not draw
        String interval = with(HeartbeatRates.RESOURCE, "    everySeconds: 30\n", "    everySeconds: 20\n");
        assertThatThrownBy(() -> HeartbeatRates.read(copy(interval), "bad-heartbeat-rates.yaml"))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("bad-heartbeat-rates.yaml: archetypes.presence: the flow presence-heartbeat states no interval of 'every 20 s'");
        String archetype = with(HeartbeatRates.RESOURCE, "\n  presence:\n", "\n  presense:\n");
        assertThatThrownBy(() -> HeartbeatRates.read(copy(archetype), "bad-heartbeat-rates.yaml"))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("archetypes.presense: 'presense' is not an archetype");
    }

    @Test
    void serviceQuotasNameACloudThatIsNoneAMeasureThatIsNoneAndAMisspeltKey() {
        assertThat(ServiceQuotas.standard().on(ServiceQuotas.Measure.GATEWAY_REQUESTS, Cloud.AWS))
                .hasValueSatisfying(q -> assertThat(q.maxIn("us-east-1")).isEqualTo(10_000))
                .hasValueSatisfying(q -> assertThat(q.maxIn("mx-central-1")).isEqualTo(2_500));
        String cloud = with(ServiceQuotas.RESOURCE, "\n    aws:\n", "\n    amazon-web:\n");
        assertThatThrownBy(() -> ServiceQuotas.read(copy(cloud), "bad-service-quotas.yaml"))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("bad-service-quotas.yaml: quotas.gateway-requests.amazon-web: 'amazon-web' is not a cloud");
        String measure = with(ServiceQuotas.RESOURCE, "\n  gateway-requests:\n", "\n  gateway-request:\n");
        assertThatThrownBy(() -> ServiceQuotas.read(copy(measure), "bad-service-quotas.yaml"))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("quotas.gateway-request: 'gateway-request' is not a measure");
        String key = with(ServiceQuotas.RESOURCE, "      perUnit: 1000\n", "      perUnits: 1000\n");
        assertThatThrownBy(() -> ServiceQuotas.read(copy(key), "bad-service-quotas.yaml"))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("bad-service-quotas.yaml").hasMessageContaining("quotas.realtime-units.azure.perUnits");
    }
}
