package dev.architect.offline;

import static org.assertj.core.api.Assertions.assertThat;

import dev.architect.dossier.Consultation;
import dev.architect.dossier.CostLineItem;
import dev.architect.dossier.DecisionTopic;
import dev.architect.dossier.RoadmapPhase;
import dev.architect.dossier.SequenceDiagram;
import dev.architect.request.ConsultationRequest;
import dev.architect.request.RequestReader;
import dev.architect.validation.DossierValidator;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/**
 * The roadmap, the flows, the runbook and the cost follow what the decisions chose, on requests written for this test
 * ({@code src/test/resources/consistency-requests}): a booking on MySQL is guarded by the mechanism its ADR chose, not an
 * exclusion constraint; a zone-redundant SQL Server and a Multi-AZ InfluxDB fail over; a single zone prices no standby;
 * readings that ride the chosen stream are not billed to a second stream product; an integration the request names for a
 * decision's job (search, moderation, bank statements) is what the ADR chooses, the C4 draws and the cost does not replace.
 */
class DossierTextFollowsTheDecisionsTest {

    private static ConsultationRequest request(String name) {
        return RequestReader.read(Path.of("src", "test", "resources", "consistency-requests", name + ".yaml"));
    }

    private static String text(RoadmapPhase p) {
        return p.name() + " " + String.join(" ", p.deliverables()) + " " + String.join(" ", p.exitCriteria());
    }

    private static String text(SequenceDiagram s) {
        return s.title() + " " + s.description() + " " + String.join(" ", s.steps().stream().map(x -> x.message()).toList());
    }

    @ParameterizedTest
    @ValueSource(strings = {"court-booking", "ferry-dispatch", "vineyard-sensors", "parts-catalogue", "rent-collection"})
    void theDossierPassesTheValidatorWithItsRequest(String name) {
        ConsultationRequest r = request(name);

        assertThat(DossierValidator.validate(OfflineArchitect.create().consult(r), r).describe()).isEmpty();
    }

    @Test
    void aBookingOnMySqlIsPlannedAndDrawnWithTheMechanismItsDecisionChose() {
        Consultation c = OfflineArchitect.create().consult(request("court-booking"));
        String chosen = c.decision(DecisionTopic.BOOKING_CONSISTENCY).orElseThrow().chosenOption();

        assertThat(c.c4().containers()).anyMatch(k -> k.technology().contains("MySQL"));
        assertThat(chosen).isEqualTo("Serializable transaction with a range lock on resource and period (UPDLOCK, HOLDLOCK on SQL Server; "
                + "SELECT ... FOR UPDATE on MySQL)");
        assertThat(c.roadmap().phases()).anySatisfy(p -> assertThat(p.deliverables())
                .contains("Hold and confirm, guarded by the overlap check in a serializable transaction"));
        assertThat(c.roadmap().phases()).noneMatch(p -> text(p).toLowerCase(java.util.Locale.ROOT).contains("exclusion"));
        assertThat(c.sequences()).noneMatch(s -> text(s).toLowerCase(java.util.Locale.ROOT).contains("exclusion"));
        assertThat(c.sequences()).filteredOn(s -> s.id().equals("seq-book-slot")).singleElement()
                .satisfies(s -> assertThat(s.description()).startsWith("The overlap check in a serializable transaction decides"));
    }

    @Test
    void aSingleZoneDesignPricesThePrimaryDatabaseAloneWithNoStandby() {
        Consultation c = OfflineArchitect.create().consult(request("court-booking"));
        CostLineItem db = c.cost().items().stream().filter(i -> i.id().equals("db-instances")).findFirst().orElseThrow();

        assertThat(c.decision(DecisionTopic.AVAILABILITY).orElseThrow().chosenOption()).containsIgnoringCase("single zone");
        assertThat(db.quantity()).isEqualTo(1.0);
        assertThat(db.assumption()).contains("1 small instance (").contains("the primary alone").doesNotContain("standby");
    }

    @Test
    void aZoneRedundantSqlServerRunbookFailsOverInsteadOfClaimingNoFailoverStep() {
        Consultation c = OfflineArchitect.create().consult(request("ferry-dispatch"));
        String strategy = c.operations().backupAndRecovery().strategy();

        assertThat(c.c4().containers()).anyMatch(k -> k.technology().equals("Azure SQL Database (zone-redundant)"));
        assertThat(strategy).startsWith("Azure SQL Database (zone-redundant) fails over to its synchronous replica in another zone")
                .doesNotContain("no failover step");
        assertThat(c.operations().alerts()).noneMatch(a -> a.action().contains("no failover step"));
    }

    @Test
    void readingsOnTheChosenStreamAreATopicThereAndAMultiAzInfluxDbFailsOver() {
        Consultation c = OfflineArchitect.create().consult(request("vineyard-sensors"));
        List<String> items = c.cost().items().stream().map(i -> i.id() + " " + i.name() + " " + i.assumption()).toList();

        assertThat(c.decision(DecisionTopic.MESSAGING).orElseThrow().chosenOption()).contains("MSK");
        assertThat(items).noneMatch(i -> i.contains("Kinesis"));
        assertThat(items).anyMatch(i -> i.startsWith("ingest-stream-retention") && i.contains("a topic on the design's stream"));
        assertThat(c.roadmap().phases()).anySatisfy(p -> assertThat(p.deliverables()).contains("Ingestion path: MQTT broker into a stream"));
        assertThat(c.operations().backupAndRecovery().strategy())
                .startsWith("Amazon Timestream for InfluxDB (Multi-AZ) fails over from its primary to the standby in another zone")
                .doesNotContain("no failover step");
    }

    @Test
    void aHostedSearchEngineAndAModerationVendorTheRequestNamesAreChosenDrawnAndNotPricedAsAnotherProduct() {
        Consultation c = OfflineArchitect.create().consult(request("parts-catalogue"));

        assertThat(c.decision(DecisionTopic.SEARCH_ENGINE).orElseThrow().chosenOption()).isEqualTo("Typesense Cloud fed from the outbox");
        assertThat(c.decision(DecisionTopic.CONTENT_MODERATION).orElseThrow().chosenOption()).isEqualTo("Classifier worker calling Hive Moderation");
        assertThat(c.c4().containers()).filteredOn(k -> k.id().equals("search-index")).singleElement()
                .satisfies(k -> assertThat(k.technology()).isEqualTo("Typesense Cloud"));
        assertThat(c.cost().items()).noneMatch(i -> i.id().equals("search-index-nodes"));
        assertThat(c.cost().items()).noneMatch(i -> (i.name() + " " + i.assumption()).contains("OpenSearch"));
        assertThat(c.cost().assumptions()).anyMatch(a -> a.startsWith("[named-search-engine] The search index is Typesense Cloud"));
    }

    @Test
    void aBankChannelTheRequestNamesForStatementsIsChosenAndTheAdrSaysWhatItTrades() {
        Consultation c = OfflineArchitect.create().consult(request("rent-collection"));
        var matching = c.decision(DecisionTopic.PAYMENT_MATCHING).orElseThrow();

        assertThat(matching.chosenOption()).isEqualTo("camt.053 statements over SFTP/EBICS, matched in the application");
        assertThat(matching.rationale()).startsWith("The request names Nordbank EBICS for account statements, so daily bank statement "
                + "files matched by reference is chosen for RentLedger");
        assertThat(matching.options()).anyMatch(o -> o.name().startsWith("Open-banking aggregator"));
    }
}
