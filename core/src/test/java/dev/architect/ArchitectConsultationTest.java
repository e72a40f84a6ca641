package dev.architect;

import dev.architect.testing.SampleGrounding;
import dev.architect.testing.SampleStageReplies;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.architect.dossier.Assumption;
import dev.architect.dossier.Consultation;
import dev.architect.dossier.CostLineItem;
import dev.architect.dossier.StageMetrics;
import dev.architect.event.ConsultationEvent.StageRetried;
import dev.architect.event.ConsultationEvent;
import dev.architect.event.Stage;
import dev.architect.exceptions.StageFailedException;
import dev.architect.request.ConsultationRequest;
import dev.architect.validation.DossierValidator;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import org.junit.jupiter.api.Test;

class ArchitectConsultationTest {

    @Test
    void happyPathProducesAFullDossierThatPassesTheValidator() {
        ScriptedModel model = ScriptedModel.valid();

        Consultation c = Requests.architect(model).build().consult(Requests.shopFast());

        assertThat(DossierValidator.validate(c).errors()).isEmpty();
        Consultation sample = SampleStageReplies.SAMPLE;
        assertThat(c.system()).isEqualTo("ShopFast");
        assertThat(c.summary()).startsWith("Design for ShopFast");
        assertThat(c.decisions()).isEqualTo(sample.decisions());
        assertThat(c.c4()).isEqualTo(sample.c4());
        assertThat(c.apis()).isEqualTo(sample.apis());
        assertThat(c.dataModel()).isEqualTo(sample.dataModel());
        assertThat(c.sequences()).isEqualTo(sample.sequences());
        assertThat(c.operations()).isEqualTo(sample.operations());
        assertThat(c.roadmap()).isEqualTo(sample.roadmap());
        assertThat(c.techStack()).isEqualTo(sample.techStack());
        assertThat(c.migration()).isNull();
        assertThat(model.calls).hasSize(9);
    }

