package dev.architect.openai;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import mockwebserver3.MockResponse;

/** Replies in the exact shape of OpenAI's chat-completions API. */
final class OpenAiWire {

    private OpenAiWire() {
    }

    static MockResponse completion(String content, int inputTokens, int outputTokens) {
        ObjectNode body = JsonNodeFactory.instance.objectNode();
        body.put("id", "chatcmpl-AbC123").put("object", "chat.completion").put("created", 1764028800).put("model", "gpt-4o-mini-2024-07-18");
        ObjectNode choice = body.putArray("choices").addObject();
        choice.put("index", 0);
        choice.putObject("message").put("role", "assistant").put("content", content).putNull("refusal");
        choice.putNull("logprobs");
        choice.put("finish_reason", "stop");
        body.putObject("usage").put("prompt_tokens", inputTokens).put("completion_tokens", outputTokens)
                .put("total_tokens", inputTokens + outputTokens);
        body.put("system_fingerprint", "fp_0ba0d124f1");
        return new MockResponse.Builder().code(200).addHeader("Content-Type", "application/json").body(body.toString()).build();
    }

    static MockResponse error(int status, String type, String message) {
        ObjectNode body = JsonNodeFactory.instance.objectNode();
        body.putObject("error").put("message", message).put("type", type).putNull("param").put("code", type);
        return new MockResponse.Builder().code(status).addHeader("Content-Type", "application/json").body(body.toString()).build();
    }
}
