package dev.architect.openai;

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
import dev.langchain4j.model.openai.OpenAiChatModel;
import java.time.Duration;
import java.util.List;
import java.util.Set;

/**
 * OpenAI, and any server that speaks its chat-completions API (Azure OpenAI gateways, vLLM, LM Studio, LiteLLM):
 * set {@code OPENAI_BASE_URL}. Structured output uses strict JSON schemas ({@code response_format: json_schema}).
 */
public final class OpenAiArchitectProvider implements ArchitectProvider {

    /** The provider's name: {@code --provider openai}, {@code ARCHITECT_PROVIDER=openai}. */
    public static final String NAME = "openai";

    /** {@code OPENAI_API_KEY}: required, secret; setting it selects OpenAI when no provider is named. */
    public static final ProviderSetting API_KEY = ProviderSetting.secret(NAME, "api-key", "the OpenAI API key");
    /** {@code OPENAI_BASE_URL}: an OpenAI-compatible server; OpenAI's API by default. */
    public static final ProviderSetting BASE_URL = ProviderSetting.optional(NAME, "base-url", "https://api.openai.com/v1",
            "the base URL of an OpenAI-compatible API");
    /** {@code OPENAI_MODEL}: the model name. */
    public static final ProviderSetting MODEL = ProviderSetting.optional(NAME, "model", "gpt-4o-mini", "the model name");
    /** {@code OPENAI_TIMEOUT_SECONDS}: the timeout of one call. */
    public static final ProviderSetting TIMEOUT = ProviderSetting.optional(NAME, "timeout-seconds", "120",
            "the timeout of one model call, in seconds");
    /** {@code OPENAI_STRICT_SCHEMA}: strict JSON-schema adherence, on by default. */
    public static final ProviderSetting STRICT = ProviderSetting.optional(NAME, "strict-schema", "true",
            "whether to ask for strict JSON-schema adherence (turn off for servers that do not support it)");

    /** Made by {@link java.util.ServiceLoader}; settings come from {@link ProviderConfig}. */
    public OpenAiArchitectProvider() {
    }

    @Override
    public List<String> selectingVariables() {
        return List.of(API_KEY.environmentVariable());
    }

    @Override
    public int selectionRank() {
        return 10;
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public String description() {
        return "OpenAI or an OpenAI-compatible server, with strict JSON-schema output";
    }

    @Override
    public Set<Capability> capabilities() {
        return Set.of(Capability.RESPONSE_FORMAT_JSON_SCHEMA);
    }

    @Override
    public List<ProviderSetting> settings() {
        return List.of(API_KEY, BASE_URL, MODEL, TIMEOUT, STRICT);
    }

    @Override
    public ChatModel create(ProviderConfig config) {
        return model(config.require(API_KEY), config.require(BASE_URL), config.require(MODEL), config.seconds(TIMEOUT),
                Boolean.parseBoolean(config.require(STRICT)));
    }

    /**
     * One structured chat through the same client, request and reply code as a consultation's, answered by a
     * {@link LoopbackExchange} on 127.0.0.1 in the chat-completions format; the provider is never contacted.
     */
    @Override
    public void warmUp() {
        String reply = "{\"id\":\"warm-up\",\"object\":\"chat.completion\",\"created\":0,\"model\":\"warm-up\","
                + "\"choices\":[{\"index\":0,\"message\":{\"role\":\"assistant\",\"content\":\"{\\\"ok\\\":true}\"},"
                + "\"finish_reason\":\"stop\"}],\"usage\":{\"prompt_tokens\":1,\"completion_tokens\":1,\"total_tokens\":2}}";
        try {
            LoopbackExchange.run(200, reply, baseUrl -> model("warm-up", baseUrl + "/v1", "warm-up", Duration.ofSeconds(30), true)
                    .chat(ChatRequest.builder().messages(SystemMessage.from("warm-up"), UserMessage.from("warm-up"))
                            .responseFormat(ResponseFormat.builder().type(ResponseFormatType.JSON).jsonSchema(JsonSchema.builder()
                                    .name("WarmUp").rootElement(JsonObjectSchema.builder().addBooleanProperty("ok")
                                            .required("ok").build()).build()).build()).build()));
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private ChatModel model(String apiKey, String baseUrl, String modelName, Duration timeout, boolean strict) {
        return OpenAiChatModel.builder()
                .apiKey(apiKey)
                .baseUrl(baseUrl)
                .modelName(modelName)
                .timeout(timeout)
                .supportedCapabilities(capabilities())
                .strictJsonSchema(strict)
                // The SDK retries with backoff and Retry-After itself; two layers of retries would multiply.
                .maxRetries(0)
                // Keeps Retry-After and the status of failures, which the default client drops.
                .httpClientBuilder(new ModelHttpClientBuilder())
                .logRequests(false)
                .logResponses(false)
                .build();
    }
}
