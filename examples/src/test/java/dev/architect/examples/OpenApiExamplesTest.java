package dev.architect.examples;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import dev.architect.deliverables.openapi.OpenApiRenderer;
import dev.architect.dossier.ApiSpec;
import dev.architect.dossier.Consultation;
import dev.architect.offline.OfflineArchitect;
import dev.architect.request.RequestReader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every request and response example of the offline architect's OpenAPI documents validates against its schema (JSON
 * Schema 2020-12, as OpenAPI 3.1 uses), for the samples, the archetype, shape and lifecycle requests; money follows the decimal-string
 * pattern; every 429 carries Retry-After.
 */
class OpenApiExamplesTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    static Stream<Path> requests() throws IOException {
        List<Path> all = new ArrayList<>();
        for (Path dir : List.of(Path.of("requests"), Path.of("..", "core", "src", "test", "resources", "archetype-requests"),
                Path.of("..", "core", "src", "test", "resources", "capability-shape-requests"),
                Path.of("..", "core", "src", "test", "resources", "lifecycle-requests"),
                Path.of("..", "core", "src", "test", "resources", "action-shape-requests"))) {
            try (Stream<Path> files = Files.list(dir)) {
                files.filter(f -> f.toString().endsWith(".yaml")).sorted().forEach(all::add);
            }
        }
        return all.stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("requests")
    void everyExampleValidatesAgainstItsSchemaAndEvery429SaysWhenToRetry(Path request) throws Exception {
        Consultation c = OfflineArchitect.create().consult(RequestReader.read(request));
        OpenApiRenderer renderer = new OpenApiRenderer();
        int examples = 0;
        List<String> problems = new ArrayList<>();
        for (ApiSpec spec : c.apis()) {
            ObjectNode doc = renderer.document(spec);
            for (Map.Entry<String, JsonNode> path : doc.get("paths").properties()) {
                for (Map.Entry<String, JsonNode> op : path.getValue().properties()) {
                    String where = spec.id() + " " + op.getKey() + " " + path.getKey();
                    JsonNode body = op.getValue().path("requestBody").path("content").path("application/json");
                    if (!body.isMissingNode()) {
                        examples += check(doc, body, where + " request", problems);
                    }
                    for (Map.Entry<String, JsonNode> response : op.getValue().get("responses").properties()) {
                        JsonNode content = response.getValue().path("content").path("application/json");
                        if (!content.isMissingNode()) {
                            examples += check(doc, content, where + " " + response.getKey(), problems);
                        }
                        if (response.getKey().equals("429")) {
                            assertThat(response.getValue().path("headers").has("Retry-After")).as(where).isTrue();
                        }
                    }
                }
            }
        }
        assertThat(problems).isEmpty();
        assertThat(examples).isGreaterThan(c.apis().size());
    }

    /** Validates the example of one media type against its schema, resolved within the document's components. */
    private static int check(ObjectNode doc, JsonNode content, String where, List<String> problems) throws Exception {
        if (!content.has("example")) {
            problems.add(where + ": no example");
            return 0;
        }
        ObjectNode root = JsonNodeFactory.instance.objectNode();
        root.put("$schema", "https://json-schema.org/draft/2020-12/schema");
        root.set("components", doc.get("components"));
        root.setAll((ObjectNode) content.get("schema").deepCopy());
        Schema schema = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12)
                .getSchema(JSON.writeValueAsString(root), InputFormat.JSON);
        List<Error> errors = schema.validate(content.get("example"));
        errors.forEach(e -> problems.add(where + ": " + e.getInstanceLocation() + " " + e.getMessage()));
        return 1;
    }
}
