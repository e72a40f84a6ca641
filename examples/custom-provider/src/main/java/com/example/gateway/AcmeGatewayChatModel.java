package com.example.gateway;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.architect.spi.ModelHttpException;
import dev.langchain4j.data.message.AiMessage;
import dev.langchain4j.data.message.ChatMessage;
import dev.langchain4j.data.message.SystemMessage;
import dev.langchain4j.data.message.UserMessage;
import dev.langchain4j.exception.TimeoutException;
import dev.langchain4j.model.chat.ChatModel;
import dev.langchain4j.model.chat.request.ChatRequest;
import dev.langchain4j.model.chat.request.ResponseFormatType;
import dev.langchain4j.model.chat.response.ChatResponse;
import dev.langchain4j.model.output.TokenUsage;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Clock;
import java.time.Duration;

/**
 * A LangChain4j {@link ChatModel} speaking the gateway's wire format:
 * <pre>
 * POST {url}/v2/completions          X-Acme-Token: ...   X-Acme-Team: ...
 * {"model": "...", "system": "...", "turns": [{"role": "user", "text": "..."}], "output": "json"}
 * 200 {"id": "...", "result": {"text": "..."}, "usage": {"in": 812, "out": 240}}
 * </pre>
 * Only {@link #doChat} needs writing; LangChain4j's {@code chat(...)} wraps it with listeners. Failures become a
 * {@link ModelHttpException} carrying status and Retry-After, a timeout LangChain4j's {@link TimeoutException}, and a
 * broken connection an {@link java.io.UncheckedIOException}: the three shapes the SDK's retry policy understands.
 */
final class AcmeGatewayChatModel implements ChatModel {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final URI endpoint;
    private final String token;
    private final String team;
    private final String model;
    private final Duration timeout;
    private final HttpClient http;

    AcmeGatewayChatModel(String url, String token, String team, String model, Duration timeout) {
        this.endpoint = URI.create(url.replaceAll("/+$", "") + "/v2/completions");
        this.token = token;
        this.team = team;
        this.model = model;
        this.timeout = timeout;
        this.http = HttpClient.newBuilder().connectTimeout(timeout).build();
    }

    @Override
    public ChatResponse doChat(ChatRequest request) {
        HttpRequest httpRequest = HttpRequest.newBuilder(endpoint)
                .timeout(timeout)
                .header("Content-Type", "application/json")
                .header("X-Acme-Token", token)
                .header("X-Acme-Team", team)
                .POST(HttpRequest.BodyPublishers.ofString(body(request)))
                .build();
        HttpResponse<String> response;
        try {
            response = http.send(httpRequest, HttpResponse.BodyHandlers.ofString());
        } catch (HttpTimeoutException e) {
            throw new TimeoutException("acme-gateway did not answer within " + timeout.toSeconds() + " s");
        } catch (IOException e) {
            throw new java.io.UncheckedIOException("acme-gateway connection failed: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new dev.langchain4j.exception.LangChain4jException("interrupted while waiting for acme-gateway");
        }
        if (response.statusCode() / 100 != 2) {
            throw new ModelHttpException(response.statusCode(), errorDetail(response.body()),
                    ModelHttpException.parseRetryAfter(response.headers().firstValue("Retry-After").orElse(null),
                            Clock.systemUTC()).orElse(null));
        }
        try {
            JsonNode reply = JSON.readTree(response.body());
            return ChatResponse.builder()
                    .aiMessage(AiMessage.from(reply.at("/result/text").asText()))
                    .tokenUsage(new TokenUsage(reply.at("/usage/in").asInt(), reply.at("/usage/out").asInt()))
                    .modelName(model)
                    .build();
        } catch (IOException e) {
            throw new ModelHttpException(502, "acme-gateway sent a reply that is not JSON", null);
        }
    }

    private String body(ChatRequest request) {
        ObjectNode body = JSON.createObjectNode().put("model", model);
        ArrayNode turns = body.putArray("turns");
        for (ChatMessage message : request.messages()) {
            if (message instanceof SystemMessage system) {
                body.put("system", system.text());
            } else if (message instanceof UserMessage user) {
                turns.addObject().put("role", "user").put("text", user.singleText());
            } else if (message instanceof AiMessage ai) {
                turns.addObject().put("role", "assistant").put("text", ai.text());
            }
        }
        boolean json = request.responseFormat() != null && request.responseFormat().type() == ResponseFormatType.JSON;
        body.put("output", json ? "json" : "text");
        return body.toString();
    }

    /** The gateway's error text; never echoes request headers, so the token cannot leak through it. */
    private static String errorDetail(String body) {
        try {
            JsonNode error = JSON.readTree(body).path("error");
            return "acme-gateway: " + error.path("code").asText("error") + ": " + error.path("detail").asText("");
        } catch (IOException e) {
            return "acme-gateway: HTTP error";
        }
    }
}
