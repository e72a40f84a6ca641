package dev.architect.openai;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.architect.Architect;
import dev.architect.request.ConsultationRequest;
import dev.architect.testing.SampleStageReplies;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import mockwebserver3.Dispatcher;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.Test;

/**
 * OpenAI's strict structured outputs accept a schema only if every object lists all its properties as required,
 * forbids additional properties, and expresses optional values as nullable. Every schema a consultation sends must
 * pass those rules, or a live consultation would fail on its first call with a 400.
 */
class StrictSchemaTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void everyStageSchemaAConsultationSendsIsValidForStrictMode() throws Exception {
        List<JsonNode> schemas = new ArrayList<>();
        try (MockWebServer server = new MockWebServer()) {
            server.setDispatcher(new Dispatcher() {
                @Override
                public MockResponse dispatch(RecordedRequest recorded) {
                    try {
                        JsonNode body = JSON.readTree(recorded.getBody().utf8());
                        synchronized (schemas) {
                            schemas.add(body.at("/response_format/json_schema"));
                        }
                        JsonNode messages = body.get("messages");
                        String prompt = SampleStageReplies.prompt(messages);
                        return OpenAiWire.completion(SampleStageReplies.reply(prompt, prompt), 100, 50);
                    } catch (Exception e) {
                        return OpenAiWire.error(400, "invalid_request_error", e.toString());
                    }
                }
            });
            server.start(java.net.InetAddress.getLoopbackAddress(), 0);
            Architect.Builder builder = Architect.builder().provider("openai");
            Map.of("api-key", "sk-strict-test-0000000000", "base-url", "http://127.0.0.1:" + server.getPort() + "/v1",
                    "timeout-seconds", "10").forEach(builder::providerOption);

            builder.build().consult(ConsultationRequest.builder("ShopFast", "Online store").capabilities("catalog", "orders").build());
        }

        assertThat(schemas).hasSize(9);
        List<String> problems = new ArrayList<>();
        for (JsonNode s : schemas) {
            assertThat(s.get("strict").asBoolean()).isTrue();
            check(s.get("name").asText(), s.get("schema"), problems);
        }
        assertThat(problems).isEmpty();
        // An optional field ("no request body") stays expressible: required, but nullable.
        JsonNode requestSchema = schemas.stream().map(s -> s.findValue("requestSchema")).filter(n -> n != null).findFirst().orElseThrow();
        assertThat(requestSchema.get("type").toString()).isEqualTo("[\"string\",\"null\"]");
    }

    private static void check(String path, JsonNode schema, List<String> problems) {
        if (schema.has("anyOf")) {
            schema.get("anyOf").forEach(option -> check(path, option, problems));
            return;
        }
        if ("object".equals(schema.path("type").asText())) {
            Set<String> properties = new HashSet<>();
            schema.path("properties").fieldNames().forEachRemaining(properties::add);
            Set<String> required = new HashSet<>();
            schema.path("required").forEach(r -> required.add(r.asText()));
            if (!required.equals(properties)) {
                Set<String> missing = new HashSet<>(properties);
                missing.removeAll(required);
                problems.add(path + ": not required " + missing);
            }
            if (schema.path("additionalProperties").asBoolean(true)) {
                problems.add(path + ": additionalProperties is not false");
            }
            schema.path("properties").properties().forEach(p -> check(path + "." + p.getKey(), p.getValue(), problems));
        } else if ("array".equals(schema.path("type").asText())) {
            check(path + "[]", schema.get("items"), problems);
        }
    }
}
