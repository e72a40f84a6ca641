package dev.architect.change;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.architect.Architect;
import dev.architect.dossier.Consultation;
import dev.architect.dossier.Decision;
import dev.architect.dossier.DecisionStatus;
import dev.architect.dossier.DecisionTopic;
import dev.architect.dossier.DossierJson;
import dev.architect.dossier.Risk;
import dev.architect.exceptions.InvalidDossierException;
import dev.architect.request.Budget;
import dev.architect.request.ComplianceRegime;
import dev.architect.request.ConsultationRequest;
import dev.architect.request.DataVolume;
import dev.architect.request.Latency;
import dev.architect.request.Load;
import dev.architect.validation.DossierValidator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Re-consulting after a change of requirements, offline: what still holds keeps its number, text and date; what
 * changed supersedes it; the difference lists exactly what moved.
 */
class ReconsultationTest {

    private static final Architect OFFLINE = Architect.builder().build();

    private static final List<String> CAPABILITIES = List.of("catalog", "cart", "orders", "payments");
    private static final Load LOAD = new Load(1500.0, 15.0, 800_000L, null);

    /** A mid-size store; each test changes one thing (the builder appends lists, so each variant is built whole). */
    static ConsultationRequest.Builder store(List<String> capabilities, Load load, ComplianceRegime... compliance) {
        return store("Adyen", capabilities, load, compliance);
    }

    /** The store paying through the given provider (the recorded model replies draw Stripe). */
    static ConsultationRequest.Builder store(String paymentProvider, List<String> capabilities, Load load, ComplianceRegime... compliance) {
        return ConsultationRequest.builder("Larder", "Online grocery store with same-day delivery slots in one country.")
                .capabilities(capabilities.toArray(String[]::new))
                // "payments", not "card payments": card payments would suggest PCI DSS before a test adds it as a new regime
                .integration(paymentProvider, "payments")
                .load(load)
                .data(new DataVolume(100.0, 20.0, 5))
                .latency(new Latency(400, null))
                .compliance(compliance)
                .budget(new Budget(15000.0));
    }

    private static ConsultationRequest.Builder store() {
        return store(CAPABILITIES, LOAD, ComplianceRegime.GDPR);
    }

    /** The previous dossier as a later run reads it: from its consultation.json, dated. */
    private static Consultation saved(Consultation c) {
        Consultation dated = c.withDecisions(c.decisions().stream().map(d -> d.datedIfUndated("2026-01-05")).toList());
        return DossierJson.read(DossierJson.write(dated));
    }

    @Test
    void nothingChangedGivesTheSameDossierByteForByteAndAnEmptyDifference() {
        Consultation previous = saved(OFFLINE.consult(store().build()));

        Consultation again = OFFLINE.reconsult(previous, store().build());

        assertThat(DossierJson.write(again)).isEqualTo(DossierJson.write(previous));
        assertThat(DossierDiff.between(previous, again).isEmpty()).isTrue();
    }

