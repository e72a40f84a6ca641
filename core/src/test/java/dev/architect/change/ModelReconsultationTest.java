package dev.architect.change;

import dev.architect.testing.SharedPrefix;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.architect.Architect;
import dev.architect.dossier.Consultation;
import dev.architect.dossier.Decision;
import dev.architect.dossier.DecisionStatus;
import dev.architect.dossier.DecisionTopic;
import dev.architect.dossier.DossierJson;
import dev.architect.event.Stage;
import dev.architect.internal.lifecycle.Reconsultation;
import dev.architect.internal.lifecycle.RequestDriver;
import dev.architect.request.ComplianceRegime;
import dev.architect.request.ConsultationRequest;
import dev.architect.request.Latency;
import dev.architect.request.Load;
import dev.architect.testing.DossierReplies;
import dev.architect.validation.DossierValidator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Re-consulting through the model path with recorded replies: each model answers as the offline architect did for
 * the request it is given, so a test knows what an honest model would change; some tests then make the model
 * misbehave. The previous dossier is context, pinned decisions are held, and a change where a driver moved goes
 * through the lineage.
 */
class ModelReconsultationTest {

    private static final Architect OFFLINE = Architect.builder().build();
    private static final List<String> CAPABILITIES = List.of("catalog", "cart", "orders", "payments");
    private static final Load LOAD = new Load(1500.0, 15.0, 800_000L, null);
    private static final Load TEN_TIMES = new Load(15000.0, 15.0, 8_000_000L, null);
    private static final List<Stage> FAN_OUT = List.of(Stage.DECISIONS, Stage.COMPONENTS, Stage.APIS, Stage.DATA,
            Stage.FLOWS, Stage.RISKS, Stage.PLAN);

    /** The same store the offline re-consultation scenarios change, one thing at a time. */
    private static ConsultationRequest store(List<String> capabilities, Load load, ComplianceRegime... compliance) {
        return ReconsultationTest.store(capabilities, load, compliance).build();
    }

    private static final ConsultationRequest BEFORE = store(CAPABILITIES, LOAD, ComplianceRegime.GDPR);

    /** A model consultation answered as the offline architect answers {@code request}, saved and read back, dated. */
    private static Consultation previous(ConsultationRequest request) {
        Consultation c = Architect.builder().chatModel(new DossierReplies(OFFLINE.consult(request))).build().consult(request);
        Consultation dated = c.withDecisions(c.decisions().stream().map(d -> d.datedIfUndated("2026-01-05")).toList());
        return DossierJson.read(DossierJson.write(dated));
    }

    @Test
    void theStagesSeeTheCompactPreviousDossierTheMovedDriversAndThePinsInTheirSharedPrefix() {
        Consultation previous = previous(BEFORE);
        ConsultationRequest changed = store(CAPABILITIES, TEN_TIMES, ComplianceRegime.GDPR);
        DossierReplies model = new DossierReplies(OFFLINE.consult(changed));

        Architect.builder().chatModel(model).build().reconsult(previous, BEFORE, changed);

        String design = model.callsOf(Stage.DESIGN).get(0).prompt();
        String section = design.substring(design.indexOf("<previous>"), design.indexOf("</previous>"));
        Decision api = previous.decision(DecisionTopic.API_STYLE).orElseThrow();
        Decision store = previous.decision(DecisionTopic.DATASTORE).orElseThrow();
        assertThat(section).contains("load: {", "15000", api.id() + " (API_STYLE, PINNED)", "chosen: " + api.chosenOption(),
                store.id() + " (DATASTORE, open)", store.drivers().get(0));
        previous.c4().containers().forEach(c -> assertThat(section).contains(c.id() + " (" + c.kind() + "): " + c.name()));
        previous.dataModel().entities().forEach(e -> assertThat(section).contains(e.name() + " (" + e.ownerContainerId() + "): "));
        assertThat(section).as("compact: not the dossier's JSON").doesNotContain("\"rationale\"", "\"options\"")
                .hasSizeLessThan(DossierJson.write(previous).length() / 4);
        assertThat(model.callsOf(Stage.ANALYZE).get(0).prompt()).doesNotContain("<previous>");
        System.out.printf(java.util.Locale.ROOT, "re-consultation: the previous dossier in %d characters of context, its JSON %d%n",
                section.length(), DossierJson.write(previous).length());

        List<String> parallel = FAN_OUT.stream().map(s -> model.callsOf(s).get(0).prompt()).toList();
        int shared = SharedPrefix.length(parallel);
        assertThat(parallel.get(0).substring(0, shared)).contains("</previous>", "</design>");
        for (String input : parallel) {
            assertThat(shared / (double) input.length()).isGreaterThanOrEqualTo(0.76);
        }
        System.out.printf(java.util.Locale.ROOT, "re-consultation: shared prefix of the seven parallel stages %.1f%% to %.1f%% of their input%n",
                100.0 * shared / parallel.stream().mapToInt(String::length).max().orElseThrow(),
                100.0 * shared / parallel.stream().mapToInt(String::length).min().orElseThrow());
    }

