package dev.architect.validation;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.architect.dossier.Consultation;
import java.util.List;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;

/**
 * The texts written after the decisions follow them: the roadmap, the flows and the runbook rely on nothing the chosen
 * engine lacks, the roadmap builds nothing an ADR rejected, the runbook fails a primary-and-standby store over, and no
 * cost item pays for a product nothing chose or for a standby beside a single-zone decision. Each rule is shown
 * failing on the sample dossier with one edit, and holding where the edit is consistent.
 */
class ArtifactsFollowTheDecisionsTest {

    private static Consultation sampleWith(Consumer<ObjectNode> edit) {
        return EditedSamples.sampleWith(edit);
    }

    private static List<Violation> broken(Consultation c, DossierValidator.Rule rule) {
        return EditedSamples.found(c, null, rule);
    }

    private static void deliverable(ObjectNode t, int phase, String text) {
        ((ArrayNode) t.at("/roadmap/phases/" + phase + "/deliverables")).add(text);
    }

    private static void database(ObjectNode t, String technology, String chosenOption) {
        ((ObjectNode) t.at("/c4/containers/2")).put("technology", technology);
        ((ObjectNode) t.at("/decisions/1/options/0")).put("name", chosenOption);
        ((ObjectNode) t.at("/decisions/1")).put("chosenOption", chosenOption);
    }

    @Test
    void aRoadmapPhaseThatReliesOnAnExclusionConstraintOnMySqlIsAnError() {
        Consultation c = sampleWith(t -> {
            database(t, "Cloud SQL for MySQL 8", "MySQL with read replicas");
            deliverable(t, 0, "Hold and confirm with the exclusion constraint");
        });

        assertThat(broken(c, DossierValidator.Rule.ENGINE_FEATURE)).singleElement().satisfies(v -> {
            assertThat(v.severity()).isEqualTo(Severity.ERROR);
            assertThat(v.path()).isEqualTo("roadmap.phases[0]");
            assertThat(v.message()).isEqualTo("relies on 'exclusion constraint', which MySQL (the engine of the C4 databases) does not have");
        });
    }

    @Test
    void theSameExclusionConstraintOnPostgreSqlAndARangeLockOnSqlServerAreNotErrors() {
        Consultation postgres = sampleWith(t -> deliverable(t, 0, "Hold and confirm with the exclusion constraint"));
        Consultation sqlServer = sampleWith(t -> {
            database(t, "Azure SQL Database (zone-redundant)", "Azure SQL Database (zone-redundant)");
            deliverable(t, 0, "Hold and confirm under a range lock (UPDLOCK, HOLDLOCK)");
        });

        assertThat(broken(postgres, DossierValidator.Rule.ENGINE_FEATURE)).isEmpty();
        assertThat(broken(sqlServer, DossierValidator.Rule.ENGINE_FEATURE)).isEmpty();
    }

    @Test
    void aFlowStepWithPostgreSqlLockingOnSqlServerIsAnError() {
        Consultation c = sampleWith(t -> {
            database(t, "Azure SQL Database (zone-redundant)", "Azure SQL Database (zone-redundant)");
            ((ObjectNode) t.at("/sequences/0/steps/0")).put("message", "Claim due cases with FOR UPDATE SKIP LOCKED");
        });

        assertThat(broken(c, DossierValidator.Rule.ENGINE_FEATURE)).singleElement().satisfies(v -> {
            assertThat(v.path()).isEqualTo("sequences[0]");
            assertThat(v.message()).contains("'SKIP LOCKED', which SQL Server");
        });
    }

    @Test
    void aRoadmapPhaseThatBuildsWhatADecisionRejectedIsAnError() {
        Consultation c = sampleWith(t -> deliverable(t, 1, "Move the cart to DynamoDB"));

        assertThat(broken(c, DossierValidator.Rule.PLAN_NAMES_REJECTED)).singleElement().satisfies(v -> {
            assertThat(v.severity()).isEqualTo(Severity.ERROR);
            assertThat(v.path()).isEqualTo("roadmap.phases[1]");
            assertThat(v.message()).isEqualTo("phase 'phase-2' builds 'DynamoDB', which decision 'adr-0002' rejected");
        });
    }

    @Test
    void aRoadmapWordThatIsOnlyATechStackAlternativeIsNotARejectedBuild() {
        Consultation c = sampleWith(t -> {
            ObjectNode language = (ObjectNode) t.at("/techStack/0");
            language.withArray("alternatives").add("Go");
            deliverable(t, 1, "Go live behind a feature flag");
        });

        assertThat(broken(c, DossierValidator.Rule.PLAN_NAMES_REJECTED)).isEmpty();
    }

    @Test
    void aRunbookThatSaysAPrimaryAndStandbyStoreNeedsNoFailoverStepIsAnError() {
        Consultation c = sampleWith(t -> ((ObjectNode) t.at("/operations/backupAndRecovery")).put("strategy",
                "Amazon Timestream for InfluxDB replicates each partition across zones itself; losing a node or zone needs no failover step"));

        assertThat(broken(c, DossierValidator.Rule.RUNBOOK_FAILOVER)).singleElement().satisfies(v -> {
            assertThat(v.severity()).isEqualTo(Severity.ERROR);
            assertThat(v.path()).isEqualTo("operations.backupAndRecovery.strategy");
            assertThat(v.message()).startsWith("says 'no failover step' of a InfluxDB store");
        });
    }

