package dev.architect.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.architect.dossier.Consultation;
import dev.architect.dossier.DossierJson;
import dev.architect.offline.OfflineArchitect;
import dev.architect.request.ConsultationRequest;
import dev.architect.request.RequestReader;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;

/**
 * What the C4 model builds and the cost prices is what a decision chose or the stack lists, and a database, CDN or search
 * product a decision chose is built (rules {@code built-is-chosen} and {@code choice-carried}, families of
 * {@code built-products.yaml}). Each check is broken by one edit of a valid offline dossier (the ShopFast sample on AWS),
 * and the unedited dossier passes.
 */
class BuiltIsChosenTest {

    private static final ConsultationRequest REQUEST = RequestReader.read(java.nio.file.Path.of("..", "examples", "requests", "shopfast-ecommerce.yaml"));
    private static final Consultation VALID = OfflineArchitect.create().consult(REQUEST);

    private static Consultation edited(Consumer<ObjectNode> edit) {
        ObjectNode tree = DossierJson.mapper().valueToTree(VALID);
        edit.accept(tree);
        return DossierJson.bind(tree, Consultation.class);
    }

    private static List<String> found(Consultation c, DossierValidator.Rule rule) {
        return EditedSamples.found(c, null, rule).stream().map(v -> v.severity() + " " + v.path() + ": " + v.message()).toList();
    }

    private static ObjectNode container(ObjectNode t, String kind) {
        for (JsonNode k : t.get("c4").get("containers")) {
            if (k.get("kind").asText().equals(kind)) {
                return (ObjectNode) k;
            }
        }
        throw new AssertionError("no " + kind + " container");
    }

    private static ObjectNode decision(ObjectNode t, String topic) {
        for (JsonNode d : t.get("decisions")) {
            if (d.get("topic").asText().equals(topic)) {
                return (ObjectNode) d;
            }
        }
        throw new AssertionError("no " + topic + " decision");
    }

    @Test
    void theOfflineDossierBuildsAndPricesOnlyWhatItsDecisionsChoseOrItsStackLists() {
        assertThat(DossierValidator.validate(VALID, REQUEST).errors()).isEmpty();
        assertThat(found(VALID, DossierValidator.Rule.BUILT_IS_CHOSEN)).isEmpty();
    }

    @Test
    void aDatabaseBuiltOnAProductNoDecisionChoseIsAnErrorNamingItAndWhatPricesIt() {
        Consultation c = edited(t -> container(t, "DATABASE").put("technology", "Amazon DynamoDB (on-demand)"));
        String db = c.c4().containers().stream().filter(k -> k.technology().startsWith("Amazon DynamoDB")).findFirst().orElseThrow().id();

        assertThat(found(c, DossierValidator.Rule.BUILT_IS_CHOSEN)).anySatisfy(v -> assertThat(v)
                .startsWith("ERROR c4.containers[")
                .contains("container '" + db + "' is built on DynamoDB ('Amazon DynamoDB (on-demand)') and priced by '" + db + "-")
                .contains("no decision in force chose DynamoDB and no tech-stack entry lists it"));
    }

    @Test
    void aProductTheStackListsMayBeBuiltWithoutADecisionOfItsOwn() {
        Consultation c = edited(t -> {
            container(t, "DATABASE").put("technology", "Amazon DynamoDB (on-demand)");
            ObjectNode entry = ((ArrayNode) t.get("techStack")).addObject();
            entry.put("category", "DATABASE").put("choice", "Amazon DynamoDB (on-demand)").put("justification", "Sessions keyed by id");
            entry.putArray("alternatives");
        });

        assertThat(found(c, DossierValidator.Rule.BUILT_IS_CHOSEN)).isEmpty();
    }

    @Test
    void aLedgerDatabaseChosenInAnAdrThatNoPartIsBuiltOnIsAnError() {
        Consultation c = edited(t -> {
            ObjectNode d = decision(t, "DATASTORE");
            String was = d.get("chosenOption").asText();
            d.get("options").forEach(o -> {
                if (o.get("name").asText().equals(was)) {
                    ((ObjectNode) o).put("name", "TigerBeetle");
                }
            });
            d.put("chosenOption", "TigerBeetle");
        });

        assertThat(found(c, DossierValidator.Rule.CHOICE_CARRIED)).anySatisfy(v -> assertThat(v)
                .contains("chose 'TigerBeetle' (TigerBeetle), but no container, component or external system is built on TigerBeetle: "
                        + "the parts it relates to are built on "));
    }

    @Test
    void twoCdnsAcrossTheDesignAreAnErrorButAWordThatOnlyContainsAProductsNameIsNot() {
        assertThat(VALID.decisions()).anySatisfy(d -> assertThat(d.chosenOption()).contains("CloudFront"));
        Consultation two = edited(t -> container(t, "WORKER").put("technology", "Fastly Compute"));
        Consultation word = edited(t -> container(t, "WORKER").put("technology", "Fastlyish edge worker on Amazon ECS"));

        assertThat(found(two, DossierValidator.Rule.BUILT_IS_CHOSEN)).anySatisfy(v -> assertThat(v)
                .contains("names Fastly, but").contains("names CloudFront: a design runs one cdn product, and what runs at its edge runs on it"));
        assertThat(found(word, DossierValidator.Rule.BUILT_IS_CHOSEN)).isEmpty();
    }

    @Test
    void aBuiltProductsFileWhoseOnePerDesignNamesNoFamilyFailsNamingIt() {
        String bad = "families: {cdn: [Fastly]}\nbuiltWhenChosen: [cdn]\nonePerDesign: [cdns]\n";
        assertThatThrownBy(() -> ValidatorData.read(new ByteArrayInputStream(bad.getBytes(StandardCharsets.UTF_8)), "bad copy",
                BuiltProductRules.Families.class, "built products")).hasStackTraceContaining("cdns");
        String unknown = "families: {cdn: [Fastly]}\nonePerDesigns: [cdn]\n";
        assertThatThrownBy(() -> ValidatorData.read(new ByteArrayInputStream(unknown.getBytes(StandardCharsets.UTF_8)), "bad copy",
                BuiltProductRules.Families.class, "built products")).hasStackTraceContaining("onePerDesigns");
        assertThat(BuiltProductRules.families().families()).containsKeys("databases", "cdn", "search");
        assertThat(BuiltProductRules.families().onePerDesign()).containsExactly("cdn");
        assertThat(BuiltProductRules.families().builtWhenChosen()).containsExactly("databases", "search");
    }
}
