package dev.architect.ollama;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.architect.spi.ArchitectProvider;
import dev.architect.spi.ProviderSetting;
import dev.architect.testkit.ProviderContract;
import java.util.Map;
import mockwebserver3.MockResponse;
import org.junit.jupiter.api.Test;

class OllamaProviderTest extends ProviderContract {

    @Override
    protected ArchitectProvider provider() {
        return new OllamaArchitectProvider();
    }

    @Override
    protected Map<String, String> options(String baseUrl) {
        return Map.of("base-url", baseUrl, "model", "qwen2.5:14b", "timeout-seconds", "5");
    }

    @Override
    protected String baseUrl(String root) {
        return root;
    }

    @Override
    protected String chatPath() {
        return "/api/chat";
    }

    @Override
    protected MockResponse reply(String content, int inputTokens, int outputTokens) {
        return OllamaWire.chat(content, inputTokens, outputTokens);
    }

    @Override
    protected JsonNode schemaIn(JsonNode body) {
        return body.get("format");
    }

    @Override
    protected MockResponse errorReply(int status, String message) {
        return OllamaWire.error(status, message);
    }

    @Override
    protected ProviderSetting requiredSetting() {
        return null;
    }

    @Test
    void itSendsTheModelTheContextWindowAndNoStreaming() throws Exception {
        server.enqueue(reply("{\"choice\":\"PostgreSQL\",\"confidence\":4}", 10, 5));

        model().chat(structuredRequest());

        JsonNode body = JSON.readTree(server.takeRequest().getBody().utf8());
        assertThat(body.get("model").asText()).isEqualTo("qwen2.5:14b");
        assertThat(body.get("stream").asBoolean(true)).isFalse();
        assertThat(body.at("/options/num_ctx").asInt()).isEqualTo(16384);
        assertThat(body.at("/format/type").asText()).isEqualTo("object");
    }
}