    @Test
    void tenTimesTheLoadSupersedesTheDatastoreAndCacheDecisionsAndLeavesTheApisAlone() {
        Consultation previous = previous(BEFORE);
        ConsultationRequest changed = store(CAPABILITIES, TEN_TIMES, ComplianceRegime.GDPR);

        Consultation after = Architect.builder().chatModel(new DossierReplies(OFFLINE.consult(changed))).build()
                .reconsult(previous, BEFORE, changed);
        DossierDiff diff = DossierDiff.between(previous, after);

        assertThat(diff.decisions()).filteredOn(c -> c.kind() == DecisionChange.Kind.SUPERSEDED).extracting(DecisionChange::previousId)
                .contains(previous.decision(DecisionTopic.DATASTORE).orElseThrow().id(),
                        previous.decision(DecisionTopic.CACHING).orElseThrow().id());
        int last = previous.decisions().stream().mapToInt(d -> Integer.parseInt(d.id().replaceAll("\\D", ""))).max().orElseThrow();
        assertThat(after.decisions()).filteredOn(d -> d.supersedes() != null).isNotEmpty().allSatisfy(d -> {
            assertThat(Integer.parseInt(d.id().replaceAll("\\D", ""))).as("numbered after every previous decision").isGreaterThan(last);
            assertThat(byId(after).get(d.supersedes()).status()).isEqualTo(DecisionStatus.SUPERSEDED);
            assertThat(byId(after).get(d.supersedes()).supersededBy()).isEqualTo(d.id());
        });
        for (Decision d : previous.decisions()) {
            Decision now = byId(after).get(d.id());
            if (now.status() == DecisionStatus.SUPERSEDED) {
                assertThat(byId(after).get(now.supersededBy()).supersedes()).isEqualTo(d.id());
            } else {
                assertThat(now).as("kept " + d.id()).isEqualTo(d);
            }
        }
        assertThat(diff.apis()).as("more load changes no API operation").isEmpty();
        assertThat(diff.containers()).noneMatch(c -> c.kind() == ChangeKind.REMOVED);
        assertThat(diff.cost().month1After()).isGreaterThan(diff.cost().month1Before());
        assertThat(after.metadata().warnings()).noneMatch(w -> w.contains("restored"));
        assertThat(DossierValidator.validate(after).hasErrors()).as(DossierValidator.validate(after).describe()).isFalse();
    }

    @Test
    void nothingChangedKeepsEveryDecisionAndGivesAnEmptyDifference() {
        Consultation previous = previous(BEFORE);

        Consultation again = Architect.builder().chatModel(new DossierReplies(OFFLINE.consult(BEFORE))).build()
                .reconsult(previous, BEFORE, BEFORE);

        assertThat(again.decisions()).isEqualTo(previous.decisions());
        DossierDiff diff = DossierDiff.between(previous, again);
        assertThat(diff.isEmpty()).as(diff.toString()).isTrue();
    }

    @Test
    void aModelThatKeepsChangingAPinnedDecisionIsRepairedThenTheDecisionIsRestoredWithAWarning() {
        Consultation previous = previous(BEFORE);
        ConsultationRequest changed = store(CAPABILITIES, TEN_TIMES, ComplianceRegime.GDPR);
        Decision pinned = previous.decision(DecisionTopic.API_STYLE).orElseThrow();
        String other = otherOption(pinned);
        DossierReplies model = new DossierReplies(OFFLINE.consult(changed), (stage, attempt, reply) -> {
            if (stage == Stage.DECISIONS) {
                choose(reply, DecisionTopic.API_STYLE, other);
            }
        });

        Consultation after = Architect.builder().chatModel(model).build().reconsult(previous, BEFORE, changed);

        List<DossierReplies.Call> asked = model.callsOf(Stage.DECISIONS);
        assertThat(asked).hasSize(3); // the first answer and two repairs
        String repair = asked.get(1).lastMessage();
        assertThat(repair).contains("(API_STYLE) is pinned", "none of its drivers", "keep its chosen option '" + pinned.chosenOption() + "'",
                "it chose '" + other + "'");
        assertThat(byId(after).get(pinned.id())).as("restored whole: number, text and date").isEqualTo(pinned);
        assertThat(after.decisions()).filteredOn(d -> pinned.id().equals(d.supersedes())).isEmpty();
        assertThat(after.metadata().warnings()).anySatisfy(w -> assertThat(w)
                .contains(pinned.id(), "restored from the previous dossier", "'" + other + "'", "none of its drivers"));
        assertThat(DossierValidator.validate(after).hasErrors()).isFalse();
    }

