package dev.architect.request;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.architect.internal.schema.RecordSchemas;
import dev.architect.request.meta.Doc;
import dev.architect.request.meta.Range;
import dev.architect.request.meta.Required;
import dev.architect.request.meta.Vocabulary;
import java.lang.reflect.RecordComponent;

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
        root.setAll(RecordSchemas.objectSchema(ConsultationRequest.class, HINTS));
        return root;
    }

    /** What the request records' annotations say: required fields, descriptions, bounds, enums by label. */
    private static final RecordSchemas.Hints HINTS = new RecordSchemas.Hints() {
        @Override
        public boolean required(RecordComponent component) {
            return component.isAnnotationPresent(Required.class);
        }

        @Override
        public String describe(Class<?> record) {
            Doc doc = record.getAnnotation(Doc.class);
            return doc == null ? null : doc.value();
        }

        @Override
        public void annotate(RecordComponent c, ObjectNode property) {
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
                property.put("minLength", 1);
            }
        }

        @Override
        @SuppressWarnings({"unchecked", "rawtypes"})
        public ObjectNode custom(Class<?> type) {
            if (!(type.isEnum() && Vocabulary.class.isAssignableFrom(type))) {
                return null;
            }
            // Canonical labels as the enum; aliases are accepted too, so list them as examples rather than reject.
            ObjectNode schema = NODES.objectNode();
            schema.put("type", "string");
            ArrayNode names = schema.putArray("examples");
            for (Object e : type.getEnumConstants()) {
                names.add(((Vocabulary) e).label());
            }
            schema.put("description", "One of " + Vocabulary.labels((Class) type) + " (common spellings accepted)");
            return schema;
        }
    };
}
