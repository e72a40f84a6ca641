package com.example.gateway;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import dev.architect.spi.ArchitectProvider;
import dev.architect.spi.ModelHttpException;
import dev.architect.spi.ProviderSetting;
import dev.architect.testkit.ProviderContract;
import java.time.Duration;
import java.util.Map;
import mockwebserver3.MockResponse;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.Test;

/** The custom provider passes the same contract as the built-in ones, plus its own wire details. */
class AcmeGatewayProviderTest extends ProviderContract {

    @Override
    protected ArchitectProvider provider() {
        return new AcmeGatewayProvider();
    }

    @Override
    protected Map<String, String> options(String baseUrl) {
        return Map.of("url", baseUrl, "token", SECRET, "team", "payments", "timeout-seconds", "5");
    }

    @Override
    protected String baseUrl(String root) {
        return root;
    }

    @Override
    protected String chatPath() {
        return "/v2/completions";
    }

    @Override
    protected JsonNode messagesIn(JsonNode body) {
        // The gateway keeps the system prompt apart; present it as messages so the inherited checks apply.
        var messages = JSON.createArrayNode();
        messages.addObject().put("role", "system").put("content", body.get("system").asText());
        body.get("turns").forEach(t -> messages.addObject().put("role", t.get("role").asText()).put("content", t.get("text").asText()));
        return messages;
    }

    @Override
    protected boolean asksForJsonIn(JsonNode body) {
        return body.get("output").asText().equals("json");
    }

    @Override
    protected MockResponse reply(String content, int inputTokens, int outputTokens) {
        var body = JSON.createObjectNode().put("id", "gw-81f2");
        body.putObject("result").put("text", content);
        body.putObject("usage").put("in", inputTokens).put("out", outputTokens);
        return new MockResponse.Builder().code(200).addHeader("Content-Type", "application/json").body(body.toString()).build();
    }

    @Override
    protected MockResponse errorReply(int status, String message) {
        return new MockResponse.Builder().code(status).addHeader("Content-Type", "application/json").body("{\"error\":{\"code\":\"e" + status + "\",\"detail\":\"" + message + "\"}}").build();
    }

    @Override
    protected ProviderSetting requiredSetting() {
        return AcmeGatewayProvider.TOKEN;
    }

    @Test
    void theTokenAndTeamTravelInTheGatewayHeaders() throws Exception {
        server.enqueue(reply("{}", 1, 1));

        model().chat(structuredRequest());

        RecordedRequest recorded = server.takeRequest();
        assertThat(recorded.getHeaders().get("X-Acme-Token")).isEqualTo(SECRET);
        assertThat(recorded.getHeaders().get("X-Acme-Team")).isEqualTo("payments");
    }

    @Test
    void aRateLimitCarriesItsStatusAndRetryAfterWithoutTheToken() {
        server.enqueue(new MockResponse.Builder().code(429).addHeader("Retry-After", "3")
                .body("{\"error\":{\"code\":\"quota\",\"detail\":\"team payments is over its hourly quota\"}}").build());

        assertThatThrownBy(() -> model().chat(structuredRequest()))
                .isInstanceOfSatisfying(ModelHttpException.class, e -> {
                    assertThat(e.statusCode()).isEqualTo(429);
                    assertThat(e.retryAfter()).hasValue(Duration.ofSeconds(3));
                    assertThat(e.getMessage()).contains("quota", "over its hourly quota").doesNotContain(SECRET);
                });
    }
}
