package dev.architect.openai;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import com.fasterxml.jackson.databind.JsonNode;
import dev.architect.dossier.Consultation;
import dev.architect.event.Stage;
import dev.architect.request.ConsultationRequest;
import dev.architect.testing.SampleStageReplies;
import org.junit.jupiter.api.Test;

/** The warm-up never reaches the provider, and the first model call does not wait for the SDK's figures. */
class WarmUpTest {

    @Test
    void theProvidersWarmUpRunsItsWholeRequestPathAgainstItsOwnLoopbackSocket() throws Exception {
        try (ModelPathOverHttp http = new ModelPathOverHttp((stage, attempt, reply) -> { })) {
            assertThatCode(() -> new OpenAiArchitectProvider().warmUp()).doesNotThrowAnyException();

            assertThat(http.server.getRequestCount()).isZero();
        }
    }

    @Test
    void theAnalyzeCallCarriesOnlyTheRequestAndTheFiguresJoinTheDossierAfterIt() throws Exception {
        try (ModelPathOverHttp http = new ModelPathOverHttp((stage, attempt, reply) -> { })) {
            ConsultationRequest request = ConsultationRequest.builder("ShopFast", "Online store").capabilities("catalog", "orders").build();
            Consultation dossier = http.architect().build().consult(request);

            JsonNode first = http.bodies.get(0);
            String prompt = SampleStageReplies.prompt(first.get("messages"));
            assertThat(SampleStageReplies.stageOf(prompt)).isEqualTo(Stage.ANALYZE);
            assertThat(prompt).contains("<request>\n{").doesNotContain("<facts>\n{");
            assertThat(dossier.capacity().estimates()).isNotEmpty();
            assertThat(dossier.requirements().assumptions()).extracting(a -> a.id())
                    .containsAll(dev.architect.figures.Workload.of(request).assumptions().stream().map(a -> a.id()).toList());
            String design = http.bodies.stream().map(b -> SampleStageReplies.prompt(b.get("messages")))
                    .filter(p -> SampleStageReplies.stageOf(p) == Stage.DESIGN).findFirst().orElseThrow();
            assertThat(design).contains("<facts>\n{");
        }
    }
}
