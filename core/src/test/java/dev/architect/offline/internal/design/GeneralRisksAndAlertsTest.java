package dev.architect.offline.internal.design;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The general alerts and risks are data a reader edits; a mistake in them fails at load naming the entry. */
class GeneralRisksAndAlertsTest {

    private static GeneralRisksAndAlerts read(String yaml) {
        return GeneralRisksAndAlerts.read(new ByteArrayInputStream(yaml.getBytes(StandardCharsets.UTF_8)), "test.yaml");
    }

    @Test
    void theShippedFileLoadsWithAStoreForEveryDatastoreOption() {
        GeneralRisksAndAlerts g = GeneralRisksAndAlerts.standard();
        assertThat(g.stores()).containsKeys("relational-single", "relational-replicas", "distributed-sql", "time-series", "wide-column");
        assertThat(g.alerts()).extracting(GeneralRisksAndAlerts.AlertDef::name).contains("synchronous-replication-lost", "replication-lag");
        assertThat(g.risks()).extracting(GeneralRisksAndAlerts.RiskDef::id).contains("risk-boundaries", "risk-region-outage");
    }

    @Test
    void aConditionOnAnUnknownFactFailsNamingTheAlert() {
        assertThatThrownBy(() -> read("""
                restoreInOneZone: restore
                alerts:
                  - {name: broker-down, when: {brokr: queue}, condition: c, severity: PAGE, action: a}
                """)).isInstanceOf(IllegalStateException.class).hasMessageContaining("broker-down").hasMessageContaining("brokr");
    }

    @Test
    void anUnknownPlaceholderFailsNamingIt() {
        assertThatThrownBy(() -> GeneralRisksAndAlerts.fill("lag above {halfRPO} minutes", Map.of("halfRpo", "2")))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("{halfRPO}");
        assertThat(GeneralRisksAndAlerts.fill("p99 of {p99Ms} ms", Map.of("p99Ms", "250"))).isEqualTo("p99 of 250 ms");
    }
}
