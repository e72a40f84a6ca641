package dev.architect.deliverables.openapi;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLGenerator;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import dev.architect.deliverables.document.DeliverableException;
import dev.architect.deliverables.document.OpenApiDocument;
import dev.architect.deliverables.internal.MarkdownText;
import dev.architect.deliverables.internal.Slugs;
import dev.architect.dossier.ApiAuth;
import dev.architect.dossier.ApiOperation;
import dev.architect.dossier.ApiParameter;
import dev.architect.dossier.ApiResponse;
import dev.architect.dossier.ApiSpec;
import dev.architect.dossier.SchemaDefinition;
import dev.architect.dossier.SchemaProperty;
import dev.architect.dossier.ValueType;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.TreeSet;

/**
 * One OpenAPI 3.1 document per {@link ApiSpec}, built as a Jackson tree and written as YAML and JSON (never by
 * pasting strings). Errors without a schema of their own get an RFC 9457 problem schema; every operation also
 * declares a {@code default} problem response; secured operations declare 401. Descriptions are CommonMark in
 * OpenAPI tools, so model text in them is Markdown-escaped.
 */
public final class OpenApiRenderer {

    static final String PROBLEM = "Problem";
    private static final String PROBLEM_MEDIA_TYPE = "application/problem+json";
    private static final String SECURITY_SCHEME = "default";

    private static final ObjectMapper JSON = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();
    private static final ObjectMapper YAML = new YAMLMapper(YAMLFactory.builder()
            .disable(YAMLGenerator.Feature.WRITE_DOC_START_MARKER)
            .enable(YAMLGenerator.Feature.MINIMIZE_QUOTES)
            .enable(YAMLGenerator.Feature.ALWAYS_QUOTE_NUMBERS_AS_STRINGS)
            .build());

    private final JsonNodeFactory nodes = JsonNodeFactory.instance;
    private final Examples examples = new Examples();

    /**
     * The YAML and the JSON document of every spec: {@code api/<container>.openapi.yaml} and {@code .json}.
     *
     * @param specs the dossier's API specs
     * @return two documents a spec, YAML first
     */
    public List<OpenApiDocument> render(List<ApiSpec> specs) {
        List<OpenApiDocument> documents = new ArrayList<>();
        for (ApiSpec spec : specs) {
            boolean shared = specs.stream().filter(s -> s.containerId().equals(spec.containerId())).count() > 1;
            String stem = "api/" + Slugs.ofId(spec.containerId()) + (shared ? "-" + Slugs.ofId(spec.id()) : "") + ".openapi";
            ObjectNode tree = document(spec);
            documents.add(new OpenApiDocument(stem + ".yaml", write(YAML, tree, spec)));
            documents.add(new OpenApiDocument(stem + ".json", write(JSON, tree, spec) + "\n"));
        }
        return List.copyOf(documents);
    }

    /**
     * The document of one spec as a JSON tree.
     *
     * @param spec the spec
     * @return its OpenAPI 3.1 document
     */
    public ObjectNode document(ApiSpec spec) {
        ObjectNode root = nodes.objectNode();
        root.put("openapi", "3.1.0");
        ObjectNode info = root.putObject("info");
        info.put("title", spec.title());
        info.put("version", spec.version());
        description(info, spec.description());
        root.putArray("servers").addObject().put("url", spec.basePath() == null || spec.basePath().isEmpty() ? "/" : spec.basePath());
        ArrayNode tags = root.putArray("tags");
        new TreeSet<>(spec.operations().stream().flatMap(o -> o.tags().stream()).toList()).forEach(t -> tags.addObject().put("name", t));
        if (spec.auth() != ApiAuth.NONE) {
            root.putArray("security").addObject().putArray(SECURITY_SCHEME);
        }
        ObjectNode paths = root.putObject("paths");
        for (ApiOperation op : spec.operations()) {
            ObjectNode path = paths.has(op.path()) ? (ObjectNode) paths.get(op.path()) : paths.putObject(op.path());
            path.set(op.method().name().toLowerCase(Locale.ROOT), operation(spec, op));
        }
        ObjectNode components = root.putObject("components");
        ObjectNode schemas = components.putObject("schemas");
        spec.schemas().forEach(s -> schemas.set(s.name(), schema(s)));
        if (spec.schema(PROBLEM).isEmpty()) {
            schemas.set(PROBLEM, problemSchema());
        }
        if (spec.auth() != ApiAuth.NONE) {
            components.putObject("securitySchemes").set(SECURITY_SCHEME, securityScheme(spec.auth()));
        }
        return root;
    }

