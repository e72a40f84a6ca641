package dev.architect.validation;

import static dev.architect.validation.EditedSamples.broken;
import static dev.architect.validation.EditedSamples.found;
import static dev.architect.validation.EditedSamples.sampleWith;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.architect.dossier.Consultation;
import dev.architect.request.Cloud;
import dev.architect.request.ConsultationRequest;
import dev.architect.request.DataVolume;
import dev.architect.request.Deployment;
import dev.architect.request.Latency;
import dev.architect.request.Load;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The dossier's prose agrees with the request it answers and its artifacts with one another: no clause calls a stated
 * field unstated, data stays in a region the system is deployed to, a latency target given up is a risk someone owns, a
 * single-zone layout is not promised a standby elsewhere, a part drawn on functions is not priced as container tasks.
 */
class ArtifactsAgreeWithTheRequestTest {

    private static final ConsultationRequest REQUEST = ConsultationRequest.builder("ShopFast", "An online store")
            .load(new Load(2000.0, 5.0, 60L, null))
            .data(new DataVolume(2000.0, 300.0, 5))
            .latency(new Latency(20, null))
            .deployment(new Deployment(Cloud.AZURE, List.of("centralus")))
            .build();

    private static ArrayNode drivers(ObjectNode tree) {
        return (ArrayNode) tree.at("/decisions/1/drivers");
    }

    @Test
    void aDriverCallingAStatedFieldUnstatedIsAnErrorNamingTheFieldAndItsValue() {
        Consultation c = sampleWith(t -> drivers(t).add("data held after 5 years 191,216 GB (assumed: the request does not say "
                + "data.initialVolumeGb plus five years of data.growthGbPerMonth)"));

        assertThat(broken(c, REQUEST, DossierValidator.Rule.STATED_CALLED_UNSTATED)).singleElement().satisfies(v -> {
            assertThat(v.path()).startsWith("decisions[1].drivers[");
            assertThat(v.message()).endsWith("says the request 'does not say' data.initialVolumeGb and data.growthGbPerMonth, but the request "
                    + "states data.initialVolumeGb = 2000 and data.growthGbPerMonth = 300: say the design reads it, or that it replaces it and why");
        });
    }

    @Test
    void aFieldNamedInWordsCountsAndAFieldTheRequestLeavesOutMayBeCalledUnstated() {
        Consultation byName = sampleWith(t -> ((ObjectNode) t.at("/risks/0")).put("description",
                "ShopFast's request does not state its peak load (14,000 requests/s assumed)"));
        assertThat(broken(byName, REQUEST, DossierValidator.Rule.STATED_CALLED_UNSTATED)).singleElement()
                .satisfies(v -> assertThat(v.message()).contains("load.peakRequestsPerSecond = 2000"));

        // the request gives no availability target: saying so is true
        Consultation unstated = sampleWith(t -> ((ObjectNode) t.at("/risks/0")).put("description",
                "ShopFast's request does not state its availability target (99.9% assumed)"));
        assertThat(found(unstated, REQUEST, DossierValidator.Rule.STATED_CALLED_UNSTATED)).isEmpty();
        // one of two fields named is left out: the clause is partly true and stays
        ConsultationRequest noGrowth = REQUEST.toBuilder().data(new DataVolume(2000.0, null, 5)).build();
        Consultation half = sampleWith(t -> drivers(t).add("data held 9 GB (assumed: the request does not say data.initialVolumeGb plus "
                + "five years of data.growthGbPerMonth)"));
        assertThat(found(half, noGrowth, DossierValidator.Rule.STATED_CALLED_UNSTATED)).isEmpty();
        // without the request nothing is known of what it states
        assertThat(found(byName, null, DossierValidator.Rule.STATED_CALLED_UNSTATED)).isEmpty();
    }

    @Test
    void dataPlacedInARegionTheSystemIsNotDeployedToIsAnError() {
        Consultation c = sampleWith(t -> ((ObjectNode) t.at("/risks/1")).put("description",
                "The request requires residency: data of the United States stays in eastus (Virginia)"));

        assertThat(broken(c, REQUEST, DossierValidator.Rule.REGION_NAMED)).singleElement().satisfies(v -> {
            assertThat(v.path()).isEqualTo("risks[1].description");
            assertThat(v.message()).isEqualTo("risks[1].description places data in eastus but the request deploys the system to centralus "
                    + "(deployment.regions)");
        });
        Consultation deployed = sampleWith(t -> ((ObjectNode) t.at("/risks/1")).put("description",
                "The request requires residency: data of the United States stays in centralus (Iowa)"));
        assertThat(found(deployed, REQUEST, DossierValidator.Rule.REGION_NAMED)).isEmpty();
        // a compass word or a region named outside a sentence about where data stays is no claim
        Consultation prose = sampleWith(t -> ((ObjectNode) t.at("/risks/1")).put("description",
                "Shoppers in the northeast are kept in mind; a failover to eastus is not planned"));
        assertThat(found(prose, REQUEST, DossierValidator.Rule.REGION_NAMED)).isEmpty();
    }