    @Test
    void aConsensusStoreNeedsNoFailoverStepAndAnotherStoreInTheNextSentenceIsNotBlamed() {
        Consultation c = sampleWith(t -> ((ObjectNode) t.at("/operations/alerts/0")).put("action",
                "Amazon Aurora DSQL agrees each write by consensus, with no failover step. Restore the PostgreSQL reporting copy from backups"));

        assertThat(broken(c, DossierValidator.Rule.RUNBOOK_FAILOVER)).isEmpty();
    }

    @Test
    void aCostItemForAStreamNothingChoseIsAnError() {
        // The line keeps its amount, so the total still adds up: only what it pays for changes.
        Consultation c = sampleWith(t -> ((ObjectNode) t.at("/cost/items/1")).put("id", "ingest-throughput")
                .put("name", "Ingestion stream throughput").put("assumption", "Amazon Kinesis Data Streams on-demand, per GB"));

        assertThat(broken(c, DossierValidator.Rule.COST_NOT_CHOSEN)).singleElement().satisfies(v -> {
            assertThat(v.severity()).isEqualTo(Severity.ERROR);
            assertThat(v.path()).isEqualTo("cost.items[1]");
            assertThat(v.message()).isEqualTo("cost item 'ingest-throughput' pays for Kinesis, which no decision, container, tech stack "
                    + "entry or external system chose");
        });
    }

    @Test
    void aCostItemForAProductAContainerRunsIsNotAnError() {
        Consultation c = sampleWith(t -> {
            ((ObjectNode) t.at("/c4/containers/3")).put("technology", "Amazon ElastiCache for Redis 7");
            ((ObjectNode) t.at("/cost/items/1")).put("id", "cache-nodes").put("name", "ElastiCache nodes").put("containerId", "cache");
        });

        assertThat(broken(c, DossierValidator.Rule.COST_NOT_CHOSEN)).isEmpty();
    }

    @Test
    void aStandbyPricedBesideASingleZoneDecisionIsAnAvailabilityError() {
        Consultation c = sampleWith(t -> {
            ObjectNode d = ((ObjectNode) t.at("/decisions/0")).deepCopy();
            d.put("id", "adr-0003").put("topic", "AVAILABILITY").put("chosenOption", "Single zone with backups");
            ((ObjectNode) d.at("/options/0")).put("name", "Single zone with backups").put("summary", "One zone; restore from backups");
            ((ArrayNode) t.get("decisions")).add(d);
            ((ObjectNode) t.at("/cost/items/1")).put("name", "PostgreSQL primary and standby");
        });

        assertThat(broken(c, DossierValidator.Rule.AVAILABILITY_TOPOLOGY)).anySatisfy(v -> {
            assertThat(v.severity()).isEqualTo(Severity.ERROR);
            assertThat(v.path()).isEqualTo("cost.items[1]");
            assertThat(v.message()).isEqualTo("decision 'adr-0003' runs in a single zone but cost item 'database' pays for a standby "
                    + "(primary and standby)");
        });
    }

    /** The sample with a search decision choosing {@code chosen}, its rationale as given. */
    private static Consultation searchDecision(String chosen, String rationale) {
        return sampleWith(t -> {
            ObjectNode d = ((ObjectNode) t.at("/decisions/0")).deepCopy();
            d.put("id", "adr-0003").put("topic", "SEARCH_ENGINE").put("chosenOption", chosen).put("rationale", rationale);
            ((ObjectNode) d.at("/options/0")).put("name", chosen).put("summary", "A dedicated engine fed from the outbox");
            ((ObjectNode) d.at("/options/1")).put("name", "Full-text search in the primary database").put("summary", "A GIN index");
            ((ArrayNode) t.get("decisions")).add(d);
        });
    }

    @Test
    void aDecisionOnTheJobOfANamedIntegrationThatNeverNamesItIsAnError() {
        dev.architect.request.ConsultationRequest request = dev.architect.request.ConsultationRequest.builder("ShopFast", "An online store")
                .integration("Algolia", "product search").build();
        Consultation silent = searchDecision("Amazon OpenSearch Service fed from the outbox", "Relevance tuning at the peak read rate");

        List<Violation> violations = DossierValidator.validate(silent, request).violations().stream()
                .filter(v -> v.rule().equals(DossierValidator.Rule.NAMED_INTEGRATION.id())).toList();

        assertThat(violations).singleElement().satisfies(v -> {
            assertThat(v.severity()).isEqualTo(Severity.ERROR);
            assertThat(v.path()).isEqualTo("decisions[2]");
            assertThat(v.message()).isEqualTo("decision 'adr-0003' on search engine never names 'Algolia', which the request integrates "
                    + "for product search; choose it, or say in the rationale why not");
        });
    }

    @Test
    void aNamedIntegrationChosenOrRejectedInTheRationaleIsNotAnError() {
        dev.architect.request.ConsultationRequest request = dev.architect.request.ConsultationRequest.builder("ShopFast", "An online store")
                .integration("Algolia", "product search").build();
        Consultation chosen = searchDecision("Algolia fed from the outbox", "Relevance tuning at the peak read rate");
        Consultation whyNot = searchDecision("Amazon OpenSearch Service fed from the outbox",
                "Algolia, which the request names, bills per search request, and 4,000 searches a second would cost more than the nodes");

        for (Consultation c : List.of(chosen, whyNot)) {
            assertThat(DossierValidator.validate(c, request).violations())
                    .noneMatch(v -> v.rule().equals(DossierValidator.Rule.NAMED_INTEGRATION.id()));
        }
    }
}
