package dev.architect.internal.schema;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.architect.dossier.Alert;
import dev.architect.dossier.ApiOperation;
import dev.architect.dossier.ApiParameter;
import dev.architect.dossier.ApiResponse;
import dev.architect.dossier.ApiSpec;
import dev.architect.dossier.Assumption;
import dev.architect.dossier.BudgetFit;
import dev.architect.dossier.Component;
import dev.architect.dossier.Container;
import dev.architect.dossier.CostEstimate;
import dev.architect.dossier.CostLineItem;
import dev.architect.dossier.Decision;
import dev.architect.dossier.DecisionOption;
import dev.architect.dossier.DossierJson;
import dev.architect.dossier.Entity;
import dev.architect.dossier.EntityConstraint;
import dev.architect.dossier.EntityField;
import dev.architect.dossier.EntityIndex;
import dev.architect.dossier.FunctionalRequirement;
import dev.architect.dossier.OpenQuestion;
import dev.architect.dossier.Person;
import dev.architect.dossier.Relationship;
import dev.architect.dossier.Risk;
import dev.architect.dossier.SchemaDefinition;
import dev.architect.dossier.SchemaProperty;
import dev.architect.dossier.SequenceDiagram;
import dev.architect.dossier.ServiceLevelObjective;
import dev.architect.dossier.SoftwareSystem;
import dev.architect.dossier.StageMetrics;
import dev.architect.dossier.TechChoice;
import dev.langchain4j.model.chat.request.json.JsonArraySchema;
import dev.langchain4j.model.chat.request.json.JsonBooleanSchema;
import dev.langchain4j.model.chat.request.json.JsonEnumSchema;
import dev.langchain4j.model.chat.request.json.JsonIntegerSchema;
import dev.langchain4j.model.chat.request.json.JsonNumberSchema;
import dev.langchain4j.model.chat.request.json.JsonObjectSchema;
import dev.langchain4j.model.chat.request.json.JsonSchema;
import dev.langchain4j.model.chat.request.json.JsonSchemaElement;
import dev.langchain4j.model.chat.request.json.JsonStringSchema;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The JSON schema a model's reply must follow, derived from the record type the reply binds to. Every component is
 * required except the dossier's optional ones (a null {@code ApiOperation.requestSchema} means "no body") and
 * components marked {@link Optional}: a model then has to say something for every field that matters.
 */
public final class ReplySchemas {

    /** Marks a component of an engine reply record that a model may leave out. */
    @Retention(RetentionPolicy.RUNTIME)
    @Target(ElementType.RECORD_COMPONENT)
    public @interface Optional {
    }

    /** Dossier components whose record accepts null; kept in step with the records by {@code ReplySchemasTest}. */
    static final Map<Class<?>, Set<String>> OPTIONAL_DOSSIER_COMPONENTS = Map.ofEntries(
            Map.entry(Alert.class, Set.of("sloId")),
            Map.entry(ApiOperation.class, Set.of("description", "requestSchema")),
            Map.entry(ApiParameter.class, Set.of("description", "minimum", "maximum")),
            Map.entry(ApiResponse.class, Set.of("schema")),
            Map.entry(ApiSpec.class, Set.of("description", "basePath")),
            Map.entry(Assumption.class, Set.of("value")),
            Map.entry(Component.class, Set.of("technology", "description")),
            Map.entry(Container.class, Set.of("description")),
            Map.entry(BudgetFit.class, Set.of("monthlyUsd")),
            Map.entry(CostEstimate.class, Set.of("priceDate", "budget")),
            Map.entry(CostLineItem.class, Set.of("containerId")),
            Map.entry(Decision.class, Set.of("date", "supersedes", "supersededBy")),
            Map.entry(DecisionOption.class, Set.of("summary")),
            Map.entry(Entity.class, Set.of("description")),
            Map.entry(EntityField.class, Set.of("description", "columnDefault")),
            Map.entry(EntityIndex.class, Set.of("reason")),
            Map.entry(EntityConstraint.class, Set.of("reason")),
            Map.entry(FunctionalRequirement.class, Set.of("description")),
            Map.entry(OpenQuestion.class, Set.of("whyItMatters", "recommended")),
            Map.entry(Person.class, Set.of("description")),
            Map.entry(Relationship.class, Set.of("technology")),
            Map.entry(Risk.class, Set.of("description")),
            Map.entry(SchemaDefinition.class, Set.of("description")),
            Map.entry(SchemaProperty.class, Set.of("itemType", "ref", "description")),
            Map.entry(SequenceDiagram.class, Set.of("description")),
            Map.entry(ServiceLevelObjective.class, Set.of("containerId")),
            Map.entry(SoftwareSystem.class, Set.of("description")),
            Map.entry(StageMetrics.class, Set.of("inputCharacters")),
            Map.entry(TechChoice.class, Set.of("decisionId")));