    private ObjectNode operation(ApiSpec spec, ApiOperation op) {
        ObjectNode node = nodes.objectNode();
        node.put("operationId", op.operationId());
        node.put("summary", op.summary());
        description(node, op.description());
        if (!op.tags().isEmpty()) {
            ArrayNode tags = node.putArray("tags");
            op.tags().forEach(tags::add);
        }
        if (!op.parameters().isEmpty()) {
            ArrayNode parameters = node.putArray("parameters");
            op.parameters().forEach(p -> parameters.add(parameter(p)));
        }
        if (op.requestSchema() != null) {
            ObjectNode body = node.putObject("requestBody");
            body.put("required", true);
            ObjectNode content = body.putObject("content").putObject("application/json");
            content.set("schema", ref(op.requestSchema()));
            spec.schema(op.requestSchema()).ifPresent(d -> content.set("example", examples.of(spec, d)));
        }
        ObjectNode responses = node.putObject("responses");
        for (ApiResponse r : op.responses()) {
            responses.set(String.valueOf(r.status()), response(spec, r));
        }
        if (spec.auth() != ApiAuth.NONE && !responses.has("401")) {
            responses.set("401", problemResponse("Missing or invalid credentials"));
        }
        responses.set("default", problemResponse("Unexpected error"));
        return node;
    }

    private ObjectNode parameter(ApiParameter p) {
        ObjectNode node = nodes.objectNode();
        node.put("name", p.name());
        node.put("in", p.in().name().toLowerCase(Locale.ROOT));
        node.put("required", p.required());
        description(node, p.description());
        ObjectNode schema = scalar(p.type(), false);
        if (p.minimum() != null) {
            schema.put("minimum", p.minimum());
        }
        if (p.maximum() != null) {
            schema.put("maximum", p.maximum());
        }
        node.set("schema", schema);
        return node;
    }

    private ObjectNode response(ApiSpec spec, ApiResponse r) {
        ObjectNode node = nodes.objectNode();
        node.put("description", MarkdownText.inline(r.description()));
        if (r.status() == 429) {
            node.putObject("headers").putObject("Retry-After").put("description", "Seconds to wait before retrying")
                    .put("required", true).putObject("schema").put("type", "integer").put("minimum", 1);
        }
        boolean error = r.status() >= 400;
        if (r.schema() == null && error) {
            node.putObject("content").putObject(PROBLEM_MEDIA_TYPE).set("schema", ref(PROBLEM));
        } else if (r.schema() != null) {
            ObjectNode schema = r.array() ? arrayOf(ref(r.schema())) : ref(r.schema());
            String mediaType = error && r.schema().equals(PROBLEM) ? PROBLEM_MEDIA_TYPE : "application/json";
            ObjectNode content = node.putObject("content").putObject(mediaType);
            content.set("schema", schema);
            if (!error) {
                spec.schema(r.schema()).ifPresent(d -> content.set("example", r.array()
                        ? nodes.arrayNode().add(examples.of(spec, d)) : examples.of(spec, d)));
            }
        }
        return node;
    }

    private ObjectNode problemResponse(String description) {
        ObjectNode node = nodes.objectNode();
        node.put("description", description);
        node.putObject("content").putObject(PROBLEM_MEDIA_TYPE).set("schema", ref(PROBLEM));
        return node;
    }

    private ObjectNode schema(SchemaDefinition definition) {
        ObjectNode node = nodes.objectNode();
        node.put("type", "object");
        description(node, definition.description());
        ObjectNode properties = node.putObject("properties");
        ArrayNode required = nodes.arrayNode();
        for (SchemaProperty p : definition.properties()) {
            properties.set(p.name(), property(p));
            if (p.required()) {
                required.add(p.name());
            }
        }
        if (!required.isEmpty()) {
            node.set("required", required);
        }
        return node;
    }

