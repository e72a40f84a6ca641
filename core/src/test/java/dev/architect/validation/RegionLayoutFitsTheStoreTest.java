package dev.architect.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.architect.dossier.ConsequenceKind;
import dev.architect.dossier.Consultation;
import dev.architect.dossier.Decision;
import dev.architect.dossier.DecisionTopic;
import dev.architect.dossier.DossierJson;
import dev.architect.offline.OfflineArchitect;
import dev.architect.offline.internal.rules.RegionMode;
import dev.architect.request.ConsultationRequest;
import dev.architect.request.RequestReader;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/**
 * The availability layout fits the store that must meet the RPO (rule {@code regions-fit-store}): with an RPO of 0 over
 * several regions, every region takes writes only on a store that commits in several regions; a single-writer store keeps
 * one writing region, its synchronous standby holding the RPO of 0 inside it, and the dossier says plainly that a region
 * loss trades it and asks the owner. Requests written for this test, on Azure, AWS and Google Cloud.
 */
class RegionLayoutFitsTheStoreTest {

    private static String request(String system, String cloud, String regions, double availability, int rpo, int rto,
                                  int peakRps, int ratio, String expertise) {
        return "system: " + system + "\n"
                + "description: Records and approvals for field inspectors, with an audit history of every change.\n"
                + "capabilities: [inspections, approvals, reports]\n"
                + "load: {peakRequestsPerSecond: " + peakRps + ", readWriteRatio: " + ratio + ", audience: regional}\n"
                + "data: {initialVolumeGb: 100, growthGbPerMonth: 10, retentionYears: 5}\n"
                + "latency: {p99Ms: 400}\n"
                + "availability: {targetPercent: " + availability + ", rpoMinutes: " + rpo + ", rtoMinutes: " + rto + "}\n"
                + "team: {size: 6, expertise: [" + expertise + "]}\n"
                + "deployment: {cloud: " + cloud + ", regions: [" + regions + "]}\n";
    }

    private static Consultation consult(ConsultationRequest r) {
        Consultation c = OfflineArchitect.create().consult(r);
        assertThat(DossierValidator.validate(c, r).errors()).isEmpty();
        return c;
    }

    private static Decision decision(Consultation c, DecisionTopic topic) {
        return c.decisions().stream().filter(d -> d.topic() == topic && d.isInForce()).findFirst().orElseThrow();
    }

    private static boolean asks(Consultation c, String id) {
        return c.requirements().openQuestions().stream().anyMatch(q -> q.id().equals(id));
    }

    /** The request's dossier, with every region serving and nothing traded or broken. */
    private static Consultation everyRegionServes(ConsultationRequest r) {
        Consultation c = consult(r);
        assertThat(decision(c, DecisionTopic.AVAILABILITY).chosenOption()).isEqualTo("Multi-region, every region serving (active-active)");
        assertThat(asks(c, "oq-rpo-across-regions")).isFalse();
        assertThat(EditedSamples.found(c, r, DossierValidator.Rule.REGIONS_FIT_STORE)).isEmpty();
        return c;
    }

    @Test
    void theRegionModeKeepsOneWriterOnlyForASingleWriterStoreAtAnRpoOfZero() {
        // 99.99% calls for every region serving; an RPO of 0 on a single writer keeps one writing region
        assertThat(RegionMode.of(2, 99.99, 60, 0, true, false)).isEqualTo(RegionMode.WARM_STANDBY);
        assertThat(RegionMode.oneWriterForRpo(2, 99.99, 60, 0, true, false)).isTrue();
        // a store that commits in several regions, or an RPO above 0, leaves every region serving
        assertThat(RegionMode.of(2, 99.99, 60, 0, false, false)).isEqualTo(RegionMode.ACTIVE_ACTIVE);
        assertThat(RegionMode.of(2, 99.99, 60, 5, true, false)).isEqualTo(RegionMode.ACTIVE_ACTIVE);
        // an RTO of 10 minutes (<= 15) calls for it too; one region stays one region; a 30-minute RTO at 99.9% was a standby anyway
        assertThat(RegionMode.of(2, 99.9, 10, 0, true, false)).isEqualTo(RegionMode.WARM_STANDBY);
        assertThat(RegionMode.of(1, 99.99, 60, 0, true, false)).isEqualTo(RegionMode.ONE_REGION);
        assertThat(RegionMode.oneWriterForRpo(2, 99.9, 30, 0, true, false)).isFalse();
        // pinned personal data: each region writes its own residents' records, nothing to trade
        assertThat(RegionMode.of(2, 99.99, 60, 0, true, true)).isEqualTo(RegionMode.HOME_REGIONS);
    }

    @Test
    void anRpoOfZeroInOneRegionIsMetByTheZoneStandbyWithNoRegionalTrade() {
        ConsultationRequest r = RequestReader.readString(request("InspectLog", "azure", "westeurope", 99.95, 0, 30, 300, 10, "C#, SQL Server"));
        Consultation c = consult(r);
        assertThat(decision(c, DecisionTopic.AVAILABILITY).chosenOption()).doesNotContain("region");
        assertThat(asks(c, "oq-rpo-across-regions")).isFalse();
        assertThat(c.risks()).noneMatch(k -> k.title().contains("cannot meet the RPO of 0"));
    }

