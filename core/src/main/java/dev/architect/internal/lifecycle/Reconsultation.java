package dev.architect.internal.lifecycle;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.architect.dossier.Consultation;
import dev.architect.dossier.Decision;
import dev.architect.dossier.DecisionTopic;
import dev.architect.request.ConsultationRequest;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * What a re-consultation with a model starts from: the previous dossier, the request fields that moved since it was
 * made (computed by the SDK by comparing the two requests), and the decisions that are pinned: previous decisions in
 * force whose topic's drivers ({@code lifecycle/topic-drivers.yaml}) all kept their values. The model sees all of it
 * as context; the SDK holds it to the pinned decisions.
 *
 * @param previous     the previous dossier
 * @param driversKnown whether the previous request was given; without it no driver is known to be still, so nothing
 *                     is pinned
 * @param moved        the request fields whose values differ (empty when {@code driversKnown} is false)
 * @param pinned       the pinned previous decisions by {@link Decision#subject()}
 */
public record Reconsultation(Consultation previous, boolean driversKnown, List<MovedDriver> moved, Map<String, Decision> pinned) {

    private static final String TOPIC_DRIVERS = "/dev/architect/lifecycle/topic-drivers.yaml";
    private static final Map<DecisionTopic, Set<RequestDriver>> DRIVERS = topicDrivers();
    private static final ObjectMapper JSON = new ObjectMapper();

    public Reconsultation {
        Objects.requireNonNull(previous, "previous");
        moved = List.copyOf(moved);
        pinned = Collections.unmodifiableMap(new LinkedHashMap<>(pinned)); // in the previous dossier's order
    }

    /**
     * @param previous        the previous dossier
     * @param previousRequest the request it was made from, or null when unknown (nothing is then pinned)
     * @param changed         the request as it reads now
     */
    public static Reconsultation of(Consultation previous, ConsultationRequest previousRequest, ConsultationRequest changed) {
        if (previousRequest == null) {
            return new Reconsultation(previous, false, List.of(), Map.of());
        }
        List<MovedDriver> moved = new ArrayList<>();
        for (RequestDriver d : RequestDriver.values()) {
            Object before = d.valueIn(previousRequest);
            Object after = d.valueIn(changed);
            if (!Objects.equals(before, after)) {
                moved.add(new MovedDriver(d, json(before), json(after)));
            }
        }
        Set<RequestDriver> movedFields = EnumSet.noneOf(RequestDriver.class);
        moved.forEach(m -> movedFields.add(m.driver()));
        Map<String, Decision> pinned = new LinkedHashMap<>();
        for (Decision d : previous.decisions()) {
            if (d.isInForce() && driversOf(d.topic()).stream().noneMatch(movedFields::contains)) {
                pinned.putIfAbsent(d.subject(), d);
            }
        }
        return new Reconsultation(previous, true, moved, pinned);
    }

    /** The request fields that drive decisions on {@code topic}. */
    public static Set<RequestDriver> driversOf(DecisionTopic topic) {
        return DRIVERS.getOrDefault(topic, EnumSet.allOf(RequestDriver.class));
    }

    /** The pinned previous decision on the same subject as {@code decision}, if any. */
    public Optional<Decision> pinnedFor(Decision decision) {
        return Optional.ofNullable(pinned.get(decision.subject()));
    }

    /** Whether {@code decision} (a previous one) is pinned. */
    public boolean isPinned(Decision decision) {
        return decision.equals(pinned.get(decision.subject()));
    }

    private static String json(Object value) {
        try {
            return JSON.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write a request field", e);
        }
    }

    private static Map<DecisionTopic, Set<RequestDriver>> topicDrivers() {
        return dev.architect.offline.internal.catalog.DataFiles.shipped(TOPIC_DRIVERS, "topic drivers", (in, where) -> {
            Map<DecisionTopic, Set<RequestDriver>> drivers = new EnumMap<>(DecisionTopic.class);
            JsonNode tree = dev.architect.offline.internal.catalog.DataFiles.tree(in);
            tree.properties().forEach(e -> {
                Set<RequestDriver> fields = EnumSet.noneOf(RequestDriver.class);
                e.getValue().forEach(f -> fields.add(RequestDriver.ofField(f.asText())));
                drivers.put(DecisionTopic.valueOf(e.getKey()), fields);
        });
            return drivers;
                });
    }
}
