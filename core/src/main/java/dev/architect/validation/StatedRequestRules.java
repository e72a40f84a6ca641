package dev.architect.validation;

import dev.architect.dossier.Consequence;
import dev.architect.dossier.Consultation;
import dev.architect.dossier.Decision;
import dev.architect.dossier.OpenQuestion;
import dev.architect.request.ConsultationRequest;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The dossier's prose against the request it answers: a clause saying the request leaves a field out when the request
 * states it; a sentence placing data in a region the system is not deployed to; a decision that gives up the request's
 * latency target with no risk or open question naming the trade. The words are in {@code stated-request.yaml}.
 */
final class StatedRequestRules {

    /** The words the rules read prose with. */
    record StatedWords(List<String> unstated, Map<String, List<String>> fieldNames, List<String> placesData, List<String> givesUp,
                       List<String> latency) {
        StatedWords {
            for (String list : List.of("unstated", "placesData", "givesUp", "latency")) {
                List<String> words = switch (list) {
                    case "unstated" -> unstated;
                    case "placesData" -> placesData;
                    case "givesUp" -> givesUp;
                    default -> latency;
                };
                if (words == null || words.isEmpty()) {
                    throw new IllegalStateException(RESOURCE + ": '" + list + "' needs at least one phrase");
                }
            }
            fieldNames = fieldNames == null ? Map.of() : Map.copyOf(fieldNames);
            for (String path : fieldNames.keySet()) {
                if (!FIELD_PATH.matcher(path).matches()) {
                    throw new IllegalStateException(RESOURCE + ": fieldNames key '" + path + "' is not a request field path (section.field)");
                }
            }
        }
    }

    static final String RESOURCE = "/dev/architect/validation/stated-request.yaml";
    /** A request field's path as prose quotes it: {@code data.initialVolumeGb}. */
    private static final Pattern FIELD_PATH = Pattern.compile("\\b([a-z]+)\\.([a-z][A-Za-z0-9]+)\\b");
    /** Region names as AWS and Google Cloud write them (eu-west-1, europe-west1), or Azure's joined ones (eastus2, uksouth). */
    private static final Pattern REGION = Pattern.compile("\\b(?:[a-z]{2,}(?:-[a-z]+)+-?[0-9]{1,2}|[a-z]*(?:east|west|north|south|central)[a-z]*[0-9]?)\\b");
    private static final Pattern SENTENCE = Pattern.compile("(?<=[.;:!?])\\s+");

    private static final class Holder {
        static final StatedWords STANDARD = ValidatorData.read(RESOURCE, StatedWords.class, "stated-request words");
    }

    private StatedRequestRules() {
    }

    /** Reads the words file, so the validator's data is read with its other files, not inside the first dossier it checks. */
    static void readWords() {
        java.util.Objects.requireNonNull(Holder.STANDARD);
    }

    static void check(Consultation c, ConsultationRequest request, List<Violation> out) {
        if (request == null) {
            return;
        }
        Map<String, String> texts = texts(c);
        unstatedButStated(texts, request, out);
        regionsNamed(texts, request, out);
        latencyGivenUp(c, request, out);
    }

    /** Every prose text of the dossier that speaks of the request, by its JSON path. */
    private static Map<String, String> texts(Consultation c) {
        Map<String, String> texts = new LinkedHashMap<>();
        for (int i = 0; i < c.decisions().size(); i++) {
            Decision d = c.decisions().get(i);
            if (!d.isInForce()) {
                continue; // a superseded record keeps the words it was decided on
            }
            String at = "decisions[" + i + "]";
            texts.put(at + ".context", d.context());
            for (int j = 0; j < d.drivers().size(); j++) {
                texts.put(at + ".drivers[" + j + "]", d.drivers().get(j));
            }
            texts.put(at + ".rationale", d.rationale());
            for (int j = 0; j < d.consequences().size(); j++) {
                texts.put(at + ".consequences[" + j + "]", d.consequences().get(j).text());
            }
        }
        for (int i = 0; i < c.risks().size(); i++) {
            texts.put("risks[" + i + "].description", c.risks().get(i).description());
            texts.put("risks[" + i + "].mitigation", c.risks().get(i).mitigation());
        }
        List<OpenQuestion> questions = c.requirements().openQuestions();
        for (int i = 0; i < questions.size(); i++) {
            texts.put("requirements.openQuestions[" + i + "].whyItMatters", questions.get(i).whyItMatters());
        }
        for (int i = 0; i < c.cost().assumptions().size(); i++) {
            texts.put("cost.assumptions[" + i + "]", c.cost().assumptions().get(i));
        }
        texts.values().removeIf(java.util.Objects::isNull);
        return texts;
    }

