package dev.architect.offline;

import static org.assertj.core.api.Assertions.assertThat;

import dev.architect.dossier.ApiSpec;
import dev.architect.dossier.Consultation;
import dev.architect.dossier.Decision;
import dev.architect.dossier.DossierJson;
import dev.architect.validation.DossierValidator;
import dev.architect.request.ConsultationRequest;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.FieldSource;

/** Properties every offline dossier has, whatever the request. */
class EveryDossierTest {

    static final java.util.List<String> REQUESTS = Requests.ALL;

    /** The test requests, the fresh requests and the examples' sample requests, each read by its own loader. */
    static java.util.stream.Stream<org.junit.jupiter.params.provider.Arguments> everyRequest() {
        return java.util.stream.Stream.of(
                Requests.ALL.stream().map(n -> org.junit.jupiter.params.provider.Arguments.of("test " + n, Requests.load(n))),
                Requests.FRESH.stream().map(n -> org.junit.jupiter.params.provider.Arguments.of("fresh " + n, Requests.fresh(n))),
                Requests.SAMPLES.stream().map(n -> org.junit.jupiter.params.provider.Arguments.of("sample " + n, Requests.sample(n))))
                .flatMap(x -> x);
    }

    @ParameterizedTest(name = "{0}")
    @org.junit.jupiter.params.provider.MethodSource("everyRequest")
    void dossierPassesTheValidatorAndItsRequestAwareConsistencyRulesWithNoErrorsOrWarnings(String name, ConsultationRequest r) {
        Consultation c = OfflineArchitect.create().consult(r);

        assertThat(DossierValidator.validate(c, r).describe()).as(name).isEmpty();
    }

    static final java.util.List<String> SAMPLES = Requests.SAMPLES;

    /** Managed relational products a decision could name; only the datastore decision chooses one. */
    private static final java.util.List<String> DATABASE_PRODUCTS = java.util.List.of("Aurora", "RDS", "Cloud SQL", "Azure Database", "Spanner");

    @ParameterizedTest
    @FieldSource("SAMPLES")
    void decisionsThatLiveInThePrimaryDatabaseNameNoOtherDatabaseProduct(String sample) {
        Consultation c = OfflineArchitect.create().consult(Requests.sample(sample));
        String datastore = c.decision(dev.architect.dossier.DecisionTopic.DATASTORE).orElseThrow().chosenOption();

        for (dev.architect.dossier.DecisionTopic topic : java.util.List.of(dev.architect.dossier.DecisionTopic.LEDGER,
                dev.architect.dossier.DecisionTopic.BOOKING_CONSISTENCY)) {
            c.decision(topic).ifPresent(d -> assertThat(DATABASE_PRODUCTS).as(d.chosenOption() + " beside " + datastore)
                    .noneMatch(product -> d.chosenOption().contains(product) && !datastore.contains(product)));
        }
    }

    @ParameterizedTest
    @FieldSource("REQUESTS")
    void sameRequestGivesByteIdenticalJsonThatRoundTripsEqual(String request) {
        ConsultationRequest r = Requests.load(request);
        Consultation first = OfflineArchitect.create().consult(r);
        String json = DossierJson.write(first);

        assertThat(DossierJson.write(OfflineArchitect.create().consult(Requests.load(request)))).isEqualTo(json);
        assertThat(DossierJson.read(json)).isEqualTo(first);
    }

    @ParameterizedTest
    @FieldSource("REQUESTS")
    void metadataReportsTheOfflineEngineWithNoTokensOrClock(String request) {
        var m = OfflineArchitect.create().consult(Requests.load(request)).metadata();

        assertThat(m.provider()).isEqualTo("offline");
        assertThat(m.model()).isEqualTo("rules-v1");
        assertThat(m.totalTokens()).isZero();
        assertThat(m.durationMillis()).isZero();
        assertThat(m.stages()).extracting(s -> s.stage()).containsExactly("analyze", "decide", "design", "plan");
    }

    @ParameterizedTest
    @FieldSource("REQUESTS")
    void everyDecisionWeighsTwoOrThreeOptionsAgainstDriversAndEveryApiContainerHasASpec(String request) {
        Consultation c = OfflineArchitect.create().consult(Requests.load(request));

        for (Decision d : c.decisions()) {
            assertThat(d.options()).as(d.title()).hasSizeBetween(2, 3);
            assertThat(d.drivers()).as(d.title()).isNotEmpty();
            assertThat(d.options()).allMatch(o -> o.summary().contains("it depends on"));
            assertThat(d.relatedElements()).as(d.title()).isNotEmpty();
        }
        assertThat(c.apis()).extracting(ApiSpec::containerId).doesNotHaveDuplicates();
        c.c4().containers().stream().filter(k -> k.kind() == dev.architect.dossier.ContainerKind.SERVICE
                        || k.kind() == dev.architect.dossier.ContainerKind.FUNCTION)
                .filter(k -> !k.id().equals("identity") && !k.id().equals("card-vault"))
                .forEach(k -> assertThat(c.apis()).extracting(ApiSpec::containerId).as("API of " + k.id()).contains(k.id()));
    }
}
