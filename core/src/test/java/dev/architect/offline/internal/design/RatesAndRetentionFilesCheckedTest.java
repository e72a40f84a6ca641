package dev.architect.offline.internal.design;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.architect.offline.internal.catalog.DataFiles;
import dev.architect.offline.internal.catalog.PersonalDataRetention;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/**
 * The data behind verdict-deciding rates and retention is checked when it is read: no store row is priced for a part
 * that no flow draws writing it; an SMS flow's rate has its range, item words and question; every kind of personal data
 * has its period and reason; unknown keys and kinds fail naming the file and the entry.
 */
class RatesAndRetentionFilesCheckedTest {

    private static ByteArrayInputStream yaml(String text) {
        return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void noStoreRowIsPricedForAPartNoFlowDrawsWritingIt() {
        // The site gateway buffer's batches are recorded by the ingest unit on a replay ("unit -> store"), never by the
        // buffer itself on a live path: writes listed for it would price rows no drawn flow writes.
        String file = """
                parts:
                  site-buffer:
                    writes: {everySeconds: 10, rows: 2, bytesEach: 200, keptDays: 30, basis: "each batch recorded"}
                pusher: {carries: PUSHES, perInstance: 2000, basis: "posts"}
                """;
        assertThatThrownBy(() -> DataFiles.read(yaml(file), "part-loads.yaml", PartLoads.class, "part loads"))
                .hasMessageContaining("parts.site-buffer.writes: no flow of its archetype draws site-buffer writing into the store");
        // The shipped file: every part with writes draws them (the trail writer inserts its segments)
        assertThat(PartLoads.standard().parts()).allSatisfy((id, load) -> {
            if (load.writes() != null) {
                assertThat(PartLoads.drawsItsWrite(id)).as(id).isTrue();
            }
        });
        assertThat(PartLoads.standard().of("site-buffer").map(PartLoads.PartLoad::writes)).isEmpty();
        assertThat(PartLoads.standard().of("trail-writer").orElseThrow().writes().personalData()).isEqualTo(PersonalDataRetention.Kind.LOCATION);
    }

    @Test
    void personalDataWritesTakeTheirRetentionFromTheirKindNotAFixedPeriod() {
        String file = """
                parts:
                  trail-writer:
                    carries: REPORTS
                    perInstance: 5000
                    basis: "a consumer"
                    writes: {everySeconds: 30, rows: 1, bytesEach: 250, keptDays: 400, personalData: LOCATION, basis: "segments"}
                pusher: {carries: PUSHES, perInstance: 2000, basis: "posts"}
                """;
        assertThatThrownBy(() -> DataFiles.read(yaml(file), "part-loads.yaml", PartLoads.class, "part loads"))
                .hasMessageContaining("writes of personal data are kept as personal-data-retention.yaml says");
        assertThatThrownBy(() -> DataFiles.read(yaml(file.replace("LOCATION", "FINGERPRINTS")), "part-loads.yaml", PartLoads.class, "part loads"))
                .hasMessageContaining("FINGERPRINTS");
    }

    @Test
    void eachSmsFlowRateNeedsItsRangeItemsAndQuestion() {
        String good = """
                messages: [reminder]
                flows:
                  send-notification:
                    per: [order]
                    perUserMonth: 1
                    low: 0.5
                    high: 2
                    basis: "one notice an order"
                    question: "How many orders a month?"
                """;
        assertThat(SmsFlows.read(yaml(good), "sms-flows.yaml").runs("send-notification")).isPresent();
        assertThatThrownBy(() -> SmsFlows.read(yaml(good.replace("low: 0.5", "low: 1.5")), "sms-flows.yaml"))
                .hasMessageContaining("flows.send-notification: low must be above 0 and at most perUserMonth");
        assertThatThrownBy(() -> SmsFlows.read(yaml(good.replace("    question: \"How many orders a month?\"\n", "")), "sms-flows.yaml"))
                .hasMessageContaining("flows.send-notification.question");
        assertThatThrownBy(() -> SmsFlows.read(yaml(good.replace("send-notification:", "send-a-pigeon:")), "sms-flows.yaml"))
                .hasMessageContaining("flows.send-a-pigeon: no archetype draws a flow of that id");
        assertThatThrownBy(() -> SmsFlows.read(yaml(good.replace("    per: [order]\n", "    per: [order]\n    perWeek: 3\n")), "sms-flows.yaml"))
                .hasMessageContaining("perWeek");
        // what a message carries must be listed: without it, no stated count could be told from a count of sessions
        assertThatThrownBy(() -> SmsFlows.read(yaml(good.replace("messages: [reminder]\n", "")), "sms-flows.yaml"))
                .hasMessageContaining("messages must list at least one phrase");
    }

    @Test
    void everyKindOfPersonalDataHasItsPeriodAndReason() {
        String file = """
                assumedRetentionYears: 5
                kinds:
                  LOCATION: {words: [trails], keptDays: 90, label: raw positions, basis: "disputes"}
                  RECORDING: {words: [recordings], keptDays: 30, label: recordings, basis: "complaints"}
                  HEALTH: {words: [health], label: health records, basis: "the law sets it"}
                """;
        assertThat(PersonalDataRetention.read(yaml(file), "personal-data-retention.yaml")).isNotNull();
        assertThatThrownBy(() -> PersonalDataRetention.read(yaml(file.replace("  HEALTH:", "  BIOMETRIC:")), "personal-data-retention.yaml"))
                .hasMessageContaining("BIOMETRIC");
        assertThatThrownBy(() -> PersonalDataRetention.read(yaml(file.replace("  HEALTH: {words: [health], label: health records, basis: \"the law sets it\"}\n", "")),
                "personal-data-retention.yaml")).hasMessageContaining("kinds.HEALTH is missing");
        assertThatThrownBy(() -> PersonalDataRetention.read(yaml(file.replace("keptDays: 90", "keptDays: 0")), "personal-data-retention.yaml"))
                .hasMessageContaining("kinds.LOCATION.keptDays must be above 0");
        assertThatThrownBy(() -> PersonalDataRetention.read(yaml(file.replace("label: recordings", "label: recordings, purge: nightly")), "personal-data-retention.yaml"))
                .hasMessageContaining("purge");
        assertThatThrownBy(() -> PersonalDataRetention.read(yaml(file.replace("assumedRetentionYears: 5\n", "")), "personal-data-retention.yaml"))
                .hasMessage("personal-data-retention.yaml: assumedRetentionYears must be a whole number of years from 1 to 100");
        assertThatThrownBy(() -> PersonalDataRetention.read(yaml(file.replace("assumedRetentionYears: 5", "assumedRetentionYears: 2.5")), "personal-data-retention.yaml"))
                .hasMessageContaining("assumedRetentionYears must be a whole number");
        // A kind without its own period, in a request stating no retention, keeps the file's assumed retention: 3 years
        PersonalDataRetention threeYears = PersonalDataRetention.read(yaml(file.replace("assumedRetentionYears: 5", "assumedRetentionYears: 3")
                .replace("keptDays: 90, ", "")), "personal-data-retention.yaml");
        assertThat(threeYears.trailRetention(dev.architect.request.RequestReader.readString("""
                system: Pathway
                description: Couriers' trails for a delivery service.
                capabilities: [delivery tracking]
                load: {peakRequestsPerSecond: 10, readWriteRatio: 2, monthlyActiveUsers: 1000}
                deployment: {cloud: aws, regions: [us-east-1]}
                """))).isEqualTo("3 years (assumption as-retention-location)");
        // The shipped file: location data is kept 90 days unless the request says otherwise; health records keep the request's retention
        PersonalDataRetention.Applied location = PersonalDataRetention.standard().applied(PersonalDataRetention.Kind.LOCATION,
                dev.architect.internal.facts.StatedFacts.read(dev.architect.request.RequestReader.readString("""
                        system: Rides
                        description: A bike-share whose bikes report GPS positions.
                        """)), 5);
        assertThat(location.days()).isEqualTo(90);
        assertThat(location.assumption()).isEqualTo("as-retention-location");
        PersonalDataRetention.Applied health = PersonalDataRetention.standard().applied(PersonalDataRetention.Kind.HEALTH,
                dev.architect.internal.facts.StatedFacts.read(dev.architect.request.RequestReader.readString("""
                        system: Clinic
                        description: Patient records for a clinic.
                        """)), 7);
        assertThat(health.days()).isEqualTo(7 * 365);
        assertThat(health.text()).isEqualTo("7 years (assumption as-retention-health)");
    }
}