    @Test
    void tenTimesTheLoadSupersedesTheDatastoreDecisionKeepsTheRestAndLeavesTheApisAlone() {
        Consultation previous = saved(OFFLINE.consult(store().build()));

        Consultation changed = OFFLINE.reconsult(previous, store(CAPABILITIES, new Load(15000.0, 15.0, 8_000_000L, null), ComplianceRegime.GDPR).build());
        DossierDiff diff = DossierDiff.between(previous, changed);

        Decision oldStore = previous.decision(DecisionTopic.DATASTORE).orElseThrow();
        Decision replaced = byId(changed).get(oldStore.id());
        assertThat(replaced.status()).isEqualTo(DecisionStatus.SUPERSEDED);
        Decision successor = byId(changed).get(replaced.supersededBy());
        assertThat(successor.supersedes()).isEqualTo(oldStore.id());
        assertThat(successor.chosenOption()).isNotEqualTo(oldStore.chosenOption());
        assertThat(number(successor.id())).as("a new decision is numbered after every previous one")
                .isGreaterThan(previous.decisions().stream().mapToInt(d -> number(d.id())).max().orElseThrow());
        assertThat(successor.date()).as("a new decision is dated when it is written").isNull();
        // Every previous decision is either the previous one, text and date included, or superseded by one whose choice or
        // drivers differ.
        for (Decision d : previous.decisions()) {
            Decision now = byId(changed).get(d.id());
            if (now.status() == DecisionStatus.SUPERSEDED) {
                Decision next = byId(changed).get(now.supersededBy());
                assertThat(next.chosenOption().equals(d.chosenOption()) && next.drivers().equals(d.drivers())).as(d.id()).isFalse();
            } else {
                assertThat(now).as(d.id()).isEqualTo(d);
            }
        }
        assertThat(changed.decisions()).filteredOn(d -> d.status() != DecisionStatus.SUPERSEDED)
                .extracting(Decision::subject).doesNotHaveDuplicates();
        assertThat(diff.decisions()).extracting(DecisionChange::kind).contains(DecisionChange.Kind.SUPERSEDED);
        assertThat(diff.decisions()).filteredOn(c -> c.kind() == DecisionChange.Kind.SUPERSEDED)
                .extracting(DecisionChange::previousId).contains(oldStore.id());
        assertThat(diff.apis()).as("more load changes no API operation").isEmpty();
        assertThat(diff.cost().month1After()).isGreaterThan(diff.cost().month1Before());
        assertThat(DossierValidator.validate(changed).hasErrors()).as(DossierValidator.validate(changed).describe()).isFalse();
    }

    @Test
    void aNewComplianceRegimeAddsItsControlsWithoutReopeningUnrelatedDecisions() {
        Consultation previous = saved(OFFLINE.consult(store().build()));

        Consultation changed = OFFLINE.reconsult(previous, store(CAPABILITIES, LOAD, ComplianceRegime.GDPR, ComplianceRegime.PCI_DSS).build());
        DossierDiff diff = DossierDiff.between(previous, changed);

        assertThat(diff.decisions()).filteredOn(c -> c.kind() == DecisionChange.Kind.NEW).extracting(DecisionChange::title)
                .anySatisfy(t -> assertThat(t).containsIgnoringCase("PCI"));
        Map<String, Decision> now = byId(changed);
        List<Decision> reopened = previous.decisions().stream()
                .filter(d -> d.topic() != DecisionTopic.COMPLIANCE && !now.get(d.id()).equals(d)).toList();
        // Card data may legitimately reshape a decision or two; it must not reopen the unrelated ones.
        assertThat(reopened).extracting(Decision::topic)
                .doesNotContain(DecisionTopic.API_STYLE, DecisionTopic.ARCHITECTURE_STYLE, DecisionTopic.OBSERVABILITY);
        assertThat(diff.containers()).noneMatch(c -> c.kind() == ChangeKind.REMOVED);
        assertThat(DossierValidator.validate(changed).hasErrors()).isFalse();
    }

    @Test
    void aNewCapabilityAddsItsDataAndOperationsWithoutBreakingExistingClients() {
        Consultation previous = saved(OFFLINE.consult(store().build()));

        Consultation changed = OFFLINE.reconsult(previous, store(List.of("catalog", "cart", "orders", "payments", "reviews"), LOAD, ComplianceRegime.GDPR).build());
        DossierDiff diff = DossierDiff.between(previous, changed);

        assertThat(diff.data()).anySatisfy(c -> {
            assertThat(c.kind()).isEqualTo(DataChange.Kind.TABLE_ADDED);
            assertThat(c.entity()).containsIgnoringCase("review");
        });
        assertThat(diff.apis()).isNotEmpty().allSatisfy(a -> assertThat(a.breaking()).as(a.toString()).isFalse());
        assertThat(diff.apis()).extracting(ApiChange::kind).contains(ChangeKind.ADDED);
        assertThat(diff.hasBreakingApiChange()).isFalse();
    }

    @Test
    void riskIdsStayWithTheirSubject() {
        Consultation previous = saved(OFFLINE.consult(store().build()));

        Consultation changed = OFFLINE.reconsult(previous, store(CAPABILITIES, new Load(15000.0, 15.0, 8_000_000L, null), ComplianceRegime.GDPR).build());

        Map<String, String> oldIds = previous.risks().stream().collect(Collectors.toMap(Risk::title, Risk::id, (a, b) -> a));
        for (Risk r : changed.risks()) {
            if (oldIds.containsKey(r.title())) {
                assertThat(r.id()).as(r.title()).isEqualTo(oldIds.get(r.title()));
            }
        }
    }

