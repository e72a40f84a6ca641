package dev.architect;

import dev.architect.testing.SampleStageReplies;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.architect.dossier.Assumption;
import dev.architect.dossier.Consultation;
import dev.architect.dossier.StageMetrics;
import dev.architect.event.Stage;
import dev.architect.exceptions.InvalidRequestException;
import org.junit.jupiter.api.Test;

class SessionTest {

    @Test
    void aSessionAsksItsQuestionsAndDesignsWithTheAnswers() {
        ScriptedModel model = ScriptedModel.valid();
        Session session = Requests.architect(model).build().startSession(Requests.shopFast());

        assertThat(session.questions()).singleElement().satisfies(q -> {
            assertThat(q.id()).isEqualTo("oq-marketplace");
            assertThat(q.options()).containsExactly("No", "Within a year");
            assertThat(q.recommended()).isEqualTo("No");
            assertThat(q.whyItMatters()).isNotBlank();
        });
        assertThat(model.calls).hasSize(1);

        Consultation c = session.answer("oq-marketplace", "Within a year").complete();

        assertThat(c.requirements().constraints()).contains("Will third-party sellers list products? Answer: Within a year");
        assertThat(c.requirements().assumptions()).extracting(Assumption::id).doesNotContain("as-oq-marketplace");
        assertThat(model.callsOf(Stage.DESIGN).get(0).user()).contains("Answer: Within a year");
        assertThat(c.metadata().stages()).extracting(StageMetrics::stage).startsWith("analyze", "design");
        assertThat(c.metadata().inputTokens()).isEqualTo(9L * ScriptedModel.INPUT_TOKENS);
    }

    @Test
    void anAnswerMustBeOneOfTheQuestionsOptions() {
        Session session = Requests.architect(ScriptedModel.valid()).build().startSession(Requests.shopFast());

        assertThatThrownBy(() -> session.answer("oq-marketplace", "Maybe"))
                .isInstanceOf(InvalidRequestException.class)
                .hasMessageContaining("answers.oq-marketplace").hasMessageContaining("[No, Within a year]");
        assertThatThrownBy(() -> session.answer("oq-unknown", "No"))
                .isInstanceOf(InvalidRequestException.class).hasMessageContaining("oq-marketplace");
    }

    @Test
    void moreThanFiveQuestionsOrAQuestionWithOneOptionIsSentBackForRepair() {
        ScriptedModel model = new ScriptedModel(call -> {
            if (call.stage() != Stage.ANALYZE || call.attempt() > 1) {
                return SampleStageReplies.reply(call.request());
            }
            ObjectNode reply = SampleStageReplies.reply(Stage.ANALYZE, call.systemName());
            ArrayNode questions = reply.putArray("openQuestions");
            for (int i = 1; i <= 6; i++) {
                questions.addObject().put("id", "oq-" + i).put("question", "Question " + i + "?")
                        .put("whyItMatters", "It changes the design").put("recommended", "Yes")
                        .putArray("options").add("Yes");
            }
            return SampleStageReplies.json(reply);
        });

        Session session = Requests.architect(model).build().startSession(Requests.shopFast());

        String repair = model.callsOf(Stage.ANALYZE).get(1).last();
        assertThat(repair).contains("openQuestions has 6 questions; ask at most 5")
                .contains("clarifying question 'oq-1': needs 2-4 options but has 1");
        assertThat(session.questions()).hasSize(1);
    }
}
