package dev.architect.ollama;

import dev.architect.spi.ArchitectProvider;
import dev.architect.spi.LoopbackExchange;
import dev.architect.spi.ModelHttpClientBuilder;
import dev.architect.spi.ProviderConfig;
import dev.architect.spi.ProviderSetting;
import dev.langchain4j.data.message.SystemMessage;
import dev.langchain4j.data.message.UserMessage;
import dev.langchain4j.model.chat.Capability;
import dev.langchain4j.model.chat.ChatModel;
import dev.langchain4j.model.chat.request.ChatRequest;
import dev.langchain4j.model.chat.request.ResponseFormat;
import dev.langchain4j.model.chat.request.ResponseFormatType;
import dev.langchain4j.model.chat.request.json.JsonObjectSchema;
import dev.langchain4j.model.chat.request.json.JsonSchema;
import dev.langchain4j.model.ollama.OllamaChatModel;
import java.time.Duration;
import java.util.List;
import java.util.Set;

/** A local or remote Ollama server. Structured output sends the JSON schema as Ollama's {@code format}. */
public final class OllamaArchitectProvider implements ArchitectProvider {

    /** The provider's name: {@code --provider ollama}, {@code ARCHITECT_PROVIDER=ollama}. */
    public static final String NAME = "ollama";

    /** {@code OLLAMA_BASE_URL}: the server; setting it selects Ollama when no provider is named. */
    public static final ProviderSetting BASE_URL = ProviderSetting.optional(NAME, "base-url", "http://localhost:11434",
            "the Ollama server URL");
    /** {@code OLLAMA_MODEL}: the model name. */
    public static final ProviderSetting MODEL = ProviderSetting.optional(NAME, "model", "qwen2.5:14b", "the model name");
    /** {@code OLLAMA_TIMEOUT_SECONDS}: the timeout of one call. */
    public static final ProviderSetting TIMEOUT = ProviderSetting.optional(NAME, "timeout-seconds", "300",
            "the timeout of one model call, in seconds (local models are slow)");
    /** {@code OLLAMA_NUM_CTX}: the context window in tokens. */
    public static final ProviderSetting CONTEXT = ProviderSetting.optional(NAME, "num-ctx", "16384",
            "the context window in tokens; Ollama's small default truncates stage prompts");

    /** Made by {@link java.util.ServiceLoader}; settings come from {@link ProviderConfig}. */
    public OllamaArchitectProvider() {
    }

    @Override
    public List<String> selectingVariables() {
        return List.of(BASE_URL.environmentVariable());
    }

    @Override
    public int selectionRank() {
        return 20;
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public String description() {
        return "Ollama, with the JSON schema sent as format";
    }

    @Override
    public Set<Capability> capabilities() {
        return Set.of(Capability.RESPONSE_FORMAT_JSON_SCHEMA);
    }

    @Override
    public List<ProviderSetting> settings() {
        return List.of(BASE_URL, MODEL, TIMEOUT, CONTEXT);
    }

    @Override
    public ChatModel create(ProviderConfig config) {
        int numCtx;
        try {
            numCtx = Integer.parseInt(config.require(CONTEXT));
        } catch (NumberFormatException e) {
            throw new dev.architect.exceptions.ProviderConfigurationException("ollama: num-ctx must be a whole number of tokens");
        }
        return model(config.require(BASE_URL), config.require(MODEL), config.seconds(TIMEOUT), numCtx);
    }

    /**
     * One structured chat through the same client, request and reply code as a consultation's, answered by a
     * {@link LoopbackExchange} on 127.0.0.1 in Ollama's {@code /api/chat} format; the server is never contacted.
     */
    @Override
    public void warmUp() {
        String reply = "{\"model\":\"warm-up\",\"created_at\":\"2026-01-01T00:00:00Z\",\"message\":{\"role\":\"assistant\","
                + "\"content\":\"{\\\"ok\\\":true}\"},\"done\":true,\"done_reason\":\"stop\",\"prompt_eval_count\":1,\"eval_count\":1}";
        try {
            LoopbackExchange.run(200, reply, baseUrl -> model(baseUrl, "warm-up", Duration.ofSeconds(30), 2048)
                    .chat(ChatRequest.builder().messages(SystemMessage.from("warm-up"), UserMessage.from("warm-up"))
                            .responseFormat(ResponseFormat.builder().type(ResponseFormatType.JSON).jsonSchema(JsonSchema.builder()
                                    .name("WarmUp").rootElement(JsonObjectSchema.builder().addBooleanProperty("ok")
                                            .required("ok").build()).build()).build()).build()));
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private ChatModel model(String baseUrl, String modelName, Duration timeout, int numCtx) {
        return OllamaChatModel.builder()
                .baseUrl(baseUrl)
                .modelName(modelName)
                .timeout(timeout)
                .numCtx(numCtx)
                .supportedCapabilities(capabilities())
                .maxRetries(0)
                // Keeps Retry-After and the status of failures, which the default client drops.
                .httpClientBuilder(new ModelHttpClientBuilder())
                .logRequests(false)
                .logResponses(false)
                .build();
    }
}