    @Test
    void aDecisionGivingUpTheLatencyTargetNeedsARiskOrQuestionNamingIt() {
        java.util.function.Consumer<ObjectNode> tradesLatency = t -> ((ObjectNode) t.at("/decisions/1")).put("rationale",
                "No shared cache keeps one copy of the data and trades the p99 latency target: a 20 ms p99 target is stricter than the 200 ms it is built for.");
        Consultation silent = sampleWith(tradesLatency);

        assertThat(broken(silent, REQUEST, DossierValidator.Rule.LATENCY_GIVEN_UP)).singleElement().satisfies(v -> {
            assertThat(v.path()).isEqualTo("decisions[1].rationale");
            assertThat(v.message()).startsWith("decision 'adr-0002' gives up the request's latency target (latency.p99Ms = 20: '");
            assertThat(v.message()).endsWith("but no risk related to it and no open question names the latency target for its owner to accept");
        });

        Consultation owned = sampleWith(tradesLatency.andThen(t -> ((ArrayNode) t.at("/risks"))
                .addObject().put("id", "risk-latency-trade").put("title", "Trade-off on the p99 latency target")
                .put("description", "No shared cache is built for 200 ms, the request asks 20 ms").put("likelihood", 3).put("impact", 3)
                .put("mitigation", "Owner confirms the target or the design changes").put("owner", "Product owner").put("status", "OPEN")
                .putArray("relatedDecisions").add("adr-0002")).andThen(t -> ((ObjectNode) t.at("/risks/3")).putArray("relatedElements")));
        assertThat(found(owned, REQUEST, DossierValidator.Rule.LATENCY_GIVEN_UP)).isEmpty();
        // a request with no latency target gives nothing up
        ConsultationRequest noTarget = REQUEST.toBuilder().latency(null).build();
        assertThat(found(silent, noTarget, DossierValidator.Rule.LATENCY_GIVEN_UP)).isEmpty();
    }

    @Test
    void aStandbyPromisedBesideASingleZoneLayoutIsReportedOnTheOtherDecision() {
        Consultation c = sampleWith(t -> {
            ObjectNode d = ((ObjectNode) t.at("/decisions/0")).deepCopy();
            d.put("id", "adr-0003").put("topic", "AVAILABILITY").put("chosenOption", "Single zone with backups");
            ((ObjectNode) d.at("/options/0")).put("name", "Single zone with backups").put("summary", "Everything in one zone");
            ((ArrayNode) t.get("decisions")).add(d);
            ((ObjectNode) t.at("/decisions/1")).put("title", "Use one relational database (primary and standby)");
        });

        assertThat(found(c, null, DossierValidator.Rule.AVAILABILITY_TOPOLOGY)).anySatisfy(v -> {
            assertThat(v.severity()).isEqualTo(Severity.WARNING);
            assertThat(v.path()).isEqualTo("decisions[1].title");
            assertThat(v.message()).isEqualTo("decision 'adr-0002' (decisions[1].title 'Use one relational database (primary and standby)') "
                    + "promises a primary and standby layout but decision 'adr-0003' (decisions[2].chosenOption) runs in a single zone");
        });
    }

    @Test
    void aPartDrawnOnFunctionsPricedAsContainerTasksIsReported() {
        Consultation c = sampleWith(t -> {
            ((ObjectNode) t.at("/c4/containers/1")).put("technology", "Indexer on AWS Lambda (bulk upserts by document version)");
            ((ObjectNode) t.at("/cost/items/0")).put("name", "Search indexer instances")
                    .put("assumption", "2 instances for redundancy; Amazon ECS on Fargate task, 2 vCPU / 8 GB ($0.04048 a vCPU-hour)");
        });

        assertThat(found(c, null, DossierValidator.Rule.PRODUCT_MISMATCH)).singleElement().satisfies(v -> {
            assertThat(v.severity()).isEqualTo(Severity.WARNING);
            assertThat(v.path()).isEqualTo("cost.items[0].assumption");
            assertThat(v.message()).isEqualTo("cost item 'compute' prices Fargate instances (cost.items[0].assumption) for container 'store-app', "
                    + "which c4.containers[1].technology draws on Lambda, billed per invocation ('Indexer on AWS Lambda (bulk upserts by "
                    + "document version)')");
        });
        // invocations priced for the functions agree; a capacity named only in an aside quotes a price list
        Consultation invocations = sampleWith(t -> {
            ((ObjectNode) t.at("/c4/containers/1")).put("technology", "Indexer on AWS Lambda");
            ((ObjectNode) t.at("/cost/items/0")).put("name", "Indexer invocations").put("assumption", "3 million invocations (cheaper than Fargate tasks)");
        });
        assertThat(found(invocations, null, DossierValidator.Rule.PRODUCT_MISMATCH)).isEmpty();
    }
}
