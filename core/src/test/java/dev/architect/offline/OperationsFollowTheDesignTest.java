package dev.architect.offline;

import static org.assertj.core.api.Assertions.assertThat;

import dev.architect.dossier.Alert;
import dev.architect.dossier.Consultation;
import dev.architect.dossier.ContainerKind;
import dev.architect.dossier.Risk;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Alerts, runbooks and general risks speak only of what the design has: no broker step without a broker, no cache
 * hit ratio without a cache, no replication lag for a store with no asynchronous standby, and an RPO of 0 watched as
 * synchronous replication rather than as "half the RPO".
 */
class OperationsFollowTheDesignTest {

    private static Consultation consult(String fresh) {
        return OfflineArchitect.create().consult(Requests.fresh(fresh));
    }

    private static boolean has(Consultation c, ContainerKind kind) {
        return c.c4().containers().stream().anyMatch(x -> x.kind() == kind);
    }

    private static List<String> alertTexts(Consultation c) {
        List<String> out = new ArrayList<>();
        for (Alert a : c.operations().alerts()) {
            out.add((a.name() + " " + a.condition() + " " + a.action()).toLowerCase(Locale.ROOT));
        }
        return out;
    }

    private static List<String> riskTexts(Consultation c) {
        List<String> out = new ArrayList<>();
        for (Risk r : c.risks()) {
            out.add((r.title() + " " + r.description() + " " + r.mitigation()).toLowerCase(Locale.ROOT));
        }
        return out;
    }

    @Test
    void noDesignAlertsOrRisksOnABrokerOrCacheItDoesNotHave() {
        Map<String, dev.architect.request.ConsultationRequest> all = new java.util.LinkedHashMap<>(Requests.everyRequest());
        for (String fresh : List.of("fleet-maintenance", "quiz-league", "grid-sensors", "loyalty-points")) {
            all.put(fresh, Requests.fresh(fresh));
        }
        int withoutBroker = 0;
        int withoutCache = 0;
        for (var e : all.entrySet()) {
            Consultation c = OfflineArchitect.create().consult(e.getValue());
            if (!has(c, ContainerKind.MESSAGE_BROKER)) {
                withoutBroker++;
                assertThat(alertTexts(c)).as(e.getKey()).noneMatch(t -> t.contains("broker") || t.contains("dead-letter") || t.contains("consumer lag"));
                assertThat(riskTexts(c)).as(e.getKey()).noneMatch(t -> t.contains("duplicate message") || t.contains("consumer lag"));
            }
            if (!has(c, ContainerKind.CACHE) && c.c4().containers().stream().noneMatch(x -> x.id().equals("cdn"))) {
                withoutCache++;
                assertThat(alertTexts(c)).as(e.getKey()).noneMatch(t -> t.contains("cache hit ratio"));
                assertThat(riskTexts(c)).as(e.getKey()).noneMatch(t -> t.contains("stale cached"));
            }
        }
        assertThat(withoutBroker).isPositive();
        assertThat(withoutCache).isPositive();
    }

    @Test
    void aZeroRpoOnASynchronousStandbyAlertsOnLostSynchronousReplicationNotOnHalfTheRpo() {
        Consultation c = consult("fleet-maintenance");

        assertThat(alertTexts(c)).noneMatch(t -> t.contains("half the") || t.startsWith("replication-lag"));
        assertThat(c.operations().alerts()).anySatisfy(a -> {
            assertThat(a.name()).isEqualTo("synchronous-replication-lost");
            assertThat(a.action()).contains("RPO is 0");
        });
    }

    @Test
    void storesWithoutAnAsynchronousStandbyHaveNoReplicationLagAlert() {
        for (String fresh : List.of("grid-sensors", "loyalty-points", "quiz-league")) {
            Consultation c = consult(fresh);
            assertThat(c.operations().alerts()).as(fresh).noneMatch(a -> a.name().endsWith("replication-lag") || a.name().equals("replica-lag"));
        }
    }

    @Test
    void availabilityRunbooksDescribeTheChosenStoresOwnFailover() {
        Consultation standby = consult("fleet-maintenance");
        Consultation consensus = consult("loyalty-points");
        Consultation oneZone = consult("quiz-league");

        assertThat(standby.operations().backupAndRecovery().strategy()).contains("Amazon RDS for PostgreSQL").contains("synchronous standby");
        assertThat(fastBurn(standby).action()).contains("promotes the synchronous standby");
        assertThat(consensus.operations().backupAndRecovery().strategy()).contains("Aurora DSQL").contains("consensus")
                .doesNotContain("standby in");
        assertThat(fastBurn(consensus).action()).contains("no failover step");
        assertThat(fastBurn(oneZone).action()).contains("restore").contains("240-minute RTO").doesNotContain("standby");
    }

    private static Alert fastBurn(Consultation c) {
        return c.operations().alerts().stream().filter(a -> a.name().endsWith("-fast-burn")).findFirst().orElseThrow();
    }
}