    private ObjectNode property(SchemaProperty p) {
        ObjectNode node;
        if (p.type() == ValueType.OBJECT) {
            node = p.nullable() ? anyOfNull(ref(p.ref())) : ref(p.ref());
        } else if (p.type() == ValueType.ARRAY) {
            ObjectNode items = p.itemType() == ValueType.OBJECT ? ref(p.ref()) : scalar(p.itemType(), false);
            node = arrayOf(items);
            if (p.nullable()) {
                node.set("type", nodes.arrayNode().add("array").add("null"));
            }
        } else {
            node = scalar(p.type(), p.nullable());
        }
        description(node, p.description());
        return node;
    }

    /** A scalar schema; nullability is a type array, the 3.1 idiom (3.0's {@code nullable} is gone). */
    private ObjectNode scalar(ValueType type, boolean nullable) {
        ObjectNode node = nodes.objectNode();
        String jsonType = switch (type) {
            case INTEGER -> "integer";
            case NUMBER -> "number";
            case BOOLEAN -> "boolean";
            case STRING, DATE, DATE_TIME, UUID, EMAIL, URI, DECIMAL, CURRENCY -> "string";
            case OBJECT, ARRAY -> throw new DeliverableException("a scalar schema cannot be of type " + type);
        };
        if (nullable) {
            node.set("type", nodes.arrayNode().add(jsonType).add("null"));
        } else {
            node.put("type", jsonType);
        }
        String format = switch (type) {
            case INTEGER -> "int64";
            case NUMBER -> "double";
            case DATE -> "date";
            case DATE_TIME -> "date-time";
            case UUID -> "uuid";
            case EMAIL -> "email";
            case URI -> "uri";
            case DECIMAL -> "decimal";
            default -> null;
        };
        if (format != null) {
            node.put("format", format);
        }
        // Money travels as an exact decimal string with an ISO 4217 currency, never as a binary float.
        if (type == ValueType.DECIMAL) {
            node.put("pattern", "^-?[0-9]{1,15}(\\.[0-9]{1,4})?$");
        } else if (type == ValueType.CURRENCY) {
            node.put("pattern", "^[A-Z]{3}$");
        }
        return node;
    }

    private ObjectNode problemSchema() {
        ObjectNode node = nodes.objectNode();
        node.put("type", "object");
        node.put("description", "Problem details (RFC 9457)");
        ObjectNode properties = node.putObject("properties");
        properties.putObject("type").put("type", "string").put("format", "uri-reference");
        properties.putObject("title").put("type", "string");
        properties.putObject("status").put("type", "integer");
        properties.putObject("detail").put("type", "string");
        properties.putObject("instance").put("type", "string").put("format", "uri-reference");
        node.putArray("required").add("title").add("status");
        return node;
    }

    private ObjectNode securityScheme(ApiAuth auth) {
        ObjectNode node = nodes.objectNode();
        switch (auth) {
            case BEARER_JWT -> node.put("type", "http").put("scheme", "bearer").put("bearerFormat", "JWT");
            case API_KEY -> node.put("type", "apiKey").put("in", "header").put("name", "X-API-Key");
            case MUTUAL_TLS -> node.put("type", "mutualTLS");
            case OAUTH2 -> node.put("type", "oauth2").putObject("flows").putObject("clientCredentials")
                    .put("tokenUrl", "/oauth2/token").putObject("scopes");
            case NONE -> throw new DeliverableException("an API without authentication has no security scheme");
        }
        return node;
    }

    private ObjectNode ref(String schema) {
        return nodes.objectNode().put("$ref", "#/components/schemas/" + schema);
    }

    private ObjectNode arrayOf(ObjectNode items) {
        ObjectNode node = nodes.objectNode().put("type", "array");
        node.set("items", items);
        return node;
    }

    private ObjectNode anyOfNull(ObjectNode schema) {
        ObjectNode node = nodes.objectNode();
        node.putArray("anyOf").add(schema).addObject().put("type", "null");
        return node;
    }

    private static void description(ObjectNode node, String text) {
        String escaped = MarkdownText.inline(text);
        if (!escaped.isEmpty()) {
            node.put("description", escaped);
        }
    }

    private static String write(ObjectMapper mapper, ObjectNode tree, ApiSpec spec) {
        try {
            return mapper.writeValueAsString(tree);
        } catch (JsonProcessingException e) {
            throw new DeliverableException("api '" + spec.id() + "': cannot write the OpenAPI document: " + e.getOriginalMessage(), e);
        }
    }
}