    @Test
    void capacityComesFromTheSdkAndEveryCostItemIsPricedFromThePriceTable() {
        Consultation c = Requests.architect(ScriptedModel.valid()).build().consult(Requests.shopFast());

        assertThat(c.capacity()).isEqualTo(SampleStageReplies.SAMPLE.capacity());
        assertThat(c.cost().items()).extracting(CostLineItem::id, CostLineItem::unitPrice, CostLineItem::monthly)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("compute", 70.08, 420.48),
                        org.assertj.core.groups.Tuple.tuple("database", 700.0, 1400.0));
        assertThat(c.cost().monthlyTotal()).isEqualTo(1820.48);
        assertThat(c.cost().threeYearTco()).isEqualTo(65537.28);
        assertThat(c.cost().priceDate()).isEqualTo("2026-10-01");
    }

    @Test
    void anUnansweredQuestionBecomesAStatedAssumptionAndTheSdksAssumptionsAreKept() {
        Consultation c = Requests.architect(ScriptedModel.valid()).build().consult(Requests.shopFast());

        assertThat(c.requirements().openQuestions()).isEmpty();
        assertThat(c.requirements().assumptions()).extracting(Assumption::id)
                .contains("as-payload", SampleGrounding.CLOUD.id(), "as-oq-marketplace");
        Assumption assumed = c.requirements().assumptions().stream().filter(a -> a.id().equals("as-oq-marketplace"))
                .findFirst().orElseThrow();
        assertThat(assumed.value()).isEqualTo("No");
        assertThat(assumed.topic()).isEqualTo("Will third-party sellers list products?");
        assertThat(c.metadata().warnings()).anyMatch(w -> w.contains("oq-marketplace") && w.contains("assumed \"No\""));
    }

    @Test
    void metadataAndEventsAccountForEveryStageTokensAndTime() {
        Queue<ConsultationEvent> events = new ConcurrentLinkedQueue<>();
        Consultation c = Requests.architect(ScriptedModel.valid()).listener(events::add).build().consult(Requests.shopFast());

        List<StageMetrics> stages = c.metadata().stages();
        assertThat(stages).extracting(StageMetrics::stage).containsExactly("analyze", "design", "decisions",
                "components", "apis", "data", "flows", "risks", "plan");
        assertThat(stages).allMatch(s -> s.attempts() == 1 && s.inputTokens() == ScriptedModel.INPUT_TOKENS
                && s.outputTokens() == ScriptedModel.OUTPUT_TOKENS);
        assertThat(c.metadata().inputTokens()).isEqualTo(9L * ScriptedModel.INPUT_TOKENS);
        assertThat(c.metadata().outputTokens()).isEqualTo(9L * ScriptedModel.OUTPUT_TOKENS);
        assertThat(c.metadata().provider()).isEqualTo("ScriptedModel");
        assertThat(c.metadata().model()).isEqualTo("scripted-1");
        assertThat(c.metadata().personaVersion()).isEqualTo(dev.architect.consultation.Persona.DEFAULT_VERSION).isEqualTo("persona-v2");

        assertThat(events).filteredOn(e -> e instanceof ConsultationEvent.StageStarted).hasSize(9);
        assertThat(events).filteredOn(e -> e instanceof ConsultationEvent.StageCompleted).hasSize(9);
        assertThat(events).filteredOn(e -> e instanceof ConsultationEvent.Warning).isNotEmpty();
        assertThat(events).last().isInstanceOfSatisfying(ConsultationEvent.ConsultationCompleted.class, done -> {
            assertThat(done.inputTokens()).isEqualTo(c.metadata().inputTokens());
            assertThat(done.modelCalls()).isEqualTo(9);
        });
        assertThat(events).extracting(ConsultationEvent::consultationId).containsOnly(events.peek().consultationId());
    }

    @Test
    void malformedJsonIsSentBackAndTheRepairedReplyAccepted() {
        Queue<ConsultationEvent> events = new ConcurrentLinkedQueue<>();
        ScriptedModel model = new ScriptedModel(call -> call.stage() == Stage.DECISIONS && call.attempt() == 1
                ? "Here are the decisions:\n```json\n{\"decisions\": [{\"id\": \"adr-0001\", \"title\": "
                : SampleStageReplies.reply(call.request()));

        Consultation c = Requests.architect(model).listener(events::add).build().consult(Requests.shopFast());

        assertThat(c.decisions()).isEqualTo(SampleStageReplies.SAMPLE.decisions());
        List<ScriptedModel.Call> decisionCalls = model.callsOf(Stage.DECISIONS);
        assertThat(decisionCalls).hasSize(2);
        assertThat(decisionCalls.get(1).last()).contains("could not be accepted", "not complete");
        assertThat(c.metadata().stages()).filteredOn(s -> s.stage().equals("decisions"))
                .singleElement().extracting(StageMetrics::attempts).isEqualTo(2);
        assertThat(events).filteredOn(e -> e instanceof StageRetried r && r.reason() == StageRetried.Reason.INVALID_REPLY)
                .singleElement().extracting(ConsultationEvent::consultationId).isNotNull();
    }

    @Test
    void replyWrappedInReasoningProseAndFencesIsAcceptedFirstTime() {
        ScriptedModel model = new ScriptedModel(call -> "<think>The user wants {an object}. Let me think.</think>\n"
                + "Sure, here is the result:\n```json\n" + SampleStageReplies.reply(call.request()) + "\n```\nHope this helps!");

        Consultation c = Requests.architect(model).build().consult(Requests.shopFast());

        assertThat(c.risks()).hasSize(SampleStageReplies.SAMPLE.risks().size());
        assertThat(model.calls).hasSize(9);
    }

    @Test
    void aCrossReferenceViolationIsSentBackWithItsPathAndRepaired() {
        ScriptedModel model = new ScriptedModel(call -> {
            if (call.stage() == Stage.RISKS && call.attempt() == 1) {
                ObjectNode reply = SampleStageReplies.reply(Stage.RISKS, call.systemName());
                ((ObjectNode) reply.get("risks").get(0)).putArray("relatedDecisions").add("adr-0099");
                return SampleStageReplies.json(reply);
            }
            return SampleStageReplies.reply(call.request());
        });

        Consultation c = Requests.architect(model).build().consult(Requests.shopFast());

        String repair = model.callsOf(Stage.RISKS).get(1).last();
        assertThat(repair).contains("risks[0].relatedDecisions[0]", "unknown decision 'adr-0099'", "[unknown-decision]");
        assertThat(c.risks().get(0).relatedDecisions()).containsExactly("adr-0001");
    }

    @Test
    void aStackInALanguageTheTeamDoesNotKnowIsSentBackAndRepaired() {
        ScriptedModel model = new ScriptedModel(call -> {
            if (call.stage() == Stage.DESIGN && call.attempt() > 1) {
                // The repair moves the whole design to the team's language: the stack and the containers' technology.
                return SampleStageReplies.json(SampleStageReplies.reply(Stage.DESIGN, call.systemName()))
                        .replace("Java 17 with Spring Boot", "Go 1.22 with chi").replace("Spring Boot", "Go").replace("Java", "Go");
            }
            return SampleStageReplies.reply(call.request());
        });
        ConsultationRequest goTeam = Requests.shopFast().toBuilder().team(new dev.architect.request.Team(6, List.of("Go", "PostgreSQL"))).build();

        Consultation c = Requests.architect(model).build().consult(goTeam);

        assertThat(model.callsOf(Stage.DESIGN).get(1).last()).contains("[language-mismatch]", "Go, PostgreSQL");
        assertThat(c.techStack()).anyMatch(t -> t.choice().equals("Go 1.22 with chi"));
    }

    @Test
    void aBrokenInvariantIsSentBackNamingTheElementAndRepaired() {
        ScriptedModel model = new ScriptedModel(call -> {
            if (call.stage() == Stage.RISKS && call.attempt() == 1) {
                ObjectNode reply = SampleStageReplies.reply(Stage.RISKS, call.systemName());
                ((ObjectNode) reply.get("risks").get(1)).put("likelihood", 9);
                return SampleStageReplies.json(reply);
            }
            return SampleStageReplies.reply(call.request());
        });

        Consultation c = Requests.architect(model).build().consult(Requests.shopFast());

        assertThat(model.callsOf(Stage.RISKS).get(1).last()).contains("risk 'risk-pci': likelihood must be 1-5 but was 9");
        assertThat(c.risks().get(1).likelihood()).isEqualTo(2);
    }

    @Test
    void aStageThatStaysInvalidRaisesTheTypedExceptionWithEveryRawReply() {
        ScriptedModel model = new ScriptedModel(call -> call.stage() == Stage.APIS
                ? "{\"apis\": [{\"id\": \"store-api\", \"attempt\": " + call.attempt() + "}]}"
                : SampleStageReplies.reply(call.request()));

        assertThatThrownBy(() -> Requests.architect(model).build().consult(Requests.shopFast()))
                .isInstanceOfSatisfying(StageFailedException.class, e -> {
                    assertThat(e.stage()).isEqualTo(Stage.APIS);
                    assertThat(e.attempts()).isEqualTo(3);
                    assertThat(e.rawReplies()).containsExactly(
                            "{\"apis\": [{\"id\": \"store-api\", \"attempt\": 1}]}",
                            "{\"apis\": [{\"id\": \"store-api\", \"attempt\": 2}]}",
                            "{\"apis\": [{\"id\": \"store-api\", \"attempt\": 3}]}");
                    assertThat(e.problems()).singleElement().asString().contains("api 'store-api': title is missing");
                    assertThat(e.isRetriable()).isFalse();
                });
        assertThat(model.callsOf(Stage.APIS)).hasSize(3);
    }

    @Test
    void maxRepairsBoundsTheRepairs() {
        ScriptedModel model = new ScriptedModel(call -> call.stage() == Stage.FLOWS ? "no JSON at all" : SampleStageReplies.reply(call.request()));

        assertThatThrownBy(() -> Requests.architect(model).maxRepairs(0).build().consult(Requests.shopFast()))
                .isInstanceOfSatisfying(StageFailedException.class, e -> assertThat(e.attempts()).isEqualTo(1));
    }
}
