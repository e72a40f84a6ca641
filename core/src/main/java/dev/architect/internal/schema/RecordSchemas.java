package dev.architect.internal.schema;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.util.List;

/**
 * Walks record types into JSON Schema trees (draft 2020-12): records become closed objects, {@code List}s arrays,
 * enums string enumerations, numbers and booleans their JSON types. The one walker behind both the request
 * document's schema and the schemas sent to models for each stage's reply; {@link Hints} supply what the types
 * alone cannot say (which fields are required, descriptions, bounds, enums with aliases).
 */
public final class RecordSchemas {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    /** What a caller knows about the records beyond their types. */
    public interface Hints {

        /** Whether the component must be present in a document. */
        boolean required(RecordComponent component);

        /** Adds annotations (description, bounds, ...) to a component's schema, after its type. */
        default void annotate(RecordComponent component, ObjectNode property) {
        }

        /** A description of the record type itself, or null. */
        default String describe(Class<?> record) {
            return null;
        }

        /** Whether a component is kept out of the schema (a document writes it inside another field). */
        default boolean omitted(Class<?> record, RecordComponent component) {
            return false;
        }

        /** The schema of a type this class would otherwise map itself (e.g. an enum spelled by labels), or null. */
        default ObjectNode custom(Class<?> type) {
            return null;
        }
    }

    private RecordSchemas() {
    }

    /** The schema of a record type: {@code type}, {@code description}, {@code properties}, {@code required}. */
    public static ObjectNode objectSchema(Class<?> record, Hints hints) {
        if (!record.isRecord()) {
            throw new IllegalArgumentException(record + " is not a record");
        }
        ObjectNode schema = NODES.objectNode();
        schema.put("type", "object");
        String description = hints.describe(record);
        if (description != null) {
            schema.put("description", description);
        }
        ObjectNode properties = schema.putObject("properties");
        ArrayNode required = NODES.arrayNode();
        for (RecordComponent c : record.getRecordComponents()) {
            if (hints.omitted(record, c)) {
                continue;
            }
            ObjectNode property = typeSchema(c.getGenericType(), hints);
            hints.annotate(c, property);
            if (hints.required(c)) {
                required.add(c.getName());
            }
            properties.set(c.getName(), property);
        }
        if (!required.isEmpty()) {
            schema.set("required", required);
        }
        schema.put("additionalProperties", false);
        return schema;
    }

    private static ObjectNode typeSchema(Type type, Hints hints) {
        if (type instanceof ParameterizedType p && p.getRawType() == List.class) {
            ObjectNode array = NODES.objectNode();
            array.put("type", "array");
            array.set("items", typeSchema(p.getActualTypeArguments()[0], hints));
            return array;
        }
        if (!(type instanceof Class<?> raw)) {
            throw new IllegalStateException("no schema mapping for " + type);
        }
        ObjectNode custom = hints.custom(raw);
        if (custom != null) {
            return custom;
        }
        if (raw.isRecord()) {
            return objectSchema(raw, hints);
        }
        ObjectNode schema = NODES.objectNode();
        if (raw == String.class) {
            schema.put("type", "string");
        } else if (raw == Integer.class || raw == Long.class || raw == int.class || raw == long.class) {
            schema.put("type", "integer");
        } else if (raw == Double.class || raw == double.class || raw == Float.class || raw == float.class) {
            schema.put("type", "number");
        } else if (raw == Boolean.class || raw == boolean.class) {
            schema.put("type", "boolean");
        } else if (raw.isEnum()) {
            schema.put("type", "string");
            ArrayNode values = schema.putArray("enum");
            for (Object constant : raw.getEnumConstants()) {
                values.add(((Enum<?>) constant).name());
            }
        } else {
            throw new IllegalStateException("no schema mapping for " + raw);
        }
        return schema;
    }
}