    @Test
    void anRpoOfZeroOverTwoRegionsOnASingleWriterKeepsOneWritingRegionAndSaysWhatItTrades() {
        ConsultationRequest r = RequestReader.readString(request("PermitDesk", "azure", "westeurope, northeurope", 99.99, 0, 30, 300, 10,
                "C#, SQL Server"));
        Consultation c = consult(r);
        assertThat(decision(c, DecisionTopic.DATASTORE).chosenOption()).contains("Azure SQL Database");
        Decision availability = decision(c, DecisionTopic.AVAILABILITY);
        assertThat(availability.chosenOption()).isEqualTo("Multi-region, one region serving and a warm standby");
        assertThat(availability.consequences()).anyMatch(k -> k.kind() == ConsequenceKind.BAD
                && k.text().contains("the RPO of 0 holds within a region and cannot be met across regions"));
        assertThat(asks(c, "oq-rpo-across-regions")).isTrue();
        // the risk register tells the same story as the ADR
        assertThat(c.risks()).anyMatch(k -> k.title().equals("A regional failover cannot meet the RPO of 0"));
        assertThat(c.risks()).noneMatch(k -> k.title().contains("Writes in two regions conflict"));
        assertThat(EditedSamples.found(c, r, DossierValidator.Rule.REGIONS_FIT_STORE)).isEmpty();
    }

    @Test
    void anRpoOfZeroOverTwoRegionsOnAStoreThatCommitsInEachKeepsEveryRegionServing() {
        // 20,000 requests/s at 1 read per write: 10,000 writes/s, past one primary (5,000), and a team that runs Spanner
        ConsultationRequest r = RequestReader.readString(request("MeterBook", "gcp", "europe-west1, europe-west4", 99.99, 0, 30, 20000, 1,
                "Go, Spanner"));
        Consultation c = everyRegionServes(r);
        assertThat(decision(c, DecisionTopic.DATASTORE).chosenOption()).contains("Spanner");
    }

    @Test
    void anRpoOfFiveMinutesOverTwoRegionsKeepsEveryRegionServingWithItsConflictRisk() {
        ConsultationRequest r = RequestReader.readString(request("TallyRoom", "aws", "us-east-1, us-west-2", 99.99, 5, 30, 300, 10,
                "Java, PostgreSQL"));
        Consultation c = everyRegionServes(r);
        assertThat(c.risks()).anyMatch(k -> k.title().equals("Writes in two regions conflict"));
    }

    @Test
    void theValidatorRejectsEveryRegionWritingOnASingleWriterAtAnRpoOfZero() {
        ConsultationRequest r = RequestReader.readString(request("PermitDesk", "azure", "westeurope, northeurope", 99.99, 0, 30, 300, 10,
                "C#, SQL Server"));
        ObjectNode tree = DossierJson.mapper().valueToTree(consult(r));
        for (JsonNode d : (ArrayNode) tree.get("decisions")) {
            if (d.get("topic").asText().equals("AVAILABILITY")) {
                String was = d.get("chosenOption").asText();
                for (JsonNode o : d.get("options")) {
                    if (o.get("name").asText().equals(was)) {
                        ((ObjectNode) o).put("name", "Multi-region, every region serving (active-active)");
                    }
                }
                ((ObjectNode) d).put("chosenOption", "Multi-region, every region serving (active-active)");
            }
        }
        Consultation broken = DossierJson.bind(tree, Consultation.class);
        assertThat(EditedSamples.broken(broken, r, DossierValidator.Rule.REGIONS_FIT_STORE)).singleElement()
                .satisfies(v -> assertThat(v.message()).contains("chose Azure SQL Database").contains("RPO of 0"));
    }

    @Test
    void aRegionWritersFileMissingAListFailsNamingIt() {
        String bad = "everyRegionWrites: [active-active]\nsingleWriterStores: [Cloud SQL]\n";
        assertThatThrownBy(() -> ValidatorData.read(new ByteArrayInputStream(bad.getBytes(StandardCharsets.UTF_8)), "bad copy",
                RegionWriterRules.Vocabulary.class, "region writers")).hasMessageContaining("commitsAcrossRegions");
        String unknown = "everyRegionWrites: [a]\nsingleWriterStores: [b]\ncommitsAcrossRegions: [c]\nmultiMaster: [d]\n";
        assertThatThrownBy(() -> ValidatorData.read(new ByteArrayInputStream(unknown.getBytes(StandardCharsets.UTF_8)), "bad copy",
                RegionWriterRules.Vocabulary.class, "region writers")).hasMessageContaining("multiMaster");
        assertThat(RegionWriterRules.vocabulary().commitsAcrossRegions()).contains("Spanner");
    }
}
