package dev.architect.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import dev.architect.dossier.DossierJson;
import dev.architect.event.Stage;
import dev.architect.spi.ModelHttpException;
import dev.langchain4j.data.message.AiMessage;
import dev.langchain4j.exception.TimeoutException;
import dev.langchain4j.model.chat.ChatModel;
import dev.langchain4j.model.chat.request.ChatRequest;
import dev.langchain4j.model.chat.response.ChatResponse;
import dev.langchain4j.model.output.TokenUsage;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A chat model that misbehaves on purpose: at a configurable rate it answers a stage with malformed or truncated
 * JSON, a wrong type, a missing field or a broken cross-reference, or fails the call with a 429, a 5xx or a
 * timeout; otherwise it gives the valid {@link SampleStageReplies sample reply}.
 *
 * <p>Every decision comes from a {@link Random} seeded with the seed, the request's system name, the stage and how
 * many times that stage of that system has been asked, so a campaign is reproducible whatever order the parallel
 * stages call in (give each consultation its own system name). Every reply text it sends is kept, so a test can
 * prove that an exception's raw replies are exactly what the model said (so its memory grows with every call: it is
 * for campaigns of hundreds of consultations, not for load runs).
 */
public final class ChaosChatModel implements ChatModel {

    /** What can go wrong with one model call. */
    public enum Fault {
        MALFORMED_JSON, TRUNCATED_JSON, WRONG_TYPE, MISSING_FIELD, BROKEN_REFERENCE, RATE_LIMITED, SERVER_ERROR, TIMEOUT
    }

    /** Fields that name another element of the dossier: breaking one breaks a cross-reference. */
    private static final Set<String> REFERENCES = Set.of("sourceId", "destinationId", "containerId", "systemId",
            "ownerContainerId", "targetEntity", "sloId", "decisionId", "from", "to", "relatedDecisions", "relatedElements",
            "participants", "dependsOn", "recommended", "chosenOption");

    private final long seed;
    private final double faultRate;
    private final List<Fault> faults;
    private final Duration latency;
    private final Duration retryAfter;
    private final Map<String, AtomicInteger> askedPerStage = new ConcurrentHashMap<>();
    private final Map<Fault, AtomicInteger> injected = new EnumMap<>(Fault.class);
    private final AtomicInteger calls = new AtomicInteger();
    private final Set<String> repliesSent = ConcurrentHashMap.newKeySet();

    private ChaosChatModel(Builder b) {
        this.seed = b.seed;
        this.faultRate = b.faultRate;
        this.faults = List.copyOf(b.faults);
        this.latency = b.latency;
        this.retryAfter = b.retryAfter;
        for (Fault f : Fault.values()) {
            injected.put(f, new AtomicInteger());
        }
    }

    public static Builder builder() {
        return new Builder();
    }

    @Override
    public ChatResponse chat(ChatRequest request) {
        calls.incrementAndGet();
        Stage stage = SampleStageReplies.stageOf(request);
        String system = SampleStageReplies.systemNameOf(request);
        int asked = askedPerStage.computeIfAbsent(system + "/" + stage, k -> new AtomicInteger()).incrementAndGet();
        Random random = new Random(mix(mix(mix(seed) ^ system.hashCode()) ^ stage.ordinal() * 31L + asked));
        pause();
        String valid = SampleStageReplies.reply(request);
        if (random.nextDouble() >= faultRate) {
            return respond(valid);
        }
        Fault fault = faults.get(random.nextInt(faults.size()));
        injected.get(fault).incrementAndGet();
        return switch (fault) {
            case RATE_LIMITED -> throw new ModelHttpException(429,
                    "{\"error\":{\"message\":\"Rate limit reached for requests\",\"type\":\"requests\"}}", retryAfter);
            case SERVER_ERROR -> throw new ModelHttpException(random.nextBoolean() ? 500 : 503,
                    "{\"error\":{\"message\":\"The server had an error while processing your request\"}}", null);
            case TIMEOUT -> throw new TimeoutException("timeout: no response within the read timeout");
            default -> respond(corrupt(fault, valid, random));
        };
    }

