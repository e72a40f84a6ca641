package dev.architect.offline;

import static org.assertj.core.api.Assertions.assertThat;

import dev.architect.dossier.Consultation;
import dev.architect.request.RequestReader;
import org.junit.jupiter.api.Test;

/**
 * An audit trail writes one event for each write of the capabilities it audits: its share of the writes follows theirs
 * (load-profiles.yaml followsWrites), not a fixed weight of 1 that would take most of the writes of a quiet system.
 */
class AuditTrailWritesFollowTheAuditedWritesTest {

    private static final OfflineArchitect ARCHITECT = OfflineArchitect.create();

    private static final String LOCKER = """
            system: Lockbox
            description: >
              An evidence locker for a regional police force. Officers book seized items in, move them between lockers and labs,
              and every access and change is kept in a tamper-evident audit trail for the courts.
            goals: [every item's chain of custody can be shown in court]
            actors:
              - {name: Officer, description: books items in and moves them}
              - {name: Auditor, description: reviews the chain of custody}
            capabilities: [item intake, item transfers, audit trail]
            load: {peakRequestsPerSecond: 100, readWriteRatio: 4, monthlyActiveUsers: 3000}
            team: {size: 6, expertise: [Java, PostgreSQL]}
            deployment: {cloud: aws, regions: [eu-west-2]}
            """;

    @Test
    void theAuditTrailWritesAsMuchAsTheCapabilitiesItAudits() {
        Consultation c = ARCHITECT.consult(RequestReader.readString(LOCKER));

        // Peak 100 requests/s at 4 reads per write: 80 reads/s and 20 writes/s.
        // Item intake and item transfers are described by nothing, so each takes the lower of the profiles' median
        // (0.3 of reads, 0.1 of writes) and the one described capability's weights (0.05, 1): 0.05 of reads, 0.1 of writes.
        // The audit trail (custody-audit) reads 0.05 and writes once per audited write: 0.1 + 0.1 = 0.2 of writes.
        // Reads 0.05 x 3 = 0.15: 80 x 0.05 / 0.15 = 26.67 reads/s each.
        // Writes 0.1 + 0.1 + 0.2 = 0.4: 20 x 0.1 / 0.4 = 5 writes/s for each audited capability, 20 x 0.2 / 0.4 = 10 for the
        // trail, which writes 5 + 5 = 10, as many as it audits (a fixed weight of 1 gave it 20 x 1 / 1.2 = 16.67, 83%).
        assertThat(c.cost().assumptions()).anyMatch(a -> a.startsWith("[as-part-load]")
                && a.contains("20 writes/s x its write weight / 0.4")
                && a.contains("item intake: 0.05 of reads, 0.1 of writes")
                && a.contains("audit trail: 0.05 of reads, 0.2 of writes")
                && a.contains("its write weight is theirs added up: 0.1 (item intake) + 0.1 (item transfers) = 0.2) = 26.67 reads/s and 10 writes/s"));
    }
}
