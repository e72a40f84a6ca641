package dev.architect.examples;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import dev.architect.request.ConsultationRequest;
import dev.architect.request.RequestReader;
import dev.architect.request.RequestSchema;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The sample requests users copy from: each parses, and the generated JSON Schema agrees with the reader. */
class SampleRequestsTest {

    private static final Path REQUESTS = Path.of("requests");
    private static final Schema SCHEMA = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12)
            .getSchema(RequestSchema.json(), InputFormat.JSON);

    static Stream<Path> sampleRequests() throws IOException {
        try (Stream<Path> files = Files.list(REQUESTS)) {
            return files.filter(f -> f.toString().endsWith(".yaml")).sorted().toList().stream();
        }
    }

    @Test
    void thereAreSamplesForAtLeastSixKindsOfSystem() throws IOException {
        assertThat(sampleRequests().map(p -> p.getFileName().toString())).hasSizeGreaterThanOrEqualTo(6)
                .anyMatch(n -> n.contains("ecommerce")).anyMatch(n -> n.contains("saas")).anyMatch(n -> n.contains("iot"))
                .anyMatch(n -> n.contains("payments")).anyMatch(n -> n.contains("healthcare")).anyMatch(n -> n.contains("migration"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("sampleRequests")
    void aSampleRequestParsesAndMatchesTheGeneratedSchema(Path file) throws IOException {
        ConsultationRequest request = RequestReader.read(file);
        assertThat(request.system()).isNotBlank();
        assertThat(request.description()).hasSizeGreaterThan(40);
        assertThat(request.capabilities()).hasSizeGreaterThanOrEqualTo(3);

        JsonNode document = new YAMLMapper().readTree(file.toFile());
        List<Error> errors = SCHEMA.validate(document);
        assertThat(errors).as("schema errors for %s", file).isEmpty();
    }

    @Test
    void closedVocabulariesAreEnumsThatAcceptEveryDocumentedSpellingTheReaderAccepts() throws IOException {
        JsonNode compliance = new ObjectMapper().readTree(RequestSchema.json()).at("/properties/compliance/items");
        assertThat(compliance.has("examples")).isFalse();
        List<String> spellings = new ArrayList<>();
        compliance.get("enum").forEach(v -> spellings.add(v.asText()));
        assertThat(spellings).contains("PCI-DSS", "pci", "SOC2", "SOC 2", "soc 2 type ii", "FedRAMP").doesNotContain("PCI-XYZ");
        for (String spelling : spellings) {
            // YAML's single-quoted scalar doubles a quote inside it ("children's" is a spelling)
            assertThat(RequestReader.readString("system: S\ndescription: D\ncompliance: ['" + spelling.replace("'", "''") + "']\n").compliance())
                    .as(spelling).hasSize(1);
        }
        assertThat(compliance.get("description").asText()).contains("PCI-DSS (also pci, pcidss, payment card industry)");
    }

    @Test
    void theSchemaRejectsWhatTheReaderRejects() throws IOException {
        JsonNode bad = new ObjectMapper().readTree("""
                {"system": "S", "description": "D", "colour": "blue",
                 "load": {"peakRequestsPerSecond": -1}, "team": {"size": 0}, "latency": {"p99Ms": "fast"}}""");

        List<String> where = SCHEMA.validate(bad).stream().map(e -> e.getInstanceLocation() + " " + e.getMessage()).toList();

        assertThat(where).anyMatch(w -> w.contains("colour"))
                .anyMatch(w -> w.startsWith("/load/peakRequestsPerSecond"))
                .anyMatch(w -> w.startsWith("/team/size"))
                .anyMatch(w -> w.startsWith("/latency/p99Ms"));
        JsonNode unknownValues = new ObjectMapper().readTree("""
                {"system": "S", "description": "D", "compliance": ["GDPR", "PCI-XYZ"], "deployment": {"cloud": "heroku"},
                 "load": {"audience": "galactic"}}""");
        assertThat(SCHEMA.validate(unknownValues).stream().map(e -> e.getInstanceLocation().toString()))
                .containsExactlyInAnyOrder("/compliance/1", "/deployment/cloud", "/load/audience");
        JsonNode missing = new ObjectMapper().readTree("{\"system\": \"S\"}");
        assertThat(SCHEMA.validate(missing)).anyMatch(e -> e.getMessage().contains("description"));
    }

    @Test
    void theSchemaAcceptsCapabilitiesAsNamesOrWithTheirLoadAsTheReaderDoes() throws IOException {
        String both = """
                {"system": "S", "description": "D", "capabilities": ["accounts",
                  {"name": "articles", "share": 0.8, "readWriteRatio": 500}, {"name": "comments", "peakRequestsPerSecond": 150}]}""";

        assertThat(SCHEMA.validate(new ObjectMapper().readTree(both))).isEmpty();
        assertThat(RequestReader.readString(both).capabilities()).containsExactly("accounts", "articles", "comments");
        assertThat(SCHEMA.validate(new ObjectMapper().readTree(new ObjectMapper().writeValueAsString(RequestReader.readString(both)))))
                .as("what the SDK writes back").isEmpty();
        assertThat(new ObjectMapper().readTree(RequestSchema.json()).at("/properties").has("capabilityLoads")).isFalse();
    }

    @Test
    void theSchemaRejectsABadCapabilityLoadWhereTheReaderDoes() throws IOException {
        for (String entry : List.of("{\"name\": \"b\", \"share\": 1.5}", "{\"name\": \"b\", \"share\": 0}",
                "{\"name\": \"b\", \"peakRequestsPerSecond\": -5}", "{\"share\": 0.5}", "{\"name\": \"b\", \"sahre\": 0.5}",
                "{\"name\": \"b\", \"share\": 0.5, \"peakRequestsPerSecond\": 10}")) {
            JsonNode document = new ObjectMapper().readTree("{\"system\": \"S\", \"description\": \"D\", \"capabilities\": [\"a\", " + entry + "]}");

            assertThat(SCHEMA.validate(document)).as(entry).anyMatch(e -> e.getInstanceLocation().toString().startsWith("/capabilities/1"));
        }
    }
}
