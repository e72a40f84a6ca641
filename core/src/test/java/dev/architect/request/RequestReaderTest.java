package dev.architect.request;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.architect.dossier.DossierJson;
import dev.architect.exceptions.InvalidRequestException;
import dev.architect.exceptions.RequestProblem;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class RequestReaderTest {

    private static final String FULL = """
            system: ShopFast
            description: Online store for a mid-size retailer
            goals: [launch in 6 months, survive Black Friday]
            actors: [{name: Shopper, description: buys products}, {name: Merchandiser}]
            capabilities: [catalog, cart, orders, payments, search]
            integrations: [{name: Stripe, purpose: card payments}, {name: SendGrid, purpose: email}]
            load: {peakRequestsPerSecond: 2000, readWriteRatio: 20, monthlyActiveUsers: 2000000, audience: worldwide}
            data: {initialVolumeGb: 200, growthGbPerMonth: 50, retentionYears: 7}
            latency: {p99Ms: 300}
            availability: {targetPercent: 99.95, rpoMinutes: 5, rtoMinutes: 30}
            compliance: [PCI DSS, gdpr]
            budget: {monthlyUsd: 20000}
            team: {size: 8, expertise: [Java, PostgreSQL, AWS]}
            deployment: {cloud: Amazon, regions: [eu-west-1]}
            constraints: [data must stay in the EU]
            existingSystem: {description: a PHP monolith, openApi: '{"openapi": "3.0.3", "paths": {"/orders": {"get": {}}}}'}
            """;

    @Test
    void readsEveryFieldOfAFullYamlRequest() {
        ConsultationRequest r = RequestReader.readString(FULL);

        assertThat(r.system()).isEqualTo("ShopFast");
        assertThat(r.goals()).containsExactly("launch in 6 months", "survive Black Friday");
        assertThat(r.actors()).containsExactly(new Actor("Shopper", "buys products"), Actor.of("Merchandiser"));
        assertThat(r.integrations()).extracting(Integration::name).containsExactly("Stripe", "SendGrid");
        assertThat(r.load()).isEqualTo(new Load(2000.0, 20.0, 2_000_000L, Audience.GLOBAL));
        assertThat(r.data()).isEqualTo(new DataVolume(200.0, 50.0, 7));
        assertThat(r.latency().p99Ms()).isEqualTo(300);
        assertThat(r.availability()).isEqualTo(new Availability(99.95, 5, 30));
        assertThat(r.compliance()).containsExactly(ComplianceRegime.PCI_DSS, ComplianceRegime.GDPR);
        assertThat(r.budget().monthlyUsd()).isEqualTo(20000.0);
        assertThat(r.team()).isEqualTo(new Team(8, List.of("Java", "PostgreSQL", "AWS")));
        assertThat(r.deployment()).isEqualTo(new Deployment(Cloud.AWS, List.of("eu-west-1")));
        assertThat(r.constraints()).containsExactly("data must stay in the EU");
        assertThat(ExistingApi.of(r).orElseThrow().operations()).extracting(Object::toString).containsExactly("GET /orders");
        assertThat(r.isRedesign()).isTrue();
    }

    @Test
    void jsonWrittenByTheSharedMapperReadsBackEqual() throws Exception {
        ConsultationRequest original = RequestReader.readString(FULL);

        String json = DossierJson.mapper().writeValueAsString(original);

        assertThat(json).contains("\"PCI-DSS\"", "\"global\"", "\"aws\"");
        assertThat(RequestReader.readString(json)).isEqualTo(original);
    }

    @Test
    void theShareOfUsersWhoSignInIsOptionalAndRoundTripsThroughJson() throws Exception {
        ConsultationRequest stated = RequestReader.readString(FULL.replace("audience: worldwide}", "audience: worldwide, signedInShare: 0.25}"));

        assertThat(stated.load().signedInShare()).isEqualTo(0.25);
        assertThat(RequestReader.readString(FULL).load().signedInShare()).isNull();
        String json = DossierJson.mapper().writeValueAsString(stated);
        assertThat(json).contains("\"signedInShare\" : 0.25");
        assertThat(RequestReader.readString(json)).isEqualTo(stated);
        assertThat(RequestSchema.json()).contains("\"signedInShare\"");
    }

    @Test
    void readsFromAFileAndAStream(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("request.yaml");
        Files.writeString(file, FULL);

        ConsultationRequest fromFile = RequestReader.read(file);
        ConsultationRequest fromStream = RequestReader.read(new ByteArrayInputStream(FULL.getBytes(StandardCharsets.UTF_8)));

        assertThat(fromFile).isEqualTo(fromStream).isEqualTo(RequestReader.readString(FULL));
    }

    @Test
    void aMinimalRequestNeedsOnlySystemAndDescription() {
        ConsultationRequest r = RequestReader.readString("{\"system\": \"Tiny\", \"description\": \"A to-do list\"}");

        assertThat(r.load()).isNull();
        assertThat(r.compliance()).isEmpty();
        assertThat(r.isRedesign()).isFalse();
    }

    @Test
    void everyProblemInOneDocumentIsReportedTogetherInLineOrder() {
        InvalidRequestException e = catchThrowableOfType(InvalidRequestException.class, () -> RequestReader.readString("""
                system: ShopFast
                load:
                  peakRequestsPerSecond: lots
                availability: {targetPercent: 120}
                team: {size: 0}
                colour: blue
                """));

        assertThat(e.problems()).extracting(RequestProblem::path).containsExactly(
                "description", "load.peakRequestsPerSecond", "availability.targetPercent", "team.size", "colour");
        assertThat(e.problems()).extracting(RequestProblem::line).containsExactly(1, 3, 4, 5, 6);
        assertThat(e.getMessage()).contains("5 problems", "load.peakRequestsPerSecond (line 3): expected a number but got \"lots\"");
    }

    @Test
    void typeAndRangeProblemsOfTheSameObjectAreReportedInOnePass() {
        InvalidRequestException e = catchThrowableOfType(InvalidRequestException.class, () -> RequestReader.readString("""
                system: ShopFast
                description: Online store
                load: {peakRequestsPerSecond: lots, readWriteRatio: -5, monthlyActiveUsers: -1}
                data:
                  initialVolumeGb: -1
                  growthGbPerMonth: fast
                compliance: [PCI-XYZ]
                """));

        assertThat(e.problems()).extracting(RequestProblem::toString).containsExactly(
                "load.peakRequestsPerSecond (line 3): expected a number but got \"lots\"",
                "load.readWriteRatio (line 3): must be greater than 0 but was -5.0",
                "load.monthlyActiveUsers (line 3): must be at least 0 but was -1",
                "data.initialVolumeGb (line 5): must be at least 0 but was -1.0",
                "data.growthGbPerMonth (line 6): expected a number but got \"fast\"",
                "compliance[0] (line 7): unknown value \"PCI-XYZ\"; accepted: PCI-DSS, HIPAA, GDPR, SOC 2, ISO 27001, CCPA, SOX, FedRAMP, 21 CFR Part 11, eIDAS, FERPA, COPPA, PSD2, Swiss FADP, LGPD");
    }

    static Stream<Arguments> badDocuments() {
        String head = "system: S\ndescription: D\n";
        return Stream.of(
                Arguments.of("not a number", head + "load: {peakRequestsPerSecond: lots}",
                        "load.peakRequestsPerSecond", "expected a number but got \"lots\"", 3),
                Arguments.of("negative load", head + "load: {peakRequestsPerSecond: -5}",
                        "load.peakRequestsPerSecond", "must be at least 0 but was -5.0", 3),
                Arguments.of("negative volume", head + "data: {initialVolumeGb: -1}",
                        "data.initialVolumeGb", "must be at least 0", 3),
                Arguments.of("availability above 100", head + "availability: {targetPercent: 100.5}",
                        "availability.targetPercent", "must be at most 100", 3),
                Arguments.of("availability of zero", head + "availability: {targetPercent: 0}",
                        "availability.targetPercent", "must be greater than 0", 3),
                Arguments.of("zero latency", head + "latency: {p99Ms: 0}", "latency.p99Ms", "must be greater than 0", 3),
                Arguments.of("fractional latency", head + "latency: {p99Ms: 2.5}", "latency.p99Ms", "expected a whole number but got 2.5", 3),
                Arguments.of("median above p99", head + "latency: {p99Ms: 100, p50Ms: 200}", "latency.p50Ms", "must not exceed p99Ms", 3),
                Arguments.of("team of zero", head + "team: {size: 0}", "team.size", "must be at least 1 but was 0", 3),
                Arguments.of("unknown field with a hint", head + "load: {peakRequestPerSecond: 5}",
                        "load.peakRequestPerSecond", "did you mean 'peakRequestsPerSecond'?", 3),
                Arguments.of("unknown top-level field", head + "colour: blue", "colour", "unknown field; accepted fields: system, description", 3),
                Arguments.of("unknown compliance regime", head + "compliance: [GDPR, PCI-XYZ]", "compliance[1]",
                        "unknown value \"PCI-XYZ\"; accepted: PCI-DSS, HIPAA, GDPR, SOC 2", 3),
                Arguments.of("unknown cloud", head + "deployment: {cloud: heroku}", "deployment.cloud",
                        "accepted: aws, azure, gcp, on-premises", 3),
                Arguments.of("a list where an object belongs", head + "load: [1, 2]", "load",
                        "expected an object with fields peakRequestsPerSecond", 3),
                Arguments.of("an object where a list belongs", head + "goals: {a: b}", "goals", "expected a list but got an object", 3),
                Arguments.of("missing system", "description: D", "system", "is required", 1),
                Arguments.of("missing description", "system: S", "description", "is required", 1),
                Arguments.of("blank system", "system: '  '\ndescription: D", "system", "must not be blank", 1),
                Arguments.of("null list element", head + "goals: [a, null]", "goals[1]", "must not be null", 3),
                Arguments.of("actor without a name", head + "actors: [{description: buys}]", "actors[0].name", "is required", 3),
                Arguments.of("number too large", head + "load: {monthlyActiveUsers: 99999999999999999999999}",
                        "load.monthlyActiveUsers", "is too large", 3),
                Arguments.of("boolean for a number", head + "budget: {monthlyUsd: true}", "budget.monthlyUsd",
                        "expected a number but got a boolean (true)", 3),
                Arguments.of("malformed YAML", "system: [unclosed\ndescription: D", "", "malformed YAML", 2),
                Arguments.of("malformed JSON", "{\"system\": \"S\", \"description\": }", "", "malformed JSON", 1),
                Arguments.of("empty document", "   \n", "", "the document is empty", 0),
                Arguments.of("a scalar document", "just words", "", "expected an object with fields system", 1),
                Arguments.of("duplicate key", head + "system: T", "", "Duplicate field 'system'", 3),
                Arguments.of("two YAML documents", head + "---\nsystem: T\n", "", "only one YAML document is allowed", 4),
                Arguments.of("retention out of range", head + "data: {retentionYears: 500}", "data.retentionYears", "must be at most 100", 3),
                Arguments.of("signed-in share above one", head + "load: {signedInShare: 1.5}", "load.signedInShare", "must be at most 1 but was 1.5", 3),
                Arguments.of("signed-in share of zero", head + "load: {signedInShare: 0}", "load.signedInShare", "must be greater than 0", 3),
                Arguments.of("signed-in share as words", head + "load: {signedInShare: most}", "load.signedInShare", "expected a number", 3));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badDocuments")
    void aBadDocumentNamesTheFieldAndTheProblem(String name, String document, String path, String message, int line) {
        InvalidRequestException e = catchThrowableOfType(InvalidRequestException.class, () -> RequestReader.readString(document));

        assertThat(e).as("expected an InvalidRequestException").isNotNull();
        assertThat(e.problems()).anySatisfy(p -> {
            assertThat(p.path()).isEqualTo(path);
            assertThat(p.message()).contains(message);
            assertThat(p.line()).isEqualTo(line);
        });
        assertThat(e.isRetriable()).isFalse();
    }

    @Test
    void complianceAliasesMapToOneValue() {
        for (String spelling : List.of("PCI-DSS", "PCI DSS", "pci", "pci_dss", "Payment Card Industry")) {
            assertThat(ComplianceRegime.of(spelling)).as(spelling).isEqualTo(ComplianceRegime.PCI_DSS);
        }
        assertThat(ComplianceRegime.of("SOC 2 Type II")).isEqualTo(ComplianceRegime.SOC2);
        assertThatThrownBy(() -> ComplianceRegime.of("PCI-XYZ"))
                .isInstanceOf(InvalidRequestException.class)
                .hasMessageContaining("accepted: PCI-DSS, HIPAA, GDPR, SOC 2, ISO 27001, CCPA, SOX, FedRAMP, 21 CFR Part 11, eIDAS, FERPA, COPPA, PSD2, Swiss FADP, LGPD");
    }

    @Test
    void theBuilderValidatesAndReportsEveryProblemOfARecord() {
        InvalidRequestException e = catchThrowableOfType(InvalidRequestException.class,
                () -> new Load(-1.0, 0.0, -3L, null));

        assertThat(e.problems()).extracting(RequestProblem::path)
                .containsExactly("peakRequestsPerSecond", "readWriteRatio", "monthlyActiveUsers");
        assertThat(e.problems()).allSatisfy(p -> assertThat(p.line()).isZero());

        ConsultationRequest built = ConsultationRequest.builder("ShopFast", "Online store")
                .capabilities("catalog", "orders").compliance(ComplianceRegime.GDPR)
                .load(new Load(2000.0, 20.0, null, null)).team(new Team(8, List.of("Java"))).build();
        assertThat(built.toBuilder().build()).isEqualTo(built);
        assertThatThrownBy(() -> ConsultationRequest.builder(null, "x").build())
                .isInstanceOf(InvalidRequestException.class).hasMessageContaining("system: is required");
    }

    @Test
    void deeplyNestedOrHugeDocumentsAreRefusedWithoutCrashing() {
        String nested = "system: S\ndescription: D\ngoals: " + "[".repeat(5000) + "]".repeat(5000);
        assertThatThrownBy(() -> RequestReader.readString(nested)).isInstanceOf(InvalidRequestException.class);

        String huge = "system: S\ndescription: '" + "x".repeat(1_000_001) + "'";
        assertThatThrownBy(() -> RequestReader.readString(huge))
                .isInstanceOf(InvalidRequestException.class).hasMessageContaining("at most 1000000");
    }
}
