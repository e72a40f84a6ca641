package dev.architect.request;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.architect.dossier.DossierJson;
import dev.architect.exceptions.InvalidRequestException;
import dev.architect.exceptions.RequestProblem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** A capability entry may be a plain name or carry its own load; both read, check and write back the same way. */
class CapabilityLoadTest {

    private static final String MIXED_YAML = """
            system: Newsroom
            description: A news site
            capabilities:
              - accounts
              - {name: articles, share: 0.8, readWriteRatio: 500}
              - name: comments
                peakRequestsPerSecond: 150
            load: {peakRequestsPerSecond: 1000}
            """;

    @Test
    void yamlEntriesMayBeNamesOrObjectsAndCapabilitiesStillListsTheNames() {
        ConsultationRequest r = RequestReader.readString(MIXED_YAML);

        assertThat(r.capabilities()).containsExactly("accounts", "articles", "comments");
        assertThat(r.capabilityLoads()).containsExactly(
                new CapabilityLoad("articles", 0.8, null, 500.0), new CapabilityLoad("comments", null, 150.0, null));
        assertThat(r.capabilityLoad("accounts")).isEmpty();
    }

    @Test
    void jsonEntriesMayBeNamesOrObjects() {
        ConsultationRequest r = RequestReader.readString("""
                {"system": "Newsroom", "description": "A news site",
                 "capabilities": ["accounts", {"name": "articles", "share": 0.8}]}
                """);

        assertThat(r.capabilities()).containsExactly("accounts", "articles");
        assertThat(r.capabilityLoad("articles")).contains(CapabilityLoad.share("articles", 0.8));
    }

    @Test
    void anObjectWithOnlyANameIsAPlainName() {
        ConsultationRequest r = RequestReader.readString(withCapabilities("[{name: orders}]"));

        assertThat(r.capabilities()).containsExactly("orders");
        assertThat(r.capabilityLoads()).isEmpty();
    }

    @Test
    void jsonWritesPlainNamesAndLoadsBackInTheSameFormAndReadsBackEqual() throws Exception {
        ConsultationRequest original = RequestReader.readString(MIXED_YAML);

        String json = DossierJson.mapper().writeValueAsString(original);

        assertThat(json.replaceAll("\\s", "")).contains(
                "\"capabilities\":[\"accounts\",{\"name\":\"articles\",\"share\":0.8,\"readWriteRatio\":500.0},"
                        + "{\"name\":\"comments\",\"peakRequestsPerSecond\":150.0}]")
                .doesNotContain("capabilityLoads");
        assertThat(RequestReader.readString(json)).isEqualTo(original);
        assertThat(DossierJson.mapper().readValue(json, ConsultationRequest.class)).isEqualTo(original);
    }

    @Test
    void aRequestWithoutLoadsWritesTheNamesAsBefore() throws Exception {
        ConsultationRequest r = ConsultationRequest.builder("S", "D").capabilities("a", "b").build();

        assertThat(DossierJson.mapper().writeValueAsString(r).replaceAll("\\s", "")).contains("\"capabilities\":[\"a\",\"b\"]");
    }

