package dev.architect.offline.internal.design;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.architect.offline.internal.archetype.CapabilityShapes;
import dev.architect.offline.internal.archetype.Evidence;
import dev.architect.offline.internal.archetype.RequestField;
import dev.architect.offline.internal.catalog.DataFiles;
import dev.architect.offline.internal.design.CapabilityNameGrammar.Excess;
import dev.architect.offline.internal.design.CapabilityNameGrammar.Protection;
import dev.architect.request.ConsultationRequest;
import java.io.InputStream;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A capability that protects against an outcome ("overbooking protection", "double-spend prevention";
 * {@link CapabilityNameGrammar#protection}) designed as the invariant on the outcome's record, {@code
 * dev/architect/offline/outcome-limits.yaml}: a capacity column never passed by a conditional update, or one standing record
 * per thing by a partial unique index; both refuse with 409. What the limit is per comes from the name ("room overbooking
 * protection"), else from a sentence naming the record ("per dorm", "each dorm has"), else it is assumed and said so.
 */
record OutcomeLimits(Map<Excess, Limit> limits) {

    static final String RESOURCE = "/dev/architect/offline/outcome-limits.yaml";
    /** The assumption a design states where the request does not say what the limit is per. */
    static final String ASSUMED_EXCEED = "as-limit-per-resource-and-date";
    static final String ASSUMED_REPEAT = "as-limit-per-subject";
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Set<String> TIME_WORDS = Set.of("night", "nights", "day", "days", "date", "dates", "hour", "hours", "week", "weeks",
            "month", "months", "year", "years", "minute", "minutes", "second", "seconds", "time", "person", "people", "guest", "guests", "customer",
            "customers", "user", "users");
    private static final Set<String> NAMES_NOTHING = Set.of("of", "has", "have", "is", "are", "was", "can", "may", "must", "will", "one", "other",
            "time", "the", "a", "an", "and", "or", "to", "in", "on", "at", "with", "for", "from", "by", "its", "their", "such");
    private static final Pattern PER = Pattern.compile("\\b(?:per|each)\\s+([a-z]+)\\b");

    /** One kind of limit as the file writes it, in the notation of the capability shapes. */
    record Limit(String label, String requirement, JsonNode entities, JsonNode schemas, JsonNode operations, JsonNode flows) {
    }

    OutcomeLimits {
        limits = new EnumMap<>(limits == null ? Map.of() : limits);
        for (Excess kind : Excess.values()) {
            Limit l = limits.get(kind);
            if (l == null) {
                throw new IllegalStateException("limit " + kind + " is missing: a protection of that kind would have no design");
            }
            try {
                // every token resolves: a sample protection instantiates without a "${" left
                shape(kind, l, new Protection("sample", kind, List.of()), "sample_resource_id", "sample resource", "")
                        .instantiate(new CapabilityShapes.ShapeNames("Sample protection", "sample-protection", "sample_protection", "SampleProtection",
                                "sample-protections", "sampleProtectionId", "sample protection"));
            } catch (RuntimeException e) {
                throw new IllegalStateException("limit " + kind + ": " + e.getMessage(), e);
            }
        }
        limits = java.util.Collections.unmodifiableMap(limits);
    }

    private static final class Holder {
        static final OutcomeLimits STANDARD = DataFiles.shipped(RESOURCE, OutcomeLimits.class, "outcome limits");
    }

    static OutcomeLimits standard() {
        return Holder.STANDARD;
    }

    /** Reads limits in the shipped layout; the error names the file, the limit and what is wrong. */
    static OutcomeLimits read(InputStream in, String source) {
        return DataFiles.read(in, source, OutcomeLimits.class, "outcome limits");
    }

    /**
     * The design of a protection, or empty where the capability's name protects against no counted outcome.
     *
     * @param names the capability's names in the design
     * @param request the request whose sentences may say what the limit is per
     */
    Optional<CapabilityShapes.ShapedCapability> design(CapabilityShapes.ShapeNames names, ConsultationRequest request) {
        Optional<Protection> found = CapabilityNameGrammar.standard().protection(names.capability());
        if (found.isEmpty()) {
            return Optional.empty();
        }
        Protection p = found.get();
        String perWords = p.resource().isEmpty() ? stated(p, request) : String.join(" ", p.resource());
        String assumed = "";
        if (perWords == null) {
            perWords = p.kind() == Excess.EXCEED ? "resource" : "subject";
            assumed = p.kind() == Excess.EXCEED
                    ? " Assumed (" + ASSUMED_EXCEED + "): the request does not say what the capacity is per, so it is kept per resource and date;"
                    + " naming it (a room type, a seat, a dorm) would change only the column"
                    : " Assumed (" + ASSUMED_REPEAT + "): the request does not say what each " + p.noun() + " is for, so the constraint is on the"
                    + " subject it names (an invoice, an order, a wallet)";
        }
        String per = Names.table(Names.singular(perWords)) + "_id";
        CapabilityShapes.CapabilityShape shape = shape(p.kind(), limits.get(p.kind()), p, per, Names.singular(perWords), assumed);
        Evidence evidence = new Evidence(RequestField.CAPABILITY, names.capability().toLowerCase(Locale.ROOT), names.capability());
        return Optional.of(new CapabilityShapes.ShapedCapability(shape, evidence, shape.instantiate(names), null));
    }

    /** What a sentence naming the record says the limit is per ("each dorm has", "per dorm"), never a time or a person; null where none does. */
    private static String stated(Protection p, ConsultationRequest request) {
        Set<String> named = Set.of(p.noun(), Names.plural(p.noun()), "capacity", "limit");
        for (RecordLifecycles.Sentence s : RecordLifecycles.sentences(request)) {
            String text = s.text().toLowerCase(Locale.ROOT);
            if (RecordLifecycles.tokens(text).stream().noneMatch(named::contains)) {
                continue;
            }
            Matcher m = PER.matcher(text);
            while (m.find()) {
                // "each of the 40 rooms", "each has 8 beds": a word that names no thing is no dimension of the limit
                if (!TIME_WORDS.contains(m.group(1)) && !named.contains(m.group(1)) && !NAMES_NOTHING.contains(m.group(1))) {
                    return m.group(1);
                }
            }
        }
        return null;
    }

    private static CapabilityShapes.CapabilityShape shape(Excess kind, Limit l, Protection p, String per, String perWords, String assumed) {
        String nouns = Names.plural(p.noun());
        Map<String, String> tokens = Map.of("${noun}", p.noun(), "${nouns}", nouns, "${per}", per, "${perWords}", perWords,
                "${perProperty}", Names.camel(per), "${nounProperty}", Names.camel(p.noun() + "_id"), "${assumed}", assumed);
        return new CapabilityShapes.CapabilityShape("outcome-limit-" + kind.name().toLowerCase(Locale.ROOT), l.label(), List.of(p.noun()), List.of(),
                List.of(), List.of(), List.of(), null, replace(l.requirement(), tokens), tree(l.entities(), tokens), tree(l.schemas(), tokens),
                tree(l.operations(), tokens), tree(l.flows(), tokens), false, null, false);
    }

    private static String replace(String text, Map<String, String> tokens) {
        String out = text;
        for (Map.Entry<String, String> t : tokens.entrySet()) {
            out = out.replace(t.getKey(), t.getValue());
        }
        return out;
    }

    private static JsonNode tree(JsonNode node, Map<String, String> tokens) {
        if (node == null) {
            return null;
        }
        try {
            return JSON.readTree(replace(JSON.writeValueAsString(node), tokens));
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException("outcome limits: " + e.getOriginalMessage(), e);
        }
    }
}
