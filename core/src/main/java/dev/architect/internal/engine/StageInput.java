package dev.architect.internal.engine;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.SerializationFeature;
import dev.architect.dossier.Assumption;
import dev.architect.dossier.Consultation;
import dev.architect.dossier.CostEstimate;
import dev.architect.dossier.Decision;
import dev.architect.dossier.DossierJson;
import dev.architect.dossier.EntityField;
import dev.architect.dossier.Requirements;
import dev.architect.internal.Numbers;
import dev.architect.internal.Prompts;
import dev.architect.internal.lifecycle.MovedDriver;
import dev.architect.internal.lifecycle.Reconsultation;
import dev.architect.request.CapabilityLoad;
import dev.architect.request.ConsultationRequest;
import dev.architect.request.ExistingApi;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * What a stage works from: the request, the SDK's facts, the dossier built so far and (after the design stage) the
 * design reply. {@link #context} lays it out for the model: every part is JSON inside its own delimiters, and
 * every {@code <} inside the JSON is escaped, so text from the request (or an earlier reply) can never close a
 * delimiter and pose as instructions.
 */
record StageInput(ConsultationRequest request, Grounding grounding, Grounding.Facts facts, Consultation base,
                  DesignStage.Reply design, Reconsultation previous, Rendered rendered) {

    StageInput(ConsultationRequest request, Grounding grounding, Grounding.Facts facts, Consultation base,
               DesignStage.Reply design, Reconsultation previous) {
        this(request, grounding, facts, base, design, previous, new Rendered());
    }

    /** A first consultation: no previous dossier. */
    StageInput(ConsultationRequest request, Grounding grounding, Grounding.Facts facts, Consultation base, DesignStage.Reply design) {
        this(request, grounding, facts, base, design, null);
    }

    StageInput withDesign(Consultation applied, DesignStage.Reply reply) {
        return new StageInput(request, grounding, facts, applied, reply, previous);
    }

    /**
     * The shared context as text, written once per input: the seven parallel stages see the same sections, and writing
     * them seven times at once (JSON of the whole design each) only made them compete for the cores before their calls.
     */
    static final class Rendered {
        private final java.util.concurrent.ConcurrentHashMap<List<String>, String> texts = new java.util.concurrent.ConcurrentHashMap<>();

        /** The sections as {@link StageInput#context} writes them; the same names of one input are the same text. */
        String of(List<Section> sections) {
            return texts.computeIfAbsent(sections.stream().map(Section::name).toList(), names -> StageInput.context(sections));
        }
    }

    /** One delimited part of the user message: {@code <name>json</name>}. */
    record Section(String name, Object value) {
    }

    Section requestSection() {
        return new Section("request", request);
    }

    /**
     * The SDK's figures, once and lean: capacity as values (their bases stay in the dossier), the totals of the SDK's
     * own cost estimate and its assumptions. What only the plan stage prices with is in {@link #pricingSection()}.
     */
    Section factsSection() {
        // What the facts are and that they are used as given is said once, in the persona, not in every call's data.
        Map<String, Object> facts = new LinkedHashMap<>();
        Map<String, String> capacity = new LinkedHashMap<>();
        this.facts.capacity().estimates().forEach(e -> capacity.put(e.id(), Numbers.format(e.value()) + " " + e.unit()));
        facts.put("capacity", capacity);
        CostEstimate cost = this.facts.cost();
        facts.put("sdkCostEstimate", Numbers.format(cost.monthlyTotal()) + " " + cost.currency() + " a month, "
                + Numbers.format(cost.threeYearTco()) + " " + cost.currency() + " over three years");
        facts.put("assumptions", this.facts.assumptions().stream().map(StageInput::line).toList());
        if (!request.capabilityLoads().isEmpty()) {
            // One line per load the request states, so the model sizes those parts as given rather than evenly.
            facts.put("statedCapabilityLoads", request.capabilityLoads().stream().map(StageInput::line).toList());
        }
        // The request may only name a file; the model sees the routes themselves.
        ExistingApi.of(request).ifPresent(api -> facts.put("existingApiOperations",
                api.operations().stream().map(ExistingApi.Operation::toString).toList()));
        return new Section("facts", facts);
    }

    /** What the plan stage prices with: the price list's kinds and the quantities the SDK sizes itself. */
    Section pricingSection() {
        Map<String, Object> pricing = new LinkedHashMap<>();
        // One string rather than a JSON array, kinds sharing a first segment written once: the list grows with the price
        // table, and its quotes and repeated prefixes were most of it.
        pricing.put("resourceKinds (a.{b, c} is a.b and a.c)", grouped(facts.resourceKinds()));
        // kinds in order, whole quantities without a decimal point: the same sizing reads the same every time
        Map<String, Number> sized = new java.util.TreeMap<>();
        facts.sized().forEach((kind, s) -> sized.put(kind, s.quantity() == Math.rint(s.quantity()) && Math.abs(s.quantity()) < 1e15
                ? (Number) (long) s.quantity() : (Number) s.quantity()));
        pricing.put("sizedBySdk", sized);
        return new Section("pricing", pricing);
    }

    /**
     * Kinds in order, those that share their first segment written once, and so on within the braces: "cdn.egress,
     * cdn.requests" as "cdn.{egress, requests}", "object.storage, object.storage.cold, object.storage.archive" as
     * "object.{storage, storage.{cold, archive}}" (the tiers of a kind grow with the price table; each is one word more).
     */
    static String grouped(List<String> kinds) {
        return String.join(", ", groupedParts(kinds));
    }

    private static List<String> groupedParts(List<String> kinds) {
        Map<String, List<String>> byPrefix = new LinkedHashMap<>();
        for (String kind : kinds) {
            int dot = kind.indexOf('.');
            byPrefix.computeIfAbsent(dot < 0 ? kind : kind.substring(0, dot), k -> new java.util.ArrayList<>()).add(dot < 0 ? "" : kind.substring(dot + 1));
        }
        List<String> out = new java.util.ArrayList<>();
        byPrefix.forEach((prefix, rests) -> {
            if (rests.contains("")) {
                out.add(prefix);
            }
            List<String> subs = groupedParts(rests.stream().filter(r -> !r.isEmpty()).toList());
            if (subs.size() == 1) {
                out.add(prefix + "." + subs.get(0));
            } else if (subs.size() > 1) {
                out.add(prefix + ".{" + String.join(", ", subs) + "}");
            }
        });
        return out;
    }

    /**
     * The requirements as one line each, without the SDK's assumptions (the facts carry them): every id, value and
     * word a later stage needs, without repeating each field's name for every element.
     */
    Section requirementsSection() {
        Requirements r = base.requirements();
        Set<String> sdk = facts.assumptions().stream().map(Assumption::id).collect(Collectors.toSet());
        Map<String, Object> view = new LinkedHashMap<>();
        view.put("functional", r.functional().stream().map(f -> f.id() + " (" + f.priority() + ") " + f.title()
                + (f.description() == null ? "" : ": " + f.description())).toList());
        view.put("qualityAttributes", r.qualityAttributes().stream().map(q -> q.id() + " (" + q.attribute() + ") "
                + q.scenario() + ": " + q.metric() + " " + Numbers.format(q.target()) + " " + q.unit()).toList());
        // A constraint the request states in the same words is in the request section already.
        Set<String> stated = request.constraints().stream().map(c -> c.strip().toLowerCase(java.util.Locale.ROOT)).collect(Collectors.toSet());
        view.put("constraints", r.constraints().stream().filter(c -> !stated.contains(c.strip().toLowerCase(java.util.Locale.ROOT))).toList());
        List<String> own = r.assumptions().stream().filter(a -> !sdk.contains(a.id())).map(StageInput::line).toList();
        if (!own.isEmpty()) {
            view.put("assumptions", own);
        }
        if (!r.openQuestions().isEmpty()) {
            view.put("openQuestions", r.openQuestions().stream().map(q -> q.id() + ": " + q.question()).toList());
        }
        return new Section("requirements", view);
    }

    /**
     * The design as the later stages need it, one line per element: ids, kinds, technologies, what flows where, the
     * tech stack's choices and the outlined decisions. The summary (rewritten after pricing) and the stack's
     * alternatives and reasons (for the decisions stage only, see {@link #techStackSection()}) stay out of the
     * context every stage shares.
     */
    Section designSection() {
        Map<String, Object> view = new LinkedHashMap<>();
        view.put("people", design.people().stream().map(p -> p.id() + ": " + p.name()
                + (p.description() == null ? "" : " - " + p.description())).toList());
        view.put("systems", design.systems().stream().map(x -> x.id() + (x.external() ? " (external): " : " (designed): ")
                + x.name() + (x.description() == null ? "" : " - " + x.description())).toList());
        view.put("containers", design.containers().stream().map(c -> c.id() + " (" + c.kind() + ", in " + c.systemId()
                + "): " + c.name() + " [" + c.technology() + "]" + (c.description() == null ? "" : " - " + c.description())).toList());
        view.put("relationships", design.relationships().stream().map(x -> x.sourceId() + " -> " + x.destinationId()
                + ": " + x.description() + " [" + (x.technology() == null ? "" : x.technology() + ", ") + x.interaction() + "]").toList());
        view.put("techStack", design.techStack().stream().map(t -> t.category() + ": " + t.choice()
                + (t.decisionId() == null ? "" : " (" + t.decisionId() + ")")).toList());
        view.put("decisions", design.decisions().stream().map(d -> d.id() + " (" + d.topic() + "): " + d.title()).toList());
        return new Section("design", view);
    }

    private static String line(CapabilityLoad l) {
        List<String> parts = new ArrayList<>();
        if (l.share() != null) {
            parts.add(Numbers.format(l.share() * 100) + "% of peak requests");
        }
        if (l.peakRequestsPerSecond() != null) {
            parts.add(Numbers.format(l.peakRequestsPerSecond()) + " requests/s at peak");
        }
        if (l.readWriteRatio() != null) {
            parts.add(Numbers.format(l.readWriteRatio()) + " reads per write");
        }
        return l.name() + ": " + String.join(", ", parts) + " (given)";
    }

    /** An assumption in one line; its value once: not again after a statement that already quotes it or ends with it. */
    static String line(Assumption a) {
        return a.id() + " (" + a.topic() + "): " + a.statement() + (a.value() == null || states(a.statement(), a.value()) ? "" : " = " + a.value());
    }

    /** Whether {@code statement} holds {@code value} in quotes, or ends with it as a whole word ("... 15" ends with "5" no). */
    static boolean states(String statement, String value) {
        String v = value.strip();
        if (v.isEmpty() || statement.contains("\"" + v + "\"")) {
            return !v.isEmpty();
        }
        String s = statement.strip();
        int before = s.length() - v.length() - 1;
        return s.endsWith(v) && (before < 0 || !Character.isLetterOrDigit(s.charAt(before)) || !Character.isLetterOrDigit(v.charAt(0)));
    }

    /** The tech stack in full (alternatives and reasons), for the stage that writes the decisions behind it. */
    Section techStackSection() {
        return new Section("techStackReasons", design.techStack().stream().map(t -> t.category() + ": " + t.choice()
                + (t.alternatives().isEmpty() ? "" : "; alternatives: " + String.join(", ", t.alternatives()))
                + "; why: " + t.justification()).toList());
    }

    /**
     * The data part of a stage's user message: the sections, each delimited. The stage's own instructions follow it
     * (see {@code StageRunner}), so this part is the same text for every stage given the same sections.
     */
    static String context(List<Section> sections) {
        StringBuilder out = new StringBuilder();
        for (Section s : sections) {
            out.append('<').append(s.name()).append(">\n").append(untrusted(s.value())).append("\n</")
                    .append(s.name()).append(">\n\n");
        }
        return out.toString();
    }

    /**
     * What every stage after the design sees, in one order, so the seven parallel calls share their whole context; on a
     * re-consultation the previous dossier sits before the design, so the design call shares that prefix too.
     */
    List<Section> afterDesign() {
        List<Section> sections = beforeDesign();
        sections.add(designSection());
        return sections;
    }

    /** What the design stage sees: the request, the facts, the requirements and, on a re-consultation, the previous dossier. */
    List<Section> beforeDesign() {
        List<Section> sections = sections(requestSection(), factsSection(), requirementsSection());
        if (previous != null) {
            sections.add(previousSection());
        }
        return sections;
    }

    /**
     * The previous dossier, compact: one line per decision (id, topic, pinned or open, chosen option, drivers with
     * their values), container, API operation and entity, the request fields that moved, and what the model must keep.
     */
    Section previousSection() {
        Consultation p = previous.previous();
        Map<String, Object> view = new LinkedHashMap<>();
        view.put("note", Prompts.resource("reconsult.md").strip());
        view.put("movedDrivers", previous.driversKnown() ? previous.moved().stream().map(MovedDriver::line).toList()
                : List.of("unknown: the previous request was not given, so every decision may change"));
        view.put("decisions", p.decisions().stream().filter(Decision::isInForce).map(d -> d.id() + " (" + d.topic()
                + (previous.isPinned(d) ? ", PINNED" : ", open") + "): " + d.title() + "; chosen: " + d.chosenOption()
                + "; drivers: " + String.join("; ", d.drivers())).toList());
        view.put("containers", p.c4().containers().stream().map(c -> c.id() + " (" + c.kind() + "): " + c.name()
                + " [" + c.technology() + "]").toList());
        view.put("apis", p.apis().stream().map(a -> a.id() + " (" + a.containerId() + "): " + a.operations().stream()
                .map(o -> o.method() + " " + o.path() + " " + o.operationId()).collect(Collectors.joining(", "))).toList());
        view.put("entities", p.dataModel().entities().stream().map(e -> e.name() + " (" + e.ownerContainerId() + "): "
                + e.fields().stream().map(EntityField::name).collect(Collectors.joining(", "))).toList());
        return new Section("previous", view);
    }

    static List<Section> sections(Section... sections) {
        return new ArrayList<>(List.of(sections));
    }

    /** Compact JSON with every '<' written as its JSON escape, which no delimiter tag can survive. */
    static String untrusted(Object value) {
        try {
            return DossierJson.mapper().writer().without(SerializationFeature.INDENT_OUTPUT).writeValueAsString(value)
                    .replace("<", "\\u003c");
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write a prompt section", e);
        }
    }
}
