package dev.architect.offline;

import static org.assertj.core.api.Assertions.assertThat;

import dev.architect.dossier.Consequence;
import dev.architect.dossier.Consultation;
import dev.architect.dossier.CostEstimate;
import dev.architect.dossier.CostLineItem;
import dev.architect.dossier.Decision;
import dev.architect.dossier.DecisionTopic;
import dev.architect.request.ConsultationRequest;
import dev.architect.validation.DossierValidator;
import dev.architect.validation.Violation;
import dev.architect.request.RequestReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/**
 * A database billed by instances when personal data is pinned to each person's home region (catalogue
 * {@code gdpr-home-region-pinning}): each region runs its own primary and standby for the people homed there, the data
 * is stored once across the regions, and nothing copies the whole database to the other region. The request
 * ({@code costs/pinned-trials.yaml}) runs in us-east-1 first, so list prices are {@code prices.yaml}'s for AWS
 * (regional ratio 1): RDS for PostgreSQL db.t4g.large $94.17 a month, gp3 storage $0.115 per GB-month.
 */
class HomeRegionPinnedDatabaseTest {

    private static final OfflineArchitect ARCHITECT = OfflineArchitect.create();

    private static CostLineItem item(CostEstimate cost, String id) {
        return cost.items().stream().filter(i -> i.id().equals(id)).findFirst().orElseThrow(() -> new AssertionError("no line " + id));
    }

    @Test
    void eachRegionRunsItsOwnPrimaryAndStandbyAndStoresItsResidentsShareOnce() {
        Consultation c = ARCHITECT.consult(CostArchetypesTest.archetype("pinned-trials"));
        assertThat(c.decisions()).anyMatch(d -> d.chosenOption().contains("pinned to each person's home region"));
        CostEstimate cost = c.cost();

        // 120 requests/s at 3 reads per write: 30 writes/s and 90 reads/s, 3.6 reads/s after the cache: a small instance
        // (at most 500 operations/s). Multi-AZ: a primary and a standby in each of the 2 regions = 2 x 2 = 4 instances,
        // not 2 + 1 cross-region replica. 4 x $94.17 = $376.68 a month.
        CostLineItem instances = item(cost, "db-instances");
        assertThat(instances.quantity()).isEqualTo(4);
        assertThat(instances.monthly()).isEqualTo(376.68);
        assertThat(instances.assumption()).contains("in each of the 2 regions").doesNotContain("cross-region replica in each");

        // Month 1: 200 GB stated, split between the regions by home region, so stored once: 200 GB x 1.3 (indexes)
        // x 2 copies (primary and standby of a region) = 520 GB x $0.115 = $59.80; a copy per region would be
        // 200 x 1.3 x 3 instances = 780 GB ($89.70).
        CostLineItem storage = item(cost, "db-storage");
        assertThat(storage.quantity()).isEqualTo(520);
        assertThat(storage.monthly()).isEqualTo(59.80);
        assertThat(storage.assumption()).contains("stored once across them");

        // Each region serves the people homed there (an even split assumed): 30 writes/s + 90 reads/s, none cached at the CDN
        // (a trial's records answer signed-in staff, assumption as-content-kind) = 120 requests/s at the origin, / 2 = 60 a
        // region, at least 3 instances in each of the 2 regions = 6, no standby region
        CostLineItem app = item(cost, "app-compute");
        assertThat(app.quantity()).isEqualTo(6);
        assertThat(app.assumption()).contains("3 in each of 2 regions").doesNotContain("standby region");

        // No region receives a copy of the other's data: no cross-region replication traffic is priced for the database.
        assertThat(cost.items()).noneMatch(i -> i.id().equals("db-replication"));
        assertThat(cost.assumptions()).anyMatch(a -> a.startsWith("[as-recovery-mode] Personal data is pinned to each person's home region"));
    }

    @Test
    void withoutPinningInTwoUsRegionsTheSecondHoldsACrossRegionReplicaOfTheWholeDatabase() throws IOException {
        // The same request without GDPR or the EU constraint, in two US regions: nothing pins the data to a home region
        String yaml;
        try (InputStream in = HomeRegionPinnedDatabaseTest.class.getResourceAsStream("/costs/pinned-trials.yaml")) {
            yaml = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        ConsultationRequest unpinned = RequestReader.read(new ByteArrayInputStream(yaml
                .replace("compliance: [HIPAA, GDPR, ISO 27001]", "compliance: [HIPAA, ISO 27001]")
                .replace("constraints: [EU patient data stays in the EU, ", "constraints: [")
                .replace("regions: [us-east-1, eu-west-1]", "regions: [us-east-1, us-west-2]").getBytes(StandardCharsets.UTF_8)));
        assertThat(unpinned.compliance()).hasSize(2);
        CostEstimate cost = ARCHITECT.cost(unpinned);

        // 2 (primary and standby) + 1 cross-region replica = 3 instances x $94.17 = $282.51; storage 200 x 1.3 x 3 = 780 GB
        // x $0.115 = $89.70; 15 GB written a month x 1 other region replicated
        assertThat(item(cost, "db-instances").quantity()).as(item(cost, "db-instances").assumption()).isEqualTo(3);
        assertThat(item(cost, "db-instances").monthly()).isEqualTo(282.51);
        assertThat(item(cost, "db-storage").quantity()).isEqualTo(780);
        assertThat(item(cost, "db-storage").monthly()).isEqualTo(89.70);
        assertThat(item(cost, "db-replication").quantity()).isEqualTo(15);
    }

    @Test
    void theRunbookTheRisksAndTheAvailabilityDecisionKeepEachRegionsDataAtHome() {
        Consultation c = ARCHITECT.consult(CostArchetypesTest.archetype("pinned-trials"));

        // Failover stays within a region; a lost region's residents wait for it: the runbook says so and copies nothing away
        String strategy = c.operations().backupAndRecovery().strategy();
        assertThat(strategy).doesNotContain("Data replicated to a second region")
                .contains("pinned to each person's home region").contains("Losing a whole region leaves its residents' records unavailable");
        assertThat(c.operations().alerts()).noneMatch(a -> a.name().equals("cross-region-replication-lag"))
                .anyMatch(a -> a.name().equals("personal-data-outside-home-region"));
        assertThat(c.risks()).noneMatch(r -> r.id().equals("risk-replication")).anyMatch(r -> r.id().equals("risk-home-region-outage"));

        Decision availability = c.decisions().stream().filter(d -> d.topic() == DecisionTopic.AVAILABILITY).findFirst().orElseThrow();
        assertThat(availability.consequences()).extracting(Consequence::text)
                .noneMatch(t -> t.contains("replicated data") || t.contains("Replicating"))
                .anyMatch(t -> t.contains("no cross-region copy of the database"));
        assertThat(availability.chosen().summary()).doesNotContain("replicated data").contains("its own database (primary and standby)");
        assertThat(availability.chosen().cons()).noneMatch(t -> t.contains("Replicating"));
        assertThat(availability.chosen().pros().get(0)).startsWith("Losing a whole region stops service only for the people homed there");
        assertThat(availability.rationale()).doesNotContain("survives the loss of a whole region");
        // The validator holds the dossier to the pinning: no cost item or runbook text copies the database away
        assertThat(DossierValidator.validate(c, CostArchetypesTest.archetype("pinned-trials")).violations()).extracting(Violation::rule)
                .doesNotContain(DossierValidator.Rule.HOME_REGION_COPY.id(), DossierValidator.Rule.RESIDENCY_REGIONS.id());
    }
}