    private static final RecordSchemas.Hints HINTS = component -> !(component.isAnnotationPresent(Optional.class)
            || OPTIONAL_DOSSIER_COMPONENTS.getOrDefault(component.getDeclaringRecord(), Set.of()).contains(component.getName()));

    private static final Map<Class<?>, ReplySchema> CACHE = new ConcurrentHashMap<>();

    /** A reply schema in the two forms it travels in: a langchain4j response format, and JSON text for a prompt. */
    public record ReplySchema(String name, ObjectNode tree, JsonSchema jsonSchema, String json) {
    }

    private ReplySchemas() {
    }

    public static ReplySchema of(Class<?> replyType) {
        return CACHE.computeIfAbsent(replyType, type -> {
            ObjectNode tree = RecordSchemas.objectSchema(type, HINTS);
            // "DesignStage.Reply" becomes "DesignReply": a name that says which stage in provider logs.
            Class<?> outer = type.getEnclosingClass();
            String name = outer == null ? type.getSimpleName() : outer.getSimpleName().replace("Stage", "") + type.getSimpleName();
            try {
                String json = DossierJson.mapper().writer().without(SerializationFeature.INDENT_OUTPUT).writeValueAsString(tree);
                return new ReplySchema(name, tree, JsonSchema.builder().name(name).rootElement(element(tree)).build(), json);
            } catch (JsonProcessingException e) {
                throw new IllegalStateException(e);
            }
        });
    }

    /** Whether a record component is required in replies (used by tests that keep the table honest). */
    static boolean required(RecordComponent component) {
        return HINTS.required(component);
    }

    /** Converts a JSON Schema tree made by {@link RecordSchemas} to langchain4j's schema elements. */
    static JsonSchemaElement element(JsonNode node) {
        String type = node.path("type").asText();
        String description = node.hasNonNull("description") ? node.get("description").asText() : null;
        if (node.has("enum")) {
            List<String> values = new ArrayList<>();
            node.get("enum").forEach(v -> values.add(v.asText()));
            return JsonEnumSchema.builder().enumValues(values).description(description).build();
        }
        return switch (type) {
            case "object" -> {
                JsonObjectSchema.Builder b = JsonObjectSchema.builder().description(description).additionalProperties(false);
                node.get("properties").properties().forEach(e -> b.addProperty(e.getKey(), element(e.getValue())));
                List<String> required = new ArrayList<>();
                node.path("required").forEach(r -> required.add(r.asText()));
                yield b.required(required).build();
            }
            case "array" -> JsonArraySchema.builder().items(element(node.get("items"))).description(description).build();
            case "string" -> JsonStringSchema.builder().description(description).build();
            case "integer" -> JsonIntegerSchema.builder().description(description).build();
            case "number" -> JsonNumberSchema.builder().description(description).build();
            case "boolean" -> JsonBooleanSchema.builder().description(description).build();
            default -> throw new IllegalStateException("no langchain4j mapping for schema type '" + type + "'");
        };
    }
}
