package dev.architect.request;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.architect.internal.request.RecordBinder;
import dev.architect.internal.schema.RecordSchemas;
import dev.architect.request.meta.Doc;
import dev.architect.request.meta.NamesOr;
import dev.architect.request.meta.Range;
import dev.architect.request.meta.Required;
import dev.architect.request.meta.Vocabulary;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The JSON Schema (draft 2020-12) of a request document, generated from the {@link ConsultationRequest} records so
 * it cannot drift from what {@link RequestReader} accepts. Point an editor at it to validate request files as they
 * are typed.
 */
public final class RequestSchema {

    /** The schema's {@code $id}. */
    public static final String ID = "https://architect.dev/schemas/consultation-request.schema.json";

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private RequestSchema() {
    }

    /**
     * The schema as a pretty-printed JSON document.
     *
     * @return the schema, ending in a line break
     */
    public static String json() {
        try {
            return new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValueAsString(tree()) + "\n";
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * The schema as a Jackson tree, to embed or extend.
     *
     * @return a new tree on every call
     */
    public static ObjectNode tree() {
        ObjectNode root = NODES.objectNode();
        root.put("$schema", "https://json-schema.org/draft/2020-12/schema");
        root.put("$id", ID);
        root.put("title", "Architect SDK consultation request");
        root.setAll(RecordSchemas.objectSchema(ConsultationRequest.class, HINTS));
        return root;
    }

    /** An entry that is a plain name or a record with a name, e.g. a capability with its load (a share or a peak rate, not both). */
    private static ObjectNode nameOrRecord(Class<? extends Record> type) {
        ObjectNode name = NODES.objectNode().put("type", "string").put("minLength", 1);
        ObjectNode load = RecordSchemas.objectSchema(type, HINTS);
        if (type == CapabilityLoad.class) {
            load.putObject("not").putArray("required").add("share").add("peakRequestsPerSecond");
        }
        ObjectNode entry = NODES.objectNode();
        entry.putArray("oneOf").add(name).add(load);
        return entry;
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
        public boolean omitted(Class<?> record, RecordComponent component) {
            return RecordBinder.folded(record, component);
        }

        @Override
        public void annotate(RecordComponent c, ObjectNode property) {
            Doc d = c.getAnnotation(Doc.class);
            if (d != null) {
                property.put("description", d.value());
            }
            NamesOr names = c.getAnnotation(NamesOr.class);
            if (names != null) {
                property.set("items", nameOrRecord(names.value()));
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
        public ObjectNode custom(Class<?> type) {
            if (!(type.isEnum() && Vocabulary.class.isAssignableFrom(type))) {
                return null;
            }
            // A closed vocabulary: the enum lists every documented spelling (label, aliases, constant name) as written,
            // in lower and upper case and capitalised, so editors reject "PCI-XYZ" and accept what the samples write.
            // The reader is more lenient still (any case, any punctuation); the schema never accepts what it rejects.
            ObjectNode schema = NODES.objectNode();
            schema.put("type", "string");
            Set<String> spellings = new LinkedHashSet<>();
            StringBuilder documented = new StringBuilder();
            for (Object constant : type.getEnumConstants()) {
                Vocabulary value = (Vocabulary) constant;
                List<String> written = new ArrayList<>();
                written.add(value.label());
                written.addAll(value.aliases());
                written.add(((Enum<?>) constant).name());
                for (String spelling : written) {
                    spellings.add(spelling);
                    spellings.add(spelling.toLowerCase(Locale.ROOT));
                    spellings.add(spelling.toUpperCase(Locale.ROOT));
                    spellings.add(spelling.substring(0, 1).toUpperCase(Locale.ROOT) + spelling.substring(1));
                }
                documented.append(documented.isEmpty() ? "" : "; ").append(value.label());
                if (!value.aliases().isEmpty()) {
                    documented.append(" (also ").append(String.join(", ", value.aliases())).append(')');
                }
            }
            ArrayNode values = schema.putArray("enum");
            spellings.forEach(values::add);
            schema.put("description", "One of " + documented + ". Case does not matter.");
            return schema;
        }
    };
}
