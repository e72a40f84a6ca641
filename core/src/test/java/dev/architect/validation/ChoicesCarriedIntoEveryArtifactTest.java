package dev.architect.validation;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.architect.dossier.Consultation;
import dev.architect.dossier.DossierJson;
import dev.architect.offline.OfflineArchitect;
import dev.architect.request.ConsultationRequest;
import dev.architect.request.RequestReader;
import java.util.List;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;

/**
 * What an ADR chooses is what the C4 model builds, the stack lists and the cost prices (rule {@code choice-carried}). Each
 * check is broken by one edit of a valid offline dossier (the ShopFast sample on AWS: services on Amazon ECS on Fargate, a
 * queue on Amazon SQS and SNS), and the unedited dossier passes.
 */
class ChoicesCarriedIntoEveryArtifactTest {

    /** The ShopFast sample request's offline dossier, which the validator accepts. */
    private static final Consultation VALID = valid();

    private static Consultation valid() {
        ConsultationRequest request = RequestReader.read(java.nio.file.Path.of("..", "examples", "requests", "shopfast-ecommerce.yaml"));
        Consultation c = OfflineArchitect.create().consult(request);
        assertThat(DossierValidator.validate(c, request).errors()).isEmpty();
        return c;
    }

    private static Consultation edited(Consumer<ObjectNode> edit) {
        ObjectNode tree = DossierJson.mapper().valueToTree(VALID);
        edit.accept(tree);
        return DossierJson.bind(tree, Consultation.class);
    }

    /** What the rule finds, each as its severity, path and message. */
    private static List<String> found(Consultation c) {
        List<Violation> all = EditedSamples.found(c, null, DossierValidator.Rule.CHOICE_CARRIED);
        return all.stream().map(v -> v.severity() + " " + v.path() + ": " + v.message()).toList();
    }

    private static int indexOf(ArrayNode array, String field, String value) {
        for (int i = 0; i < array.size(); i++) {
            if (value.equals(array.get(i).path(field).asText())) {
                return i;
            }
        }
        throw new AssertionError("no element with " + field + " = " + value);
    }

    private static ObjectNode decision(ObjectNode t, String topic) {
        ArrayNode decisions = (ArrayNode) t.get("decisions");
        return (ObjectNode) decisions.get(indexOf(decisions, "topic", topic));
    }

    /** The decision with its chosen option renamed, as a model might name another product for the same choice. */
    private static void choose(ObjectNode decision, String option) {
        for (JsonNode o : decision.get("options")) {
            if (o.get("name").asText().equals(decision.get("chosenOption").asText())) {
                ((ObjectNode) o).put("name", option);
            }
        }
        decision.put("chosenOption", option);
    }

    @Test
    void theOfflineDossierCarriesEveryChoiceIntoC4StackAndCost() {
        assertThat(VALID.decisions()).anyMatch(d -> d.chosenOption().equals("Amazon ECS on Fargate"));
        assertThat(VALID.c4().containers()).anyMatch(k -> k.technology().equals("Amazon SQS and SNS"));
        assertThat(found(VALID)).isEmpty();
        // The services are priced as Fargate tasks, per vCPU- and GB-hour: 2 x $0.04048 + 8 x $0.004445 = $0.11652 an hour x 730 = $85.06
        assertThat(VALID.cost().items()).filteredOn(i -> i.id().equals("app-compute")).singleElement()
                .satisfies(i -> assertThat(i.assumption()).contains("Amazon ECS on Fargate task, 2 vCPU / 8 GB").doesNotContain("EC2"));
    }

