package dev.architect.internal.engine;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.SerializationFeature;
import dev.architect.dossier.Consultation;
import dev.architect.dossier.DossierJson;
import dev.architect.request.ConsultationRequest;
import dev.architect.request.ExistingApi;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What a stage works from: the request, the SDK's facts, the dossier built so far and (after the design stage) the
 * design reply. {@link #userMessage} lays it out for the model: every part is JSON inside its own delimiters, and
 * every {@code <} inside the JSON is escaped, so text from the request (or an earlier reply) can never close a
 * delimiter and pose as instructions.
 */
record StageInput(ConsultationRequest request, Grounding grounding, Grounding.Facts facts, Consultation base,
                  DesignStage.Reply design) {

    /** One delimited part of the user message: {@code <name>json</name>}. */
    record Section(String name, Object value) {
    }

    Section requestSection() {
        return new Section("request", request);
    }

    Section factsSection() {
        Map<String, Object> facts = new LinkedHashMap<>();
        facts.put("note", "Computed by the SDK from the request. Use these figures as given; never recompute or contradict them.");
        facts.put("capacity", this.facts.capacity().estimates());
        facts.put("baselineCost", this.facts.cost());
        facts.put("assumptions", this.facts.assumptions());
        facts.put("priceListResourceKinds", this.facts.resourceKinds());
        // The request may only name a file; the model sees the routes themselves.
        ExistingApi.of(request).ifPresent(api -> facts.put("existingApiOperations",
                api.operations().stream().map(ExistingApi.Operation::toString).toList()));
        return new Section("facts", facts);
    }

    Section requirementsSection() {
        return new Section("requirements", base.requirements());
    }

    Section designSection() {
        return new Section("design", design);
    }

    /** The user message: the sections, then a one-line task so the model knows the data has ended. */
    static String userMessage(List<Section> sections, String stageId) {
        StringBuilder out = new StringBuilder();
        for (Section s : sections) {
            out.append('<').append(s.name()).append(">\n").append(untrusted(s.value())).append("\n</")
                    .append(s.name()).append(">\n\n");
        }
        out.append("Carry out the '").append(stageId)
                .append("' stage for the system described in the request section, following your instructions.");
        return out.toString();
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
