package dev.architect.offline;

import static org.assertj.core.api.Assertions.assertThat;

import dev.architect.dossier.Consultation;
import dev.architect.dossier.Decision;
import dev.architect.dossier.DecisionTopic;
import dev.architect.request.RequestReader;
import org.junit.jupiter.api.Test;

/**
 * How a regime is met depends on more than the team's size: evidence gathered by hand suits a small team only while
 * the system is small too, in one region and with little data, so the same three people get controls as code once
 * their system spans regions or holds terabytes.
 */
class ComplianceWeighsScopeTest {

    private static final OfflineArchitect ARCHITECT = OfflineArchitect.create();

    /** An invoicing tool for bakeries, three developers, SOC 2 for its B2B customers. */
    private static String bakeries(String regions, double initialGb, double growthGb) {
        return String.format(java.util.Locale.ROOT, """
                system: Crumb
                description: >
                  Wholesale bakeries send invoices and delivery notes to the cafes they supply; cafes pay by bank transfer.
                capabilities: [invoices, delivery notes, customers]
                load: {peakRequestsPerSecond: 12, readWriteRatio: 5}
                data: {initialVolumeGb: %s, growthGbPerMonth: %s, retentionYears: 7}
                compliance: [SOC2]
                team: {size: 3, expertise: [PHP, Laravel, MySQL]}
                deployment: {cloud: aws, regions: [%s]}
                """, initialGb, growthGb, regions);
    }

    private static Decision soc2(String yaml) {
        Consultation c = ARCHITECT.consult(RequestReader.readString(yaml));
        return c.decisions().stream().filter(d -> d.topic() == DecisionTopic.COMPLIANCE && d.context().contains("SOC 2")).findFirst().orElseThrow();
    }

    @Test
    void aSmallTeamWithASmallSystemInOneRegionGathersEvidenceByHand() {
        // 20 GB + 60 months x 1 GB = 80 GB after five years, one region
        assertThat(soc2(bakeries("eu-west-1", 20, 1)).chosenOption()).startsWith("Manual evidence");
    }

    @Test
    void theSameTeamAcrossThreeRegionsRunsControlsAsCode() {
        Decision d = soc2(bakeries("eu-west-1, us-east-1, ap-southeast-2", 20, 1));
        assertThat(d.chosenOption()).startsWith("Controls as code");
        assertThat(d.rationale()).contains("3 regions").contains("Manual evidence collection before each audit is built for regions requested of at most 1, and Crumb is past that with 3 regions");
    }

    @Test
    void theSameTeamHoldingTerabytesRunsControlsAsCode() {
        // 1,500 GB + 60 months x 100 GB = 7,500 GB after five years: 7.5 times the terabyte evidence by hand stays credible for
        Decision d = soc2(bakeries("eu-west-1", 1_500, 100));
        assertThat(d.chosenOption()).startsWith("Controls as code");
        assertThat(d.rationale()).contains("7,500 GB");
    }
}
