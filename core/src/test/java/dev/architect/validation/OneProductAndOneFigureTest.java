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
 * A part is one product in every artifact: its container's technology, the option the decision about it chose and the
 * cost items priced on it name the same one of a family (where code runs, streams, caches). A figure an ADR quotes for a
 * quantity the capacity plan states is the plan's. Each rule is broken on the sample dossier by one edit, and holds where
 * the edit is consistent.
 */
class OneProductAndOneFigureTest {

    /** Adds decision adr-0003 about the store API alone, choosing {@code chosen}. */
    private static void platformDecision(ObjectNode t, String chosen) {
        ObjectNode d = ((ObjectNode) t.at("/decisions/0")).deepCopy();
        d.put("id", "adr-0003").put("topic", "DEPLOYMENT").put("title", "Run the store API").put("chosenOption", chosen);
        ((ObjectNode) d.at("/options/0")).put("name", chosen).put("summary", "Where the store API runs");
        d.putArray("relatedElements").add("store-app");
        ((ArrayNode) t.get("decisions")).add(d);
    }

    private static void storeApp(ObjectNode t, String technology) {
        ((ObjectNode) t.at("/c4/containers/1")).put("technology", technology);
    }

    @Test
    void aContainerDrawnOnOneServiceWhileItsDecisionChoseAnotherIsAnError() {
        Consultation c = sampleWith(t -> {
            storeApp(t, "Java 17, Spring Boot on Amazon EKS");
            platformDecision(t, "Amazon API Gateway WebSocket APIs");
        });

        assertThat(broken(c, DossierValidator.Rule.PRODUCT_MISMATCH)).singleElement().satisfies(v -> {
            assertThat(v.path()).isEqualTo("c4.containers[1].technology");
            assertThat(v.message()).isEqualTo("container 'store-app' is built on EKS ('Java 17, Spring Boot on Amazon EKS') but decision "
                    + "'adr-0003' chose API Gateway WebSocket APIs ('Amazon API Gateway WebSocket APIs') for it");
        });
    }

    @Test
    void aContainerDrawnOnTheServiceItsDecisionChoseHolds() {
        Consultation c = sampleWith(t -> {
            storeApp(t, "Java 17, Spring Boot on Amazon EKS");
            platformDecision(t, "Amazon EKS");
        });

        assertThat(broken(c, DossierValidator.Rule.PRODUCT_MISMATCH)).isEmpty();
    }

    @Test
    void aCostItemPricingAnotherServiceThanItsContainerRunsOnIsAnError() {
        Consultation c = sampleWith(t -> {
            storeApp(t, "Java 17 on Amazon ECS on Fargate");
            ((ObjectNode) t.at("/cost/items/0")).put("name", "AWS Lambda invocations of the store API");
        });

        assertThat(broken(c, DossierValidator.Rule.PRODUCT_MISMATCH)).singleElement().satisfies(v -> {
            assertThat(v.path()).isEqualTo("cost.items[0].name");
            assertThat(v.message()).isEqualTo("cost item 'compute' prices Lambda ('AWS Lambda invocations of the store API') for container "
                    + "'store-app', which is built on ECS ('Java 17 on Amazon ECS on Fargate')");
        });
    }

    @Test
    void aCostItemPricingTheCapacityUnderItsContainerServiceHolds() {
        // ECS priced as Fargate tasks is one design: the capacity a container service runs on is not another product
        Consultation c = sampleWith(t -> {
            storeApp(t, "Java 17 on Amazon ECS on Fargate");
            ((ObjectNode) t.at("/cost/items/0")).put("name", "Fargate tasks (2 vCPU, 4 GB) for Amazon ECS");
        });

        assertThat(broken(c, DossierValidator.Rule.PRODUCT_MISMATCH)).isEmpty();
    }

    private static void dataAfterFiveYears(ObjectNode t, double gb) {
        ((ArrayNode) t.at("/capacity/estimates")).addObject().put("id", "data-5y").put("name", "Data kept after 5 years (logical)")
                .put("value", gb).put("unit", "GB").put("basis", "200 GB + 50 GB/month x min(60, 24 months of raw retention)");
    }

    @Test
    void anAdrQuotingDataAfterFiveYearsTheCapacityPlanDoesNotStateIsAnError() {
        Consultation c = sampleWith(t -> {
            dataAfterFiveYears(t, 1400);
            ((ObjectNode) t.at("/decisions/1")).put("context", "20 reads per write at 2,000 requests/s and 3,200 GB held after five years.");
        });

        assertThat(broken(c, DossierValidator.Rule.QUOTED_FIGURE)).singleElement().satisfies(v -> {
            assertThat(v.path()).isEqualTo("decisions[1].context");
            assertThat(v.message()).isEqualTo("decision 'adr-0002' quotes '3,200 GB held after five years' but the capacity plan's "
                    + "data kept after five years ('data-5y') is 1,400");
        });
    }

