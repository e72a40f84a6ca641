package dev.architect.openai;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.architect.spi.ArchitectProvider;
import dev.architect.spi.ProviderSetting;
import dev.architect.testkit.ProviderContract;
import java.util.Map;
import mockwebserver3.MockResponse;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.Test;

class OpenAiProviderTest extends ProviderContract {

    @Override
    protected ArchitectProvider provider() {
        return new OpenAiArchitectProvider();
    }

    @Override
    protected Map<String, String> options(String baseUrl) {
        return Map.of("api-key", SECRET, "base-url", baseUrl, "model", "gpt-4o-mini", "timeout-seconds", "5");
    }

    @Override
    protected String baseUrl(String root) {
        return root + "/v1";
    }

    @Override
    protected String chatPath() {
        return "/v1/chat/completions";
    }

    @Override
    protected MockResponse reply(String content, int inputTokens, int outputTokens) {
        return OpenAiWire.completion(content, inputTokens, outputTokens);
    }

    @Override
    protected JsonNode schemaIn(JsonNode body) {
        return body.at("/response_format/json_schema/schema");
    }

    @Override
    protected MockResponse errorReply(int status, String message) {
        return OpenAiWire.error(status, status == 429 ? "rate_limit_exceeded" : "api_error", message);
    }

    @Override
    protected ProviderSetting requiredSetting() {
        return OpenAiArchitectProvider.API_KEY;
    }

    @Test
    void itAsksForStrictJsonSchemaOutputWithTheKeyAsABearerToken() throws Exception {
        server.enqueue(reply("{\"choice\":\"PostgreSQL\",\"confidence\":4}", 10, 5));

        model().chat(structuredRequest());

        RecordedRequest recorded = server.takeRequest();
        assertThat(recorded.getHeaders().get("Authorization")).isEqualTo("Bearer " + SECRET);
        JsonNode body = JSON.readTree(recorded.getBody().utf8());
        assertThat(body.get("model").asText()).isEqualTo("gpt-4o-mini");
        assertThat(body.at("/response_format/type").asText()).isEqualTo("json_schema");
        assertThat(body.at("/response_format/json_schema/name").asText()).isEqualTo("Verdict");
        assertThat(body.at("/response_format/json_schema/strict").asBoolean()).isTrue();
        assertThat(body.at("/response_format/json_schema/schema/additionalProperties").asBoolean(true)).isFalse();
    }
}