    /** SplitMix64's finaliser: nearby inputs give unrelated seeds (java.util.Random's first draws of nearby seeds are alike). */
    private static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xbf58476d1ce4e5b9L;
        z = (z ^ (z >>> 27)) * 0x94d049bb133111ebL;
        return z ^ (z >>> 31);
    }

    /** How many faults of each kind were injected so far. */
    public Map<Fault, Integer> injected() {
        Map<Fault, Integer> counts = new EnumMap<>(Fault.class);
        injected.forEach((f, n) -> counts.put(f, n.get()));
        return Collections.unmodifiableMap(counts);
    }

    /** Model calls received, faults included. */
    public int calls() {
        return calls.get();
    }

    /** Whether this model ever sent {@code text} as a reply. */
    public boolean sent(String text) {
        return repliesSent.contains(text);
    }

    private ChatResponse respond(String text) {
        repliesSent.add(text);
        return ChatResponse.builder().aiMessage(AiMessage.from(text)).modelName("chaos-1")
                .tokenUsage(new TokenUsage(1000, text.length() / 4)).build();
    }

    private void pause() {
        if (latency.isZero()) {
            return;
        }
        try {
            Thread.sleep(latency.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new TimeoutException("interrupted while answering");
        }
    }

    /** A reply broken the way {@code fault} says; falls back to a missing field where the stage has no reference. */
    static String corrupt(Fault fault, String valid, Random random) {
        return switch (fault) {
            case MALFORMED_JSON -> random.nextBoolean() ? valid.replaceFirst("\"\\s*:", "\" ") : valid.replace('"', '\'');
            case TRUNCATED_JSON -> valid.substring(0, valid.length() / 10 + random.nextInt(valid.length() * 8 / 10));
            case WRONG_TYPE -> SampleStageReplies.json(wrongType(tree(valid), random));
            case MISSING_FIELD -> SampleStageReplies.json(withoutIdentity(tree(valid)));
            case BROKEN_REFERENCE -> {
                JsonNode reply = tree(valid);
                yield SampleStageReplies.json(breakReference(reply, random) ? reply : withoutIdentity(reply));
            }
            default -> throw new IllegalArgumentException(fault + " is not a bad reply");
        };
    }

    private static JsonNode tree(String json) {
        try {
            return DossierJson.mapper().readTree(json);
        } catch (Exception e) {
            throw new IllegalStateException("sample reply is not JSON", e);
        }
    }

    /** One top-level field gets a value of another shape: a list or object becomes text, text or a number an object. */
    private static JsonNode wrongType(JsonNode reply, Random random) {
        ObjectNode object = (ObjectNode) reply;
        List<String> names = new ArrayList<>();
        object.fieldNames().forEachRemaining(names::add);
        String name = names.get(random.nextInt(names.size()));
        JsonNode value = object.get(name);
        if (value.isContainerNode()) {
            object.put(name, "see my previous answer");
        } else {
            object.putObject(name).put("value", value.asText());
        }
        return reply;
    }

    /** The first {@code id} (or, where elements have none, {@code name}) found depth-first is removed. */
    private static JsonNode withoutIdentity(JsonNode reply) {
        for (String field : List.of("id", "name")) {
            if (removeFirst(reply, field)) {
                return reply;
            }
        }
        throw new IllegalStateException("reply has no id or name to remove");
    }

    private static boolean removeFirst(JsonNode node, String field) {
        if (node instanceof ObjectNode object && object.has(field) && object.get(field).isTextual()) {
            object.remove(field);
            return true;
        }
        for (Iterator<JsonNode> children = node.elements(); children.hasNext(); ) {
            if (removeFirst(children.next(), field)) {
                return true;
            }
        }
        return false;
    }

    /** One reference field, chosen at random among all of the reply's, points at an element that does not exist. */
    private static boolean breakReference(JsonNode reply, Random random) {
        List<ObjectNode> owners = new ArrayList<>();
        List<String> fields = new ArrayList<>();
        collectReferences(reply, owners, fields);
        if (owners.isEmpty()) {
            return false;
        }
        int pick = random.nextInt(owners.size());
        ObjectNode owner = owners.get(pick);
        String field = fields.get(pick);
        if (owner.get(field) instanceof ArrayNode list) {
            list.set(0, TextNode.valueOf("ghost-element"));
        } else {
            owner.put(field, "ghost-element");
        }
        return true;
    }

    private static void collectReferences(JsonNode node, List<ObjectNode> owners, List<String> fields) {
        if (node instanceof ObjectNode object) {
            object.properties().forEach(e -> {
                JsonNode v = e.getValue();
                boolean reference = REFERENCES.contains(e.getKey())
                        && (v.isTextual() || (v.isArray() && !v.isEmpty() && v.get(0).isTextual()));
                if (reference) {
                    owners.add(object);
                    fields.add(e.getKey());
                }
            });
        }
        node.elements().forEachRemaining(child -> collectReferences(child, owners, fields));
    }

    /** Configures a {@link ChaosChatModel}: every fault kind at 20% in total, no latency, 1 ms Retry-After. */
    public static final class Builder {
        private long seed = 1;
        private double faultRate = 0.2;
        private List<Fault> faults = List.of(Fault.values());
        private Duration latency = Duration.ZERO;
        private Duration retryAfter = Duration.ofMillis(1);

        private Builder() {
        }

        public Builder seed(long seed) {
            this.seed = seed;
            return this;
        }

        /** The share of calls that go wrong, 0 to 1; the kinds are equally likely. */
        public Builder faultRate(double faultRate) {
            if (faultRate < 0 || faultRate > 1) {
                throw new IllegalArgumentException("faultRate must be within 0..1: " + faultRate);
            }
            this.faultRate = faultRate;
            return this;
        }

        /** Only these kinds of fault. */
        public Builder faults(Fault... faults) {
            if (faults.length == 0) {
                throw new IllegalArgumentException("at least one fault kind");
            }
            this.faults = List.of(faults);
            return this;
        }

        /** How long each call takes before it answers or fails. */
        public Builder latency(Duration latency) {
            this.latency = Objects.requireNonNull(latency, "latency");
            return this;
        }

        /** The {@code Retry-After} a 429 carries; keep it small in tests. */
        public Builder retryAfter(Duration retryAfter) {
            this.retryAfter = retryAfter;
            return this;
        }

        public ChaosChatModel build() {
            return new ChaosChatModel(this);
        }
    }
}
