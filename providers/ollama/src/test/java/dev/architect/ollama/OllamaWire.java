package dev.architect.ollama;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import mockwebserver3.MockResponse;

/** Replies in the exact shape of Ollama's {@code /api/chat} (non-streaming). */
final class OllamaWire {

    private OllamaWire() {
    }

    static MockResponse chat(String content, int inputTokens, int outputTokens) {
        ObjectNode body = JsonNodeFactory.instance.objectNode();
        body.put("model", "qwen2.5:14b").put("created_at", "2026-11-25T10:00:00.000000Z");
        body.putObject("message").put("role", "assistant").put("content", content);
        body.put("done_reason", "stop").put("done", true).put("total_duration", 4_883_583_458L).put("load_duration", 1_334_875L)
                .put("prompt_eval_count", inputTokens).put("prompt_eval_duration", 342_546_000L)
                .put("eval_count", outputTokens).put("eval_duration", 4_535_599_000L);
        return new MockResponse.Builder().code(200).addHeader("Content-Type", "application/json; charset=utf-8").body(body.toString()).build();
    }

    static MockResponse error(int status, String message) {
        ObjectNode body = JsonNodeFactory.instance.objectNode().put("error", message);
        return new MockResponse.Builder().code(status).addHeader("Content-Type", "application/json; charset=utf-8").body(body.toString()).build();
    }
}