    /**
     * A clause saying the request does not say a field ("assumed: the request does not say data.initialVolumeGb") is wrong
     * when the request states every field the clause names: the dossier either read the field or replaced it, and must say which.
     */
    private static void unstatedButStated(Map<String, String> texts, ConsultationRequest request, List<Violation> out) {
        StatedWords words = Holder.STANDARD;
        for (Map.Entry<String, String> text : texts.entrySet()) {
            for (String clause : clauses(text.getValue())) {
                Optional<String> says = Words.firstIn(clause, words.unstated());
                if (says.isEmpty()) {
                    continue;
                }
                String after = clause.substring(Math.max(0, clause.toLowerCase(Locale.ROOT).indexOf(says.get().toLowerCase(Locale.ROOT))));
                Set<String> fields = new LinkedHashSet<>();
                Matcher m = FIELD_PATH.matcher(after);
                while (m.find()) {
                    if (isField(m.group())) {
                        fields.add(m.group());
                    }
                }
                words.fieldNames().entrySet().stream().sorted(Map.Entry.comparingByKey())
                        .filter(e -> Words.firstIn(after, e.getValue()).isPresent()).forEach(e -> fields.add(e.getKey()));
                if (!fields.isEmpty() && fields.stream().allMatch(f -> stated(request, f))) {
                    out.add(error(text.getKey(), DossierValidator.Rule.STATED_CALLED_UNSTATED, text.getKey() + " says the request '"
                            + says.get() + "' " + String.join(" and ", fields) + ", but the request states " + String.join(" and ",
                            fields.stream().map(f -> f + " = " + show(field(request, f).orElseThrow())).toList())
                            + ": say the design reads it, or that it replaces it and why"));
                }
            }
        }
    }

    /** A sentence placing data in a region ("data stays in eastus") names a region the system is deployed to. */
    private static void regionsNamed(Map<String, String> texts, ConsultationRequest request, List<Violation> out) {
        List<String> deployed = request.deployment() == null ? List.of()
                : request.deployment().regions().stream().map(r -> r.toLowerCase(Locale.ROOT).trim()).toList();
        if (deployed.isEmpty()) {
            return;
        }
        for (Map.Entry<String, String> text : texts.entrySet()) {
            for (String clause : clauses(text.getValue())) {
                if (Words.firstIn(clause, Holder.STANDARD.placesData()).isEmpty()) {
                    continue;
                }
                Matcher m = REGION.matcher(clause); // as written: a region is lower case ("Southeast Asia" is a place)
                while (m.find()) {
                    String region = m.group();
                    if (Regions.jurisdiction(region).isPresent() && !deployed.contains(region)) {
                        out.add(error(text.getKey(), DossierValidator.Rule.REGION_NAMED, text.getKey() + " places data in " + region
                                + " but the request deploys the system to " + String.join(", ", deployed) + " (deployment.regions)"));
                    }
                }
            }
        }
    }