    @Test
    void anAdrQuotingConnectionsTheCapacityPlanStatesOtherwiseIsAnErrorWhereverInTheRecordItStands() {
        Consultation c = sampleWith(t -> {
            ((ArrayNode) t.at("/capacity/estimates")).addObject().put("id", "concurrent-connections").put("name", "Connections held at the busiest moment")
                    .put("value", 250000).put("unit", "connections").put("basis", "Given: goals[2] \"250,000 concurrent editors\"");
            ((ArrayNode) t.at("/decisions/0/options/0/cons")).add("666,667 concurrent connections need a gateway tier of their own");
        });

        assertThat(broken(c, DossierValidator.Rule.QUOTED_FIGURE)).singleElement().satisfies(v -> {
            assertThat(v.path()).isEqualTo("decisions[0].options[0]");
            assertThat(v.message()).contains("'666,667 concurrent connections'").endsWith("('concurrent-connections') is 250,000");
        });
    }

    @Test
    void anAdrQuotingThePlansOwnFigureHolds() {
        Consultation c = sampleWith(t -> {
            dataAfterFiveYears(t, 1400);
            ((ObjectNode) t.at("/decisions/1")).put("context", "20 reads per write at 2,000 requests/s and 1,400 GB held after five years.");
        });

        assertThat(broken(c, DossierValidator.Rule.QUOTED_FIGURE)).isEmpty();
    }

    /** Sets the sample's writes at peak (its estimate 'peak-writes', the second) and the driver that quotes them. */
    private static void peakWrites(ObjectNode t, double writes, String quoted) {
        ((ObjectNode) t.at("/capacity/estimates/1")).put("value", writes);
        ((ArrayNode) t.at("/decisions/1/drivers")).set(0, quoted + " writes/s");
    }

    @Test
    void aRiskQuotingAWriteRateNoFigureOfTheDossierGivesIsAnError() {
        // the plan says 400 writes/s (2,000 / (4 + 1)); 1,800 is neither that nor any rate a basis or cost line states
        Consultation c = sampleWith(t -> {
            peakWrites(t, 400, "400");
            ((ObjectNode) t.at("/risks/0")).put("mitigation", "Load test the primary at 1,800 writes/s before launch");
        });

        // a warning: the model path's recorded replies quote the sample's rates whatever the request's load
        assertThat(EditedSamples.found(c, null, DossierValidator.Rule.QUOTED_RATE)).singleElement().satisfies(v -> {
            assertThat(v.severity()).isEqualTo(Severity.WARNING);
            assertThat(v.path()).isEqualTo("risks[0].mitigation");
            assertThat(v.message()).isEqualTo("'1,800 writes/s' is no rate the capacity plan or the cost computes");
        });
    }

    @Test
    void aRateQuotedAsTheDossierRoundsItHoldsAndABareThresholdIsNoClaim() {
        // 138.46 writes/s in the plan is "138 writes/s" rounded to the units and "138.46 writes/s" in full; "its ceiling of
        // 5,000/s" is an option's threshold, and "1,000+ writes/s" a band, neither a load the design claims
        Consultation c = sampleWith(t -> {
            peakWrites(t, 138.46, "138.46");
            ((ObjectNode) t.at("/risks/0")).put("mitigation", "Track 138 writes/s at peak (138.46 writes/s) against its ceiling of 5,000/s");
            ((ObjectNode) t.at("/decisions/0")).put("context", "Stores at 1,000+ writes/s beside 138.5 writes/s of our own.");
        });

        assertThat(EditedSamples.found(c, null, DossierValidator.Rule.QUOTED_RATE)).isEmpty();
    }

    @Test
    void aRateOnlyACostLineStatesIsTheDossiersOwnFigure() {
        // a store's own writes are stated where its cost line sizes it, not as a capacity estimate
        Consultation c = sampleWith(t -> {
            ((ObjectNode) t.at("/cost/items/0")).put("assumption", "Computed: 3 nodes for 3,734.92 writes/s and 120 reads/s at peak");
            ((ObjectNode) t.at("/risks/0")).put("description", "The orders store's 3,734.92 writes/s all go to one primary");
        });

        assertThat(EditedSamples.found(c, null, DossierValidator.Rule.QUOTED_RATE)).isEmpty();
    }
}
