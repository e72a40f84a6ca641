package dev.architect.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static dev.architect.validation.EditedSamples.broken;
import static dev.architect.validation.EditedSamples.sampleWith;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.architect.dossier.Consultation;
import dev.architect.dossier.DossierJson;
import dev.architect.testing.SampleDossiers;
import java.util.List;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;

/**
 * What the prose of a dossier claims, the rest of it holds: a failover to another region needs a region with a copy; a
 * runbook for one writing region does not fit regions that all write; an asynchronous copy is not written as meeting an
 * RPO of 0; backups copied to another region are priced; a trail bound to the document's hash keeps the hash; a broker
 * is not drawn on an option that chose none. Each rule is broken on the sample dossier by one edit, and holds where the
 * edit is consistent.
 */
class ProseClaimsHoldAgainstTheDataTest {

    /** Adds decision adr-0003 on {@code topic}, choosing {@code chosen}, with a title and one neutral consequence. */
    private static void decision(ObjectNode t, String topic, String title, String chosen, String summary, String consequence) {
        ObjectNode d = ((ObjectNode) t.at("/decisions/0")).deepCopy();
        d.put("id", "adr-0003").put("topic", topic).put("title", title).put("chosenOption", chosen);
        ((ObjectNode) d.at("/options/0")).put("name", chosen).put("summary", summary);
        ArrayNode consequences = d.putArray("consequences");
        consequences.addObject().put("kind", "NEUTRAL").put("text", consequence);
        ((ArrayNode) t.get("decisions")).add(d);
    }

    private static void pinning(ObjectNode t) {
        ObjectNode d = ((ObjectNode) t.at("/decisions/0")).deepCopy();
        String chosen = "Privacy by design with personal data pinned to each person's home region";
        d.put("id", "adr-0004").put("topic", "COMPLIANCE").put("title", "Keep each person's data at home").put("chosenOption", chosen);
        ((ObjectNode) d.at("/options/0")).put("name", chosen).put("summary", "Each region holds only its own residents' records");
        ((ArrayNode) t.get("decisions")).add(d);
    }

    private static void riskText(ObjectNode t, String description, String mitigation) {
        ((ObjectNode) t.at("/risks/0")).put("description", description).put("mitigation", mitigation);
    }

    @Test
    void aWarmStandbyTitleBesideDataPinnedToHomeRegionsIsAnError() {
        Consultation c = sampleWith(t -> {
            pinning(t);
            decision(t, "AVAILABILITY", "Run in several regions (warm standby or active-active)", "Multi-region (warm standby or active-active)",
                    "Each region runs its own database for the people homed there", "A database fails over within its region");
        });

        assertThat(broken(c, DossierValidator.Rule.NO_COPY_TO_FAIL_OVER)).singleElement().satisfies(v -> {
            assertThat(v.path()).isEqualTo("decisions[3]");
            assertThat(v.message()).isEqualTo("says 'warm standby', but decision 'adr-0004' pins personal data to each person's home region: "
                    + "no other region holds a copy to fail over to");
        });
    }

    @Test
    void aRegionalFailoverDrillInThePlanBesidePinnedDataIsAnError() {
        Consultation c = sampleWith(t -> {
            pinning(t);
            ((ArrayNode) t.at("/roadmap/phases/1/exitCriteria")).add("A regional failover drill restores service within the 120-minute RTO");
        });

        assertThat(broken(c, DossierValidator.Rule.NO_COPY_TO_FAIL_OVER)).singleElement()
                .satisfies(v -> assertThat(v.path()).isEqualTo("roadmap.phases[1]"));
    }

    @Test
    void regionsThatEachServeTheirOwnResidentsAreNotAFailoverClaim() {
        Consultation c = sampleWith(t -> {
            pinning(t);
            decision(t, "AVAILABILITY", "Run each region for its own residents, none holding a copy of another's data",
                    "Multi-region, each region serving its own residents from its own database",
                    "Each region runs its own database for the people homed there", "A zone failover in each region is drilled to prove the RTO");
            ((ArrayNode) t.at("/roadmap/phases/1/exitCriteria")).add("A zone failover drill in each region restores service within the RTO");
        });
        Consultation notPinned = sampleWith(t -> decision(t, "AVAILABILITY", "Run in several regions (warm standby or active-active)",
                "Multi-region (warm standby or active-active)", "A second region runs a scaled copy", "The second region runs as a warm standby"));

        assertThat(broken(c, DossierValidator.Rule.NO_COPY_TO_FAIL_OVER)).isEmpty();
        assertThat(broken(notPinned, DossierValidator.Rule.NO_COPY_TO_FAIL_OVER)).isEmpty();
    }

    @Test
    void fencingTheOldWriterWhileTheCostRunsTheRegionsActiveActiveIsAnError() {
        Consumer<ObjectNode> fences = t -> riskText(t, "The copy in the second region is asynchronous",
                "Alert on the cross-region lag; fence writes to the old region during failover");
        Consultation activeActive = sampleWith(fences.andThen(t -> ((ArrayNode) t.at("/cost/assumptions"))
                .add("[as-recovery-mode] 2 regions active-active: traffic is split evenly, each region sized for its share")));
        Consultation warmStandby = sampleWith(fences.andThen(t -> ((ArrayNode) t.at("/cost/assumptions"))
                .add("[as-recovery-mode] Warm standby: the first region serves all traffic; the other runs a minimal copy")));
        Consultation undecided = sampleWith(fences.andThen(t -> decision(t, "AVAILABILITY", "Run in several regions",
                "Multi-region (warm standby or active-active)", "A second region", "Either a warm standby or active-active")));

        assertThat(broken(activeActive, DossierValidator.Rule.REGION_WRITERS)).singleElement().satisfies(v -> {
            assertThat(v.path()).isEqualTo("risks[0]");
            assertThat(v.message()).isEqualTo("says 'fence writes to the old region' (one writing region), but the cost's assumption runs "
                    + "the regions 'active-active'");
        });
        assertThat(broken(warmStandby, DossierValidator.Rule.REGION_WRITERS)).isEmpty();
        assertThat(broken(undecided, DossierValidator.Rule.REGION_WRITERS)).as("a text naming both modes settles nothing").isEmpty();
    }

