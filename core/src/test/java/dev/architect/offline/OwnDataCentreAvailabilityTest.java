package dev.architect.offline;

import static org.assertj.core.api.Assertions.assertThat;

import dev.architect.dossier.Consultation;
import dev.architect.dossier.DecisionTopic;
import dev.architect.dossier.Risk;
import dev.architect.testing.ValidDossiers;
import org.junit.jupiter.api.Test;

/**
 * A system hosted in the organisation's one data centre is made available by redundant hosts in separate racks, not by
 * zones or a second region it does not have: the decision, the instance floor, the recovery strategy and the risk say
 * so, and losing the building is stated as the risk the business accepts or answers with a second site.
 */
class OwnDataCentreAvailabilityTest {

    private static final String LIBRARY = """
            system: Shelfmark
            description: Loans, holds and fines for a county's 14 public libraries. The county hosts everything in its own data centre.
            capabilities: [loans, holds, fines]
            load: {peakRequestsPerSecond: 150, readWriteRatio: 6, monthlyActiveUsers: 60000}
            availability: {targetPercent: 99.9, rpoMinutes: 15, rtoMinutes: 60}
            team: {size: 4, expertise: [Java, PostgreSQL]}
            deployment: {cloud: on-premises}
            """;

    @Test
    void aNinetyNineNineTargetInOneOwnDataCentreRunsOnRedundantHostsAndStatesTheSiteAsTheLimit() {
        Consultation c = ValidDossiers.of(LIBRARY);

        assertThat(c.decision(DecisionTopic.AVAILABILITY).orElseThrow().chosenOption()).isEqualTo("Redundant hosts with automatic, tested failover");
        assertThat(c.cost().items()).filteredOn(i -> i.id().equals("app-compute")).singleElement()
                .satisfies(i -> assertThat(i.assumption()).contains("one on each of 3 hosts in separate racks").doesNotContain("zone"));
        assertThat(c.operations().backupAndRecovery().strategy()).contains("backups kept in the data centre").doesNotContain("region");
        assertThat(c.risks()).extracting(Risk::id).contains("risk-site-outage").doesNotContain("risk-region-outage");
        assertThat(c.risks()).filteredOn(r -> r.id().equals("risk-site-outage")).singleElement()
                .satisfies(r -> assertThat(r.mitigation()).contains("off site").contains("second site"));
    }

    @Test
    void theSameRequestInACloudRegionStillSpreadsOverZones() {
        Consultation c = ValidDossiers.of(LIBRARY.replace("The county hosts everything in its own data centre.", "")
                .replace("cloud: on-premises", "cloud: aws, regions: [eu-west-1]"));

        assertThat(c.decision(DecisionTopic.AVAILABILITY).orElseThrow().chosenOption()).isEqualTo("Multi-zone with automatic, tested failover");
        assertThat(c.risks()).extracting(Risk::id).contains("risk-region-outage").doesNotContain("risk-site-outage");
    }

    @Test
    void aStoreThatReplicatesItselfInTheOwnDataCentreFailsOverAcrossRacksNotZones() {
        // 2,000 pumps sending a reading every 10 s on premises: a time-series store that replicates its partitions itself
        Consultation c = ValidDossiers.of("""
                system: Pumpwatch
                description: Telemetry from 2,000 water pumps, each sending a reading every 10 seconds, with alerts to the control room. \
                The utility hosts everything in its own data centre.
                capabilities: [pump telemetry, alerts, pump history]
                load: {peakRequestsPerSecond: 400, readWriteRatio: 0.2, monthlyActiveUsers: 200}
                data: {initialVolumeGb: 200, growthGbPerMonth: 150, retentionYears: 5}
                availability: {targetPercent: 99.9, rpoMinutes: 5, rtoMinutes: 60}
                team: {size: 5, expertise: [Python, PostgreSQL]}
                deployment: {cloud: on-premises}
                """);

        assertThat(c.operations().backupAndRecovery().strategy()).doesNotContainIgnoringCase("zone").doesNotContain("region");
        assertThat(c.c4().containers()).allSatisfy(x -> assertThat(x.technology()).doesNotContain(" or "));
    }
}
