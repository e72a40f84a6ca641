package dev.architect.deliverables.openapi;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import dev.architect.deliverables.document.Deliverable;
import dev.architect.deliverables.document.OpenApiDocument;
import dev.architect.deliverables.testing.HostileDossier;
import dev.architect.deliverables.testing.Rendered;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.parameters.Parameter;
import io.swagger.v3.parser.OpenAPIV3Parser;
import io.swagger.v3.parser.core.models.ParseOptions;
import io.swagger.v3.parser.core.models.SwaggerParseResult;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class OpenApiRendererTest {

    private static final Pattern TEMPLATE = Pattern.compile("\\{([^}]+)}");

    static Stream<Arguments> documents() {
        List<Arguments> all = new ArrayList<>();
        for (List<Deliverable> files : List.of(Rendered.sample(), Rendered.hostile())) {
            Rendered.ofType(files, OpenApiDocument.class).forEach(d -> all.add(Arguments.of(d.path(), d)));
        }
        return all.stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("documents")
    void swaggerParserReadsEveryDocumentWithoutAMessage(String path, OpenApiDocument document) {
        ParseOptions options = new ParseOptions();
        options.setResolve(true);
        SwaggerParseResult result = new OpenAPIV3Parser().readContents(document.content(), null, options);
        assertThat(result.getMessages()).as(path).isEmpty();
        OpenAPI api = result.getOpenAPI();
        assertThat(api).as(path).isNotNull();
        assertThat(api.getOpenapi()).isEqualTo("3.1.0");
        List<String> operationIds = new ArrayList<>();
        api.getPaths().forEach((template, item) -> item.readOperations().forEach(op -> {
            operationIds.add(op.getOperationId());
            assertThat(op.getResponses()).as(op.getOperationId()).isNotEmpty().containsKey("default");
            assertDeclaresEveryTemplateParameter(template, op);
        }));
        assertThat(operationIds).doesNotHaveDuplicates().isNotEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("documents")
    void documentsUse31NullabilityAndNoStringSmuggledStructure(String path, OpenApiDocument document) throws Exception {
        JsonNode tree = tree(document);
        assertThat(tree.findValues("nullable")).isEmpty();
        // every "type" is a JSON type name or an array of them (swagger-parser does not check this)
        for (JsonNode type : tree.findValues("type")) {
            if (type.isArray()) {
                type.forEach(t -> assertThat(t.asText()).isIn("string", "integer", "number", "boolean", "array", "object", "null"));
            } else if (type.isTextual()) {
                assertThat(type.asText()).isIn("string", "integer", "number", "boolean", "array", "object", "null", "http",
                        "apiKey", "oauth2", "mutualTLS", "openIdConnect");
            }
        }
    }

    @Test
    void yamlAndJsonHoldTheSameDocument() throws Exception {
        for (List<Deliverable> files : List.of(Rendered.sample(), Rendered.hostile())) {
            for (OpenApiDocument yaml : Rendered.ofType(files, OpenApiDocument.class)) {
                if (yaml.path().endsWith(".yaml")) {
                    Deliverable json = Rendered.file(files, yaml.path().replace(".yaml", ".json"));
                    assertThat(tree(yaml)).isEqualTo(new ObjectMapper().readTree(json.content()));
                }
            }
        }
    }

    @Test
    void sampleDeclaresProblemErrorsBearerSecurityAndServerFromBasePath() throws Exception {
        JsonNode doc = tree((OpenApiDocument) Rendered.file(Rendered.sample(), "api/store-app.openapi.yaml"));
        assertThat(doc.at("/servers/0/url").asText()).isEqualTo("/api/v1");
        assertThat(doc.at("/components/securitySchemes/default/scheme").asText()).isEqualTo("bearer");
        assertThat(doc.at("/paths/~1products~1{productId}/get/responses/404/content/application~1problem+json/schema/$ref").asText())
                .isEqualTo("#/components/schemas/Problem");
        assertThat(doc.at("/paths/~1orders/post/responses/401/description").asText()).isEqualTo("Missing or invalid credentials");
        assertThat(doc.at("/components/schemas/Product/properties/description/type").toString()).isEqualTo("[\"string\",\"null\"]");
        assertThat(doc.at("/paths/~1products/get/responses/200/content/application~1json/schema/items/$ref").asText())
                .isEqualTo("#/components/schemas/Product");
    }

    @Test
    void hostileDescriptionsKeepTheirTextButNoMarkdownLinkOrImage() throws Exception {
        JsonNode doc = tree(Rendered.ofType(Rendered.hostile(), OpenApiDocument.class).get(0));
        String description = doc.at("/paths/~1things~1{thingId}/get/description").asText();
        assertThat(description).contains("\\!\\[x\\](https\u200B://evil.example/?q=secret)", "&lt;script&gt;")
                .doesNotContain("\n", "![", "<script");
        assertThat(doc.at("/info/title").asText()).isEqualTo(HostileDossier.evil("api title"));
    }

    private static void assertDeclaresEveryTemplateParameter(String template, Operation op) {
        Matcher m = TEMPLATE.matcher(template);
        while (m.find()) {
            String name = m.group(1);
            assertThat(op.getParameters()).as(op.getOperationId() + " declares {" + name + "}")
                    .anyMatch((Parameter p) -> "path".equals(p.getIn()) && name.equals(p.getName()) && Boolean.TRUE.equals(p.getRequired()));
        }
    }

    private static JsonNode tree(OpenApiDocument document) throws Exception {
        return document.path().endsWith(".yaml") ? new YAMLMapper().readTree(document.content())
                : new ObjectMapper().readTree(document.content());
    }
}
