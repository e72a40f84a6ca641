package dev.architect;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import dev.architect.dossier.Consultation;
import dev.architect.dossier.Decision;
import dev.architect.dossier.StageMetrics;
import dev.architect.replay.DossierChatModel;
import dev.architect.request.ConsultationRequest;
import dev.architect.request.RequestReader;
import dev.architect.validation.DossierValidator;
import dev.langchain4j.data.message.UserMessage;
import dev.langchain4j.model.chat.request.ChatRequest;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** A model answering from a dossier runs the whole model path, and the dossier it makes is the one it answered from. */
class DossierChatModelTest {

    /**
     * Every sample: the model path accepts each offline dossier as it is, every service drawn with its components (the
     * FHIR adapter's too) and no API of our own asked of a self-run identity server, which speaks OpenID Connect.
     */
    static Stream<String> answerable() {
        return Stream.of("shopfast-ecommerce.yaml", "tasktrack-saas.yaml", "fleetpulse-iot.yaml", "paylane-payments.yaml",
                "carelink-healthcare.yaml", "bookshelf-legacy-migration.yaml");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("answerable")
    void everyStageAcceptsItsFirstReplyAndTheDesignIsTheOneAnsweredFrom(String file) {
        ConsultationRequest request = RequestReader.read(Path.of("..", "examples", "requests", file));
        Consultation offline = Architect.builder().build().consult(request);

        Consultation answered = Architect.builder().chatModel(DossierChatModel.of(offline)).build().consult(request);

        assertThat(answered.metadata().provider()).isNotEqualTo("offline");
        List<StageMetrics> stages = answered.metadata().stages();
        assertThat(stages).hasSizeGreaterThanOrEqualTo(9);
        assertThat(stages).allSatisfy(s -> assertThat(s.attempts()).as(s.stage()).isEqualTo(1));
        assertThat(answered.decisions()).extracting(Decision::id, Decision::chosenOption)
                .containsExactlyElementsOf(offline.decisions().stream().map(d -> tuple(d.id(), d.chosenOption())).toList());
        assertThat(answered.c4().containers()).isEqualTo(offline.c4().containers());
        assertThat(answered.c4().components()).isEqualTo(offline.c4().components());
        assertThat(answered.c4().relationships()).containsExactlyInAnyOrderElementsOf(offline.c4().relationships());
        assertThat(answered.dataModel()).isEqualTo(offline.dataModel());
        assertThat(answered.apis()).isEqualTo(offline.apis());
        assertThat(answered.risks()).isEqualTo(offline.risks());
        assertThat(answered.cost().monthlyTotal()).isEqualTo(offline.cost().monthlyTotal());
        assertThat(DossierValidator.validate(answered).errors()).isEmpty();
    }

    @Test
    void aRequestThatIsNoConsultationStageIsRefusedByName() {
        Consultation offline = Architect.builder().build().consult(RequestReader.read(Path.of("..", "examples", "requests",
                "tasktrack-saas.yaml")));
        DossierChatModel model = DossierChatModel.of(offline);

        assertThatThrownBy(() -> model.chat(ChatRequest.builder().messages(UserMessage.from("hello")).build()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("names no stage");
    }
}
