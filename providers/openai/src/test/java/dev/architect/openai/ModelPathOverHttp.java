package dev.architect.openai;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.architect.Architect;
import dev.architect.event.Stage;
import dev.architect.testing.SampleStageReplies;
import java.io.Closeable;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import mockwebserver3.Dispatcher;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;

/**
 * An OpenAI-compatible server on 127.0.0.1 that answers every stage with the sample's valid reply, except where a
 * test edits the reply of one stage (per attempt), and that keeps every request body it received.
 */
final class ModelPathOverHttp implements Closeable {

    static final String KEY = "sk-modelpath-5d1e0f3b9a7c42e8";
    private static final ObjectMapper JSON = new ObjectMapper();

    /** Edits the valid reply of a stage; {@code attempt} counts from 1 per stage. */
    interface Edit {
        void apply(Stage stage, int attempt, ObjectNode reply);
    }

    final MockWebServer server = new MockWebServer();
    final List<JsonNode> bodies = new CopyOnWriteArrayList<>();
    private final Map<Stage, AtomicInteger> attempts = new ConcurrentHashMap<>();

    ModelPathOverHttp(Edit edit) throws Exception {
        this(SampleStageReplies.SAMPLE, edit);
    }

    /** Replies cut from {@code source} (e.g. the offline architect's dossier for the request consulted). */
    ModelPathOverHttp(dev.architect.dossier.Consultation source, Edit edit) throws Exception {
        server.setDispatcher(new Dispatcher() {
            @Override
            public MockResponse dispatch(RecordedRequest recorded) {
                try {
                    JsonNode body = JSON.readTree(recorded.getBody().utf8());
                    bodies.add(body);
                    String prompt = SampleStageReplies.prompt(body.get("messages"));
                    Stage stage = SampleStageReplies.stageOf(prompt);
                    ObjectNode reply = (ObjectNode) JSON.readTree(SampleStageReplies.reply(source, prompt));
                    edit.apply(stage, attempts.computeIfAbsent(stage, s -> new AtomicInteger()).incrementAndGet(), reply);
                    return OpenAiWire.completion(reply.toString(), 1000, 400);
                } catch (Exception e) {
                    return OpenAiWire.error(400, "invalid_request_error", "unexpected request: " + e);
                }
            }
        });
        server.start(java.net.InetAddress.getLoopbackAddress(), 0);
    }

    int attempts(Stage stage) {
        AtomicInteger n = attempts.get(stage);
        return n == null ? 0 : n.get();
    }

    String baseUrl() {
        return "http://127.0.0.1:" + server.getPort() + "/v1";
    }

    Architect.Builder architect() {
        Architect.Builder builder = Architect.builder().provider("openai")
                .backoff(Duration.ofMillis(10), Duration.ofMillis(50)).timeout(Duration.ofSeconds(60));
        Map.of("api-key", KEY, "base-url", baseUrl(), "timeout-seconds", "10").forEach(builder::providerOption);
        return builder;
    }

    @Override
    public void close() {
        server.close();
    }
}