    @Test
    void aDecisionPlacingAPartOnAnotherPlatformThanTheComputeDecisionIsAnError() {
        Consultation c = edited(t -> {
            ObjectNode gateway = decision(t, "DEPLOYMENT").deepCopy();
            gateway.put("id", "adr-0099").put("topic", "REALTIME_TRANSPORT").put("title", "Push updates over WebSockets");
            ((ArrayNode) t.get("decisions")).add(gateway);
            choose(gateway, "WebSocket gateway on Amazon EKS");
        });

        assertThat(found(c)).contains("ERROR decisions[" + VALID.decisions().size() + "].chosenOption: decision 'adr-0099' chose "
                + "'WebSocket gateway on Amazon EKS' (EKS) for container 'app', which decision 'adr-0007' runs on ECS: one part runs on one "
                + "platform, or the compute decision names both and both are priced");
    }

    @Test
    void aChosenProductThatNothingIsBuiltOnIsAnErrorAndOneNothingPricesAWarning() {
        Consultation c = edited(t -> choose(decision(t, "DEPLOYMENT"), "Amazon EKS"));
        int at = VALID.decisions().stream().map(d -> d.topic().name()).toList().indexOf("DEPLOYMENT");

        assertThat(found(c)).contains(
                "ERROR decisions[" + at + "].chosenOption: decision 'adr-0007' chose 'Amazon EKS' (EKS), but no container, component or "
                        + "tech-stack entry is built on EKS",
                "WARNING decisions[" + at + "].chosenOption: decision 'adr-0007' chose 'Amazon EKS' (EKS), but no cost line prices it and "
                        + "no cost note says why it is not priced");
    }

    @Test
    void aCostNoteSayingWhyTheChosenProductIsNotPricedHolds() {
        Consultation c = edited(t -> {
            choose(decision(t, "MESSAGING"), "Amazon Kinesis Data Streams");
            for (JsonNode k : t.at("/c4/containers")) {
                if (k.get("technology").asText().equals("Amazon SQS and SNS")) {
                    ((ObjectNode) k).put("technology", "Amazon Kinesis Data Streams");
                }
            }
            ArrayNode items = (ArrayNode) t.at("/cost/items");
            for (JsonNode i : items) {
                ((ObjectNode) i).put("name", i.get("name").asText().replace("SQS", "queue"))
                        .put("assumption", i.get("assumption").asText().replace("SQS", "queue").replace("SNS", "topic"));
            }
            ((ArrayNode) t.at("/cost/assumptions")).add("[stream] Amazon Kinesis Data Streams is not priced: its shards are sized in phase 2");
        });

        assertThat(found(c)).isEmpty();
    }

    @Test
    void aServicePricedAsEc2HoursWhileTheDecisionChoseFargateIsAnError() {
        int item = VALID.cost().items().stream().map(i -> i.id()).toList().indexOf("app-compute");
        Consultation c = edited(t -> {
            ObjectNode line = (ObjectNode) t.at("/cost/items/" + item);
            line.put("assumption", line.get("assumption").asText().replace("Amazon ECS on Fargate task, 2 vCPU / 8 GB", "Amazon ECS on EC2 m6i.large"));
        });

        assertThat(found(c)).containsExactly("ERROR cost.items[" + item + "]: cost item 'app-compute' prices EC2 for container 'app', but decision "
                + "'adr-0007' chose 'Amazon ECS on Fargate' (Fargate)");
    }

    @Test
    void aQueueDrawnWithAProtocolItsProductDoesNotSpeakIsAnError() {
        ArrayNode relationships = DossierJson.mapper().valueToTree(VALID.c4().relationships());
        int at = indexOf(relationships, "destinationId", "broker");
        String source = relationships.get(at).get("sourceId").asText();
        Consultation c = edited(t -> ((ObjectNode) t.at("/c4/relationships/" + at)).put("technology", "AMQP/HTTPS"));

        assertThat(VALID.c4().relationships().get(at).technology()).isEqualTo("HTTPS");
        assertThat(found(c)).containsExactly("ERROR c4.relationships[" + at + "].technology: relationship '" + source + "' -> 'broker' is drawn as "
                + "'AMQP/HTTPS', but 'Amazon SQS and SNS' (SQS, SNS) speaks HTTPS, not AMQP");
    }
}