    @Test
    void aModelThatCorrectsAPinnedDecisionOnRepairIsAcceptedWithoutAWarning() {
        Consultation previous = previous(BEFORE);
        ConsultationRequest changed = store(CAPABILITIES, TEN_TIMES, ComplianceRegime.GDPR);
        Decision pinned = previous.decision(DecisionTopic.API_STYLE).orElseThrow();
        DossierReplies model = new DossierReplies(OFFLINE.consult(changed), (stage, attempt, reply) -> {
            if (stage == Stage.DECISIONS && attempt == 1) {
                choose(reply, DecisionTopic.API_STYLE, otherOption(pinned));
            }
        });

        Consultation after = Architect.builder().chatModel(model).build().reconsult(previous, BEFORE, changed);

        assertThat(model.callsOf(Stage.DECISIONS)).hasSize(2);
        assertThat(byId(after).get(pinned.id())).isEqualTo(pinned);
        assertThat(after.metadata().warnings()).noneMatch(w -> w.contains("restored"));
    }

    @Test
    void aDesignThatDropsAPinnedDecisionIsRepairedThenTheOutlineIsRestored() {
        Consultation previous = previous(BEFORE);
        ConsultationRequest changed = store(CAPABILITIES, TEN_TIMES, ComplianceRegime.GDPR);
        Decision pinned = previous.decision(DecisionTopic.API_STYLE).orElseThrow();
        DossierReplies model = new DossierReplies(OFFLINE.consult(changed), (stage, attempt, reply) -> {
            if (stage == Stage.DESIGN) {
                drop(reply.withArray("decisions"), DecisionTopic.API_STYLE);
            } else if (stage == Stage.DECISIONS) {
                drop(reply.withArray("decisions"), DecisionTopic.API_STYLE); // the decisions stage writes what the design outlined
                reply.withArray("decisions").add(DossierJson.mapper().valueToTree(pinned));
            }
        });

        Consultation after = Architect.builder().chatModel(model).build().reconsult(previous, BEFORE, changed);

        assertThat(model.callsOf(Stage.DESIGN)).hasSize(3);
        assertThat(model.callsOf(Stage.DESIGN).get(1).lastMessage()).contains(pinned.id(), "is pinned", "outline it again with topic API_STYLE");
        assertThat(byId(after).get(pinned.id())).isEqualTo(pinned);
        assertThat(after.metadata().warnings()).anySatisfy(w -> assertThat(w).contains(pinned.id(), "restored to the design"));
    }

    @Test
    void withoutThePreviousRequestNothingIsPinnedAndTheMetadataSaysSo() {
        Consultation previous = previous(BEFORE);
        ConsultationRequest changed = store(CAPABILITIES, TEN_TIMES, ComplianceRegime.GDPR);
        DossierReplies model = new DossierReplies(OFFLINE.consult(changed));

        Consultation after = Architect.builder().chatModel(model).build().reconsult(previous, changed);

        assertThat(model.callsOf(Stage.DESIGN).get(0).prompt()).contains("<previous>", "unknown: the previous request was not given")
                .doesNotContain(", PINNED)");
        assertThat(after.metadata().warnings()).anySatisfy(w -> assertThat(w).contains("no decision was pinned"));
    }

    @Test
    void aNewComplianceRegimeAddsItsControlsAndChangesNothingUnrelated() {
        Consultation previous = previous(BEFORE);
        ConsultationRequest changed = store(CAPABILITIES, LOAD, ComplianceRegime.GDPR, ComplianceRegime.PCI_DSS);
        DossierReplies model = new DossierReplies(OFFLINE.consult(changed));

        Consultation after = Architect.builder().chatModel(model).build().reconsult(previous, BEFORE, changed);
        DossierDiff diff = DossierDiff.between(previous, after);

        assertThat(model.callsOf(Stage.DESIGN).get(0).prompt()).contains("compliance: [\\\"GDPR\\\"] -> [\\\"GDPR\\\",\\\"PCI-DSS\\\"]");
        assertThat(diff.decisions()).filteredOn(c -> c.kind() == DecisionChange.Kind.NEW).extracting(DecisionChange::title)
                .anySatisfy(t -> assertThat(t).containsIgnoringCase("PCI"));
        Map<String, Decision> now = byId(after);
        for (Decision d : previous.decisions()) {
            if (!Reconsultation.driversOf(d.topic()).contains(RequestDriver.COMPLIANCE)) {
                assertThat(now.get(d.id())).as("unrelated " + d.id() + " (" + d.topic() + ")").isEqualTo(d);
            }
        }
        assertThat(diff.containers()).noneMatch(c -> c.kind() == ChangeKind.REMOVED);
        assertThat(diff.hasBreakingApiChange()).isFalse();
        assertThat(after.metadata().warnings()).noneMatch(w -> w.contains("restored"));
        assertThat(DossierValidator.validate(after).hasErrors()).as(DossierValidator.validate(after).describe()).isFalse();
    }

