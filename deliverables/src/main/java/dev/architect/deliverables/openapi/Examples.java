package dev.architect.deliverables.openapi;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.architect.dossier.ApiSpec;
import dev.architect.dossier.SchemaDefinition;
import dev.architect.dossier.SchemaProperty;
import dev.architect.dossier.ValueType;

/**
 * Request and response examples built from the schemas themselves, so every example validates against its schema:
 * each property gets a plausible value of its type (money as "125.00" with "EUR"), nested objects and lists follow
 * their schemas. Deterministic: the same spec gives the same examples.
 */
final class Examples {

    /** Deep enough for any designed body; a cycle of schemas stops here and keeps only required properties. */
    private static final int MAX_DEPTH = 6;

    private final JsonNodeFactory nodes = JsonNodeFactory.instance;

    ObjectNode of(ApiSpec spec, SchemaDefinition definition) {
        return object(spec, definition, 0);
    }

    private ObjectNode object(ApiSpec spec, SchemaDefinition definition, int depth) {
        ObjectNode node = nodes.objectNode();
        for (SchemaProperty p : definition.properties()) {
            boolean nested = p.type() == ValueType.OBJECT || p.itemType() == ValueType.OBJECT;
            if (nested && depth >= MAX_DEPTH && !p.required()) {
                continue;
            }
            if (p.type() == ValueType.OBJECT) {
                spec.schema(p.ref()).ifPresent(d -> node.set(p.name(), object(spec, d, depth + 1)));
            } else if (p.type() == ValueType.ARRAY) {
                ArrayNode list = node.putArray(p.name());
                if (p.itemType() == ValueType.OBJECT) {
                    spec.schema(p.ref()).ifPresent(d -> list.add(object(spec, d, depth + 1)));
                } else {
                    scalar(list, p.itemType(), p.name());
                }
            } else {
                putScalar(node, p.type(), p.name());
            }
        }
        return node;
    }

    private void scalar(ArrayNode list, ValueType type, String name) {
        ObjectNode holder = nodes.objectNode();
        putScalar(holder, type, name);
        list.add(holder.get(name));
    }

    private static void putScalar(ObjectNode node, ValueType type, String name) {
        switch (type) {
            case INTEGER -> node.put(name, 1);
            case NUMBER -> node.put(name, 1.5);
            case BOOLEAN -> node.put(name, true);
            case DATE -> node.put(name, "2026-03-02");
            case DATE_TIME -> node.put(name, "2026-03-02T09:30:00Z");
            case UUID -> node.put(name, "7c9e6679-7425-40de-944b-e07fc1f90ae7");
            case EMAIL -> node.put(name, "ada@example.com");
            case URI -> node.put(name, "https://example.com/" + name);
            case DECIMAL -> node.put(name, "125.00");
            case CURRENCY -> node.put(name, "EUR");
            case STRING -> node.put(name, "example " + name);
            case OBJECT, ARRAY -> throw new IllegalStateException("not a scalar: " + type);
        }
    }
}