    /**
     * A decision that gives up the request's latency target ("trades p99 latency target", "falls short on p99") says so
     * openly only when a risk related to it, or an open question, names the latency target too: the owner of the target
     * must be asked to accept the trade, not find it in an ADR's rationale.
     */
    private static void latencyGivenUp(Consultation c, ConsultationRequest request, List<Violation> out) {
        if (request.latency() == null || request.latency().p99Ms() == null) {
            return;
        }
        StatedWords words = Holder.STANDARD;
        for (int i = 0; i < c.decisions().size(); i++) {
            Decision d = c.decisions().get(i);
            if (!d.isInForce()) {
                continue;
            }
            List<String> texts = new ArrayList<>();
            texts.add(d.rationale());
            d.consequences().stream().map(Consequence::text).forEach(texts::add);
            List<String> setAside = d.options().stream().map(dev.architect.dossier.DecisionOption::name)
                    .filter(name -> !name.equalsIgnoreCase(d.chosenOption())).toList();
            Optional<String> givenUp = texts.stream().filter(java.util.Objects::nonNull).flatMap(t -> clauses(t).stream())
                    .filter(s -> givesUpLatency(s, words) && Words.firstIn(s, setAside).isEmpty()).findFirst();
            if (givenUp.isEmpty()) {
                continue;
            }
            boolean risk = c.risks().stream().filter(r -> r.relatedDecisions().contains(d.id()))
                    .anyMatch(r -> Words.firstIn(r.title() + ". " + r.description(), words.latency()).isPresent());
            boolean question = c.requirements().openQuestions().stream()
                    .anyMatch(q -> Words.firstIn(q.question() + ". " + q.whyItMatters(), words.latency()).isPresent()
                            && (Words.contains(q.whyItMatters() + " " + q.question(), d.id()) || Words.contains(q.whyItMatters() + " " + q.question(), d.chosenOption())));
            if (!risk && !question) {
                out.add(error("decisions[" + i + "].rationale", DossierValidator.Rule.LATENCY_GIVEN_UP, "decision '" + d.id() + "' gives up the "
                        + "request's latency target (latency.p99Ms = " + show(request.latency().p99Ms()) + ": '" + givenUp.get().strip()
                        + "') but no risk related to it and no open question names the latency target for its owner to accept"));
            }
        }
    }

    /** The clause says it gives up a target, then names the latency target: "trades p99 latency target". */
    private static boolean givesUpLatency(String clause, StatedWords words) {
        Optional<String> verb = Words.firstIn(clause, words.givesUp());
        if (verb.isEmpty()) {
            return false;
        }
        String lower = clause.toLowerCase(Locale.ROOT);
        String after = lower.substring(lower.indexOf(verb.get().toLowerCase(Locale.ROOT)) + verb.get().length());
        return Words.firstIn(after, words.latency()).isPresent();
    }

    private static List<String> clauses(String text) {
        return List.of(SENTENCE.split(text));
    }

    /** The value of a request field by its path (section.field), read from the request's record components; empty when unset. */
    static Optional<Object> field(ConsultationRequest request, String path) {
        Object at = request;
        for (String part : path.split("\\.")) {
            if (at == null || !at.getClass().isRecord()) {
                return Optional.empty();
            }
            Object next = null;
            boolean found = false;
            for (RecordComponent rc : at.getClass().getRecordComponents()) {
                if (rc.getName().equals(part)) {
                    try {
                        next = rc.getAccessor().invoke(at);
                    } catch (IllegalAccessException | InvocationTargetException e) {
                        return Optional.empty();
                    }
                    found = true;
                }
            }
            if (!found) {
                return Optional.empty();
            }
            at = next;
        }
        return Optional.ofNullable(at).filter(v -> !(v instanceof Collection<?> coll && coll.isEmpty()) && !(v instanceof String s && s.isBlank()));
    }

    /** Whether a path (section.field) names a field of the request's records, set or not. */
    static boolean isField(String path) {
        Class<?> at = ConsultationRequest.class;
        for (String part : path.split("\\.")) {
            if (!at.isRecord()) {
                return false;
            }
            Class<?> next = null;
            for (RecordComponent rc : at.getRecordComponents()) {
                if (rc.getName().equals(part)) {
                    next = rc.getType();
                }
            }
            if (next == null) {
                return false;
            }
            at = next;
        }
        return true;
    }

    private static boolean stated(ConsultationRequest request, String path) {
        return field(request, path).isPresent();
    }

    private static String show(Object value) {
        if (value instanceof Double d && d == Math.rint(d)) {
            return String.valueOf(d.longValue());
        }
        return String.valueOf(value);
    }

    private static Violation error(String path, DossierValidator.Rule rule, String message) {
        return new Violation(Severity.ERROR, path, rule.id(), message);
    }
}