    /** What a model that names things afresh calls the previous elements: containers, an API, an operation, a table, a risk. */
    private static final Map<String, String> FRESH_NAMES = Map.of("db", "database", "cache", "redis-cache", "app-api", "store-api",
            "placeOrder", "createOrder", "cart_line", "cart_lines", "risk-stale-cache", "risk-cache-staleness");

    @Test
    void elementsAModelNamesAfreshKeepTheirPreviousIdsSoTheDifferenceShowsNoRename() {
        // A 150 ms p99, under the 200 ms no shared cache is built for, keeps a cache in both designs: at 1,500 requests/s and
        // 15 reads a write, 1,406.25 reads/s sit under the one primary's 5,000 reads/s, so the load alone would not draw one
        ConsultationRequest before = ReconsultationTest.store(CAPABILITIES, LOAD, ComplianceRegime.GDPR).latency(new Latency(150, null)).build();
        Consultation previous = previous(before);
        assertThat(previous.c4().containers()).extracting(c -> c.id()).contains("db", "cache");
        ConsultationRequest changed = ReconsultationTest.store(CAPABILITIES, TEN_TIMES, ComplianceRegime.GDPR).latency(new Latency(150, null)).build();
        DossierReplies model = new DossierReplies(OFFLINE.consult(changed), (stage, attempt, reply) -> DossierReplies.rename(reply, FRESH_NAMES));

        Consultation after = Architect.builder().chatModel(model).build().reconsult(previous, before, changed);
        DossierDiff diff = DossierDiff.between(previous, after);

        assertThat(model.callsOf(Stage.APIS).get(0).prompt()).as("the model did name it afresh").contains("database (DATABASE");
        // Ten times the monthly users at the same budget prices the managed sign-in out: an identity server joins the design.
        assertThat(after.c4().containers()).extracting(c -> c.id()).containsSubsequence(
                previous.c4().containers().stream().map(c -> c.id()).toList()).contains("identity");
        assertThat(after.apis()).extracting(a -> a.id()).containsExactly("app-api");
        assertThat(after.apis().get(0).operations()).extracting(o -> o.operationId()).contains("placeOrder").doesNotContain("createOrder");
        assertThat(after.dataModel().entities()).extracting(e -> e.name()).contains("cart_line").doesNotContain("cart_lines");
        assertThat(after.risks()).extracting(r -> r.id()).contains("risk-stale-cache").doesNotContain("risk-cache-staleness");
        assertThat(diff.containers()).as("no container removed and added again").extracting(ElementChange::kind)
                .doesNotContain(ChangeKind.REMOVED);
        assertThat(diff.containers()).as("only the identity server is new").filteredOn(c -> c.kind() == ChangeKind.ADDED).hasSize(1);
        assertThat(diff.apis()).as(diff.apis().toString()).isEmpty();
        assertThat(diff.data()).as(diff.data().toString()).isEmpty();
        assertThat(diff.risks()).extracting(ElementChange::kind).doesNotContain(ChangeKind.REMOVED);
        assertThat(DossierValidator.validate(after).hasErrors()).as(DossierValidator.validate(after).describe()).isFalse();
    }

    private static String otherOption(Decision d) {
        return d.options().stream().map(o -> o.name()).filter(n -> !n.equals(d.chosenOption())).findFirst().orElseThrow();
    }

    private static void choose(ObjectNode reply, DecisionTopic topic, String option) {
        reply.withArray("decisions").forEach(d -> {
            if (d.path("topic").asText().equals(topic.name())) {
                ((ObjectNode) d).put("chosenOption", option);
            }
        });
    }

    private static void drop(ArrayNode decisions, DecisionTopic topic) {
        for (int i = decisions.size() - 1; i >= 0; i--) {
            if (decisions.get(i).path("topic").asText().equals(topic.name())) {
                decisions.remove(i);
            }
        }
    }

    private static Map<String, Decision> byId(Consultation c) {
        return c.decisions().stream().collect(Collectors.toMap(Decision::id, Function.identity()));
    }
}
