package dev.architect.offline;

import static org.assertj.core.api.Assertions.assertThat;

import dev.architect.dossier.Consultation;
import dev.architect.dossier.Container;
import dev.architect.dossier.Entity;
import dev.architect.request.RequestReader;
import org.junit.jupiter.api.Test;

/**
 * Sensors that only report their state are ingested and projected to each device's latest state: no alert rules, no
 * alert evaluator and no alert channel are invented; a request that says what to alert on still gets them.
 */
class SensorsThatOnlyReportStateTest {

    private static Consultation consult(String yaml) {
        return OfflineArchitect.create().consult(RequestReader.readString(yaml));
    }

    @Test
    void devicesThatOnlyReportStateGetAStateProjectionAndNoAlertRules() {
        Consultation c = consult("""
                system: TankView
                description: A water utility's 5,000 tank level sensors report their level every minute; operators see live levels per district.
                capabilities: [tank levels, district view]
                """);

        // About 83 readings/s are written in batches straight to the store (the ingestion decision): no stream is drawn
        assertThat(c.c4().containers()).extracting(Container::id).contains("state-projector").doesNotContain("alert-evaluator", "ingest-stream");
        assertThat(c.dataModel().entities()).extracting(Entity::name).contains("device", "device_state").doesNotContain("alert_rule", "alert");
        assertThat(c.sequences()).extracting(s -> s.id()).contains("seq-report-to-state").doesNotContain("seq-reading-to-alert");
        assertThat(c.operations().alerts()).extracting(a -> a.name()).doesNotContain("alert-evaluation-lag");
        assertThat(c.cost().items()).as("the projector is priced").anySatisfy(i -> assertThat(i.containerId()).isEqualTo("state-projector"));
    }

    @Test
    void sensorsWhoseReadingsMustRaiseAnAlarmKeepTheAlertRulesAndEvaluator() {
        Consultation c = consult("""
                system: TankGuard
                description: A water utility's 5,000 tank level sensors report their level every minute; a level below the threshold raises an alarm within 2 minutes.
                capabilities: [tank levels, alarms]
                """);

        assertThat(c.c4().containers()).extracting(Container::id).contains("alert-evaluator").doesNotContain("state-projector", "ingest-stream");
        assertThat(c.dataModel().entities()).extracting(Entity::name).doesNotContain("device_state");
        assertThat(c.sequences()).extracting(s -> s.id()).doesNotContain("seq-report-to-state");
    }
}
