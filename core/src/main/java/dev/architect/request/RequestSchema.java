package dev.architect.request;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.architect.internal.request.Doc;
import dev.architect.internal.request.Range;
import dev.architect.internal.request.Required;
import dev.architect.internal.request.Vocabulary;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.util.List;

/**
 * The JSON Schema (draft 2020-12) of a request document, generated from the {@link ConsultationRequest} records so
 * it cannot drift from what {@link RequestReader} accepts. Point an editor at it to validate request files as they
 * are typed.
 */
public final class RequestSchema {

    public static final String ID = "https://architect.dev/schemas/consultation-request.schema.json";

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private RequestSchema() {
    }

    /** The schema as a pretty-printed JSON document. */
    public static String json() {
        try {
            return new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValueAsString(tree()) + "\n";
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    public static ObjectNode tree() {
        ObjectNode root = NODES.objectNode();
        root.put("$schema", "https://json-schema.org/draft/2020-12/schema");
        root.put("$id", ID);
        root.put("title", "Architect SDK consultation request");
        root.setAll(objectSchema(ConsultationRequest.class));
        return root;
    }

    private static ObjectNode objectSchema(Class<?> record) {
        ObjectNode schema = NODES.objectNode();
        schema.put("type", "object");
        Doc doc = record.getAnnotation(Doc.class);
        if (doc != null) {
            schema.put("description", doc.value());
        }
        ObjectNode properties = schema.putObject("properties");
        ArrayNode required = NODES.arrayNode();
        for (RecordComponent c : record.getRecordComponents()) {
            ObjectNode property = typeSchema(c.getGenericType());
            Doc d = c.getAnnotation(Doc.class);
            if (d != null) {
                property.put("description", d.value());
            }
            Range range = c.getAnnotation(Range.class);
            if (range != null) {
                if (Double.isFinite(range.min())) {
                    property.put(range.minExclusive() ? "exclusiveMinimum" : "minimum", range.min());
                }
                if (Double.isFinite(range.max())) {
                    property.put("maximum", range.max());
                }
            }
            if (c.isAnnotationPresent(Required.class)) {
                required.add(c.getName());
                property.put("minLength", 1);
            }
            properties.set(c.getName(), property);
        }
        if (!required.isEmpty()) {
            schema.set("required", required);
        }
        schema.put("additionalProperties", false);
        return schema;
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static ObjectNode typeSchema(Type type) {
        if (type instanceof ParameterizedType p && p.getRawType() == List.class) {
            ObjectNode array = NODES.objectNode();
            array.put("type", "array");
            array.set("items", typeSchema(p.getActualTypeArguments()[0]));
            return array;
        }
        Class<?> raw = (Class<?>) type;
        ObjectNode schema = NODES.objectNode();
        if (raw.isRecord()) {
            return objectSchema(raw);
        } else if (raw == String.class) {
            schema.put("type", "string");
        } else if (raw == Integer.class || raw == Long.class) {
            schema.put("type", "integer");
        } else if (raw == Double.class) {
            schema.put("type", "number");
        } else if (raw == Boolean.class) {
            schema.put("type", "boolean");
        } else if (raw.isEnum() && Vocabulary.class.isAssignableFrom(raw)) {
            // Canonical labels as the enum; aliases are accepted too, so list them as examples rather than reject.
            schema.put("type", "string");
            ArrayNode names = schema.putArray("examples");
            for (Object e : raw.getEnumConstants()) {
                names.add(((Vocabulary) e).label());
            }
            schema.put("description", "One of " + Vocabulary.labels((Class) raw) + " (common spellings accepted)");
        } else {
            throw new IllegalStateException("no schema mapping for " + raw);
        }
        return schema;
    }
}