    @Test
    void aPreviousDossierThatDoesNotValidateIsRefusedWithTheReason() {
        Consultation good = OFFLINE.consult(store().build());
        Risk first = good.risks().get(0);
        Risk broken = new Risk(first.id(), first.title(), first.description(), first.likelihood(), first.impact(), first.mitigation(),
                first.owner(), first.status(), List.of("adr-9999"), first.relatedElements());
        List<Risk> risks = new java.util.ArrayList<>(good.risks());
        risks.set(0, broken);
        Consultation invalid = DossierJson.read(DossierJson.write(good).replace(
                "\"relatedDecisions\" : [ \"" + String.join("\", \"", first.relatedDecisions()) + "\" ]",
                "\"relatedDecisions\" : [ \"adr-9999\" ]"));
        assertThat(invalid.risks().get(0)).isEqualTo(broken);

        assertThatThrownBy(() -> OFFLINE.reconsult(invalid, store().build()))
                .isInstanceOf(InvalidDossierException.class)
                .hasMessageContaining("previous dossier does not validate").hasMessageContaining("adr-9999");
    }

    @Test
    void aDecisionWhoseChoiceMovedOnTheModelPathSupersedesAndTheRestArePinned() {
        // A model consultation with recorded replies; the previous dossier chose differently on one topic.
        Architect model = Architect.builder().chatModel(new RecordedReplies()).build();
        // the recorded replies are the sample's, whose C4 draws Stripe: the request names it, as the validator requires
        ConsultationRequest request = store("Stripe", CAPABILITIES, LOAD, ComplianceRegime.GDPR).build();
        Consultation fresh = model.consult(request);
        Decision first = fresh.decisions().get(0);
        String otherOption = first.options().stream().map(o -> o.name()).filter(n -> !n.equals(first.chosenOption())).findFirst().orElseThrow();
        Decision oldChoice = new Decision(first.id(), first.title(), first.topic(), first.status(), "an older context", first.drivers(),
                first.options(), otherOption, "an older rationale", first.consequences(), first.relatedElements(), "2025-06-01", null, null);
        List<Decision> previousDecisions = new java.util.ArrayList<>(fresh.decisions());
        previousDecisions.set(0, oldChoice);
        Consultation previous = saved(fresh.withDecisions(previousDecisions));

        Consultation changed = model.reconsult(previous, request);

        assertThat(byId(changed).get(first.id()).status()).isEqualTo(DecisionStatus.SUPERSEDED);
        assertThat(byId(changed).get(first.id()).date()).isEqualTo("2025-06-01");
        assertThat(changed.decisions()).filteredOn(d -> first.id().equals(d.supersedes())).singleElement()
                .satisfies(d -> assertThat(d.chosenOption()).isEqualTo(first.chosenOption()));
        for (Decision d : previous.decisions().subList(1, previous.decisions().size())) {
            assertThat(byId(changed).get(d.id())).as("pinned " + d.id()).isEqualTo(d);
        }
        assertThat(DossierValidator.validate(changed).hasErrors()).isFalse();
    }

    /** Answers every stage with the recorded sample replies, as a replayed consultation would. */
    private static final class RecordedReplies implements dev.langchain4j.model.chat.ChatModel {
        @Override
        public dev.langchain4j.model.chat.response.ChatResponse doChat(dev.langchain4j.model.chat.request.ChatRequest request) {
            return dev.langchain4j.model.chat.response.ChatResponse.builder()
                    .aiMessage(dev.langchain4j.data.message.AiMessage.from(dev.architect.testing.SampleStageReplies.reply(request)))
                    .tokenUsage(new dev.langchain4j.model.output.TokenUsage(100, 50)).build();
        }
    }

    private static Map<String, Decision> byId(Consultation c) {
        return c.decisions().stream().collect(Collectors.toMap(Decision::id, Function.identity()));
    }

    private static int number(String id) {
        return Integer.parseInt(id.replaceAll("\\D", ""));
    }
}