    @Test
    void theBuilderAddsTheCapabilityWithItsLoad() {
        ConsultationRequest r = ConsultationRequest.builder("S", "D").capabilities("accounts")
                .capability(CapabilityLoad.share("search", 0.8).withReadWriteRatio(200)).build();

        assertThat(r.capabilities()).containsExactly("accounts", "search");
        assertThat(r.capabilityLoad("search")).contains(new CapabilityLoad("search", 0.8, null, 200.0));
        assertThat(r.toBuilder().build()).isEqualTo(r);
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
            "[a, {name: b, share: 0}]                                  | capabilities[1].share",
            "[a, {name: b, share: 1.5}]                                | capabilities[1].share",
            "[a, {name: b, share: -0.2}]                               | capabilities[1].share",
            "[{name: a, share: 0.6}, b, {name: c, share: 0.5}]         | capabilities[2].share",
            "[a, {name: b, peakRequestsPerSecond: -5}]                 | capabilities[1].peakRequestsPerSecond",
            "[a, {name: b, readWriteRatio: 0}]                         | capabilities[1].readWriteRatio",
            "[a, {name: b, share: 0.5, peakRequestsPerSecond: 10}]     | capabilities[1].peakRequestsPerSecond",
            "[a, {share: 0.5}]                                         | capabilities[1].name",
            "[a, {name: b, sahre: 0.5}]                                | capabilities[1].sahre",
            "[a, [b, c]]                                               | capabilities[1]",
    })
    void everyBadEntryIsReportedWithItsField(String capabilities, String field) {
        InvalidRequestException e = catchThrowableOfType(InvalidRequestException.class,
                () -> RequestReader.readString(withCapabilities(capabilities)));

        assertThat(e).as(capabilities).isNotNull();
        assertThat(e.problems()).extracting(RequestProblem::path).containsExactly(field);
        assertThat(e.problems().get(0).line()).isPositive();
    }

    @Test
    void aLoadNamingACapabilityThatIsNotListedIsRefusedNamingIt() {
        InvalidRequestException e = catchThrowableOfType(InvalidRequestException.class,
                () -> new ConsultationRequest("S", "D", null, null, java.util.List.of("a"), null, null, null, null, null,
                        null, null, null, null, null, null, java.util.List.of(CapabilityLoad.share("b", 0.5))));

        assertThat(e.problems()).extracting(RequestProblem::path).containsExactly("capabilityLoads[0].name");
        assertThat(e.problems().get(0).message()).contains("\"b\"");
    }

    @Test
    void ownPeakRatesAboveTheSystemPeakAreRefusedAtTheEntryThatPassesIt() {
        InvalidRequestException e = catchThrowableOfType(InvalidRequestException.class, () -> RequestReader.readString(
                withCapabilities("[{name: a, peakRequestsPerSecond: 600}, {name: b, peakRequestsPerSecond: 500}]")
                        + "load: {peakRequestsPerSecond: 1000}\n"));

        assertThat(e.problems()).extracting(RequestProblem::path).containsExactly("capabilities[1].peakRequestsPerSecond");
        assertThat(e.problems().get(0).message()).contains("1100 requests/s", "(1000)");
    }

    @Test
    void aShareAndAnOwnRateTogetherMustFitTheSystemPeak() {
        // 0.8 x 1,000 = 800 requests/s, + 300 = 1,100 > 1,000.
        InvalidRequestException e = catchThrowableOfType(InvalidRequestException.class, () -> RequestReader.readString(
                withCapabilities("[{name: a, share: 0.8}, {name: b, peakRequestsPerSecond: 300}]")
                        + "load: {peakRequestsPerSecond: 1000}\n"));

        assertThat(e.problems()).extracting(RequestProblem::path).containsExactly("capabilities[1].peakRequestsPerSecond");
    }

    @Test
    void aSecondLoadForOneCapabilityIsRefused() {
        InvalidRequestException e = catchThrowableOfType(InvalidRequestException.class,
                () -> RequestReader.readString(withCapabilities("[{name: a, share: 0.2}, {name: a, share: 0.3}]")));

        assertThat(e.problems()).extracting(RequestProblem::path).containsExactly("capabilities[1].name");
    }

    @Test
    void capabilityLoadsIsNotADocumentFieldOfItsOwn() {
        InvalidRequestException e = catchThrowableOfType(InvalidRequestException.class,
                () -> RequestReader.readString(withCapabilities("[a]") + "capabilityLoads: [{name: a, share: 0.5}]\n"));

        assertThat(e.problems()).extracting(RequestProblem::path).containsExactly("capabilityLoads");
    }

    /** A YAML request (block style: a document opening with a brace is read as JSON) with these capabilities. */
    private static String withCapabilities(String capabilities) {
        return "system: S\ndescription: D\ncapabilities: " + capabilities + "\n";
    }
}