    @Test
    void anAsynchronousCopyWrittenAgainstAnRpoOfZeroAsIfMetIsAnError() {
        Consultation asIfMet = sampleWith(t -> riskText(t, "The copy in the second region is asynchronous and can lack the last seconds of "
                + "writes, against an RPO of 0 minutes", "Alert on the cross-region lag against the 0-minute RPO"));
        Consultation admitted = sampleWith(t -> riskText(t, "The copy in the second region is asynchronous, so the RPO of 0 is met within a "
                + "region and cannot be met across regions", "Agree with the owner that losing a region may lose seconds of writes"));
        Consultation looseRpo = sampleWith(t -> riskText(t, "The copy in the second region is asynchronous, against an RPO of 5 minutes",
                "Alert on the cross-region lag"));

        assertThat(broken(asIfMet, DossierValidator.Rule.RPO_UNMET)).singleElement().satisfies(v -> {
            assertThat(v.path()).isEqualTo("risks[0]");
            assertThat(v.message()).startsWith("writes of an 'asynchronous' copy beside 'rpo of 0' as if it were met");
        });
        assertThat(broken(admitted, DossierValidator.Rule.RPO_UNMET)).isEmpty();
        assertThat(broken(looseRpo, DossierValidator.Rule.RPO_UNMET)).isEmpty();
    }

    @Test
    void backupsCopiedToASecondRegionThatNoCostItemPricesAreAnError() {
        Consumer<ObjectNode> copied = t -> ((ObjectNode) t.at("/operations/backupAndRecovery")).put("strategy",
                "The database fails over to its standby in another zone; point-in-time recovery; backups copied to a second region");
        // The line keeps the total's amount: only what it says it pays for changes
        Consumer<ObjectNode> priced = t -> ((ObjectNode) t.at("/cost/items/1")).put("name", "Database and its backups")
                .put("assumption", "Primary and standby, plus backup storage with a cross-region copy");

        assertThat(broken(sampleWith(copied), DossierValidator.Rule.BACKUP_COPY_UNPRICED)).singleElement().satisfies(v -> {
            assertThat(v.path()).isEqualTo("operations.backupAndRecovery.strategy");
            assertThat(v.message()).isEqualTo("says 'backups copied to a second region', but no cost item prices a backup copy in another region");
        });
        assertThat(broken(sampleWith(copied.andThen(priced)), DossierValidator.Rule.BACKUP_COPY_UNPRICED)).isEmpty();
    }

    @Test
    void aTrailBoundToTheDocumentHashWithNoHashFieldIsAnError() {
        Consumer<ObjectNode> claim = t -> decision(t, "COMPLIANCE", "Sign through a qualified trust service provider",
                "Qualified signatures through a QTSP", "Signatures by a QTSP",
                "An audit trail of the signing process bound to the document hash");
        Consumer<ObjectNode> hashField = t -> ((ArrayNode) t.at("/dataModel/entities/1/fields")).addObject()
                .put("name", "content_hash").put("type", "TEXT").put("nullable", true).put("unique", false).put("description", "SHA-256 of the document");

        assertThat(broken(sampleWith(claim), DossierValidator.Rule.CONTENT_HASH)).singleElement().satisfies(v -> {
            assertThat(v.path()).isEqualTo("decisions[2]");
            assertThat(v.message()).startsWith("decision 'adr-0003' says 'bound to the document hash', but no entity of the data model has a field");
        });
        assertThat(broken(sampleWith(claim.andThen(hashField)), DossierValidator.Rule.CONTENT_HASH)).isEmpty();
    }

    @Test
    void aBrokerDrawnOnAnOptionThatChoseDirectWritesIsAnError() {
        Consumer<ObjectNode> direct = t -> decision(t, "INGESTION", "Use direct batched writes", "Batched inserts from the ingestion API",
                "The API writes each batch straight into the store", "No stream to run");
        Consumer<ObjectNode> streamDrawn = t -> ((ArrayNode) t.at("/c4/containers")).addObject().put("id", "ingest-stream")
                .put("name", "Ingestion stream").put("systemId", "shopfast").put("kind", "MESSAGE_BROKER")
                .put("technology", "Batched inserts from the ingestion API").put("description", "Buffers every reading, partitioned by device");
        Consumer<ObjectNode> realStream = t -> ((ArrayNode) t.at("/c4/containers")).addObject().put("id", "ingest-stream")
                .put("name", "Ingestion stream").put("systemId", "shopfast").put("kind", "MESSAGE_BROKER")
                .put("technology", "Amazon Kinesis Data Streams").put("description", "Buffers every reading");

        assertThat(broken(sampleWith(direct.andThen(streamDrawn)), DossierValidator.Rule.BROKER_NOT_CHOSEN)).singleElement().satisfies(v -> {
            assertThat(v.path()).isEqualTo("c4.containers[4]");
            assertThat(v.message()).isEqualTo("'ingest-stream' is a message broker built on 'Batched inserts from the ingestion API', but decision "
                    + "'adr-0003' chose 'Batched inserts from the ingestion API', which has no broker or stream");
        });
        assertThat(broken(sampleWith(realStream), DossierValidator.Rule.BROKER_NOT_CHOSEN)).isEmpty();
    }
}
