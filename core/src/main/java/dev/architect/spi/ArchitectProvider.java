package dev.architect.spi;

import dev.langchain4j.model.chat.Capability;
import dev.langchain4j.model.chat.ChatModel;
import java.util.List;
import java.util.Set;

/**
 * A named LLM backend, found with {@link java.util.ServiceLoader}. A jar adds one by implementing this interface and
 * listing the class in {@code META-INF/services/dev.architect.spi.ArchitectProvider}; users then pick it with
 * {@code Architect.builder().provider("name")} or {@code ARCHITECT_PROVIDER=name}.
 *
 * <p>Implementations are stateless; {@link #create(ProviderConfig)} may be called many times. The model returned
 * should not retry on its own (the SDK retries with backoff and honours Retry-After) and must not log request
 * bodies or keys.
 */
public interface ArchitectProvider {

    /**
     * Lower-case name users select it by, e.g. {@code openai}.
     *
     * @return the name, unique among the providers on the class path
     */
    String name();

    /**
     * One line for listings and error messages.
     *
     * @return the description
     */
    String description();

    /**
     * What its models support; {@code RESPONSE_FORMAT_JSON_SCHEMA} lets the SDK send native structured-output schemas.
     *
     * @return the capabilities, possibly none
     */
    Set<Capability> capabilities();

    /**
     * Environment variables whose presence selects this provider when {@code ARCHITECT_PROVIDER} is not set, e.g.
     * {@code OPENAI_API_KEY}. Empty (the default) means it is used only when named.
     *
     * @return the variables, any one of which selects this provider
     */
    default List<String> selectingVariables() {
        return List.of();
    }

    /**
     * Rank among providers that the environment selects at once: the lowest wins, ties go by name. Defaults to 100;
     * the providers of this SDK use 10 (OpenAI) and 20 (Ollama).
     *
     * @return the rank
     */
    default int selectionRank() {
        return 100;
    }

    /**
     * Everything it reads from its configuration, for documentation and validation.
     *
     * @return the settings, in the order to document them
     */
    List<ProviderSetting> settings();

    /**
     * Creates a chat model.
     *
     * @param config the settings' values, resolved from the builder, system properties and environment
     * @return the model every stage of a consultation calls
     *
     * @throws dev.architect.exceptions.ProviderConfigurationException when a required setting is missing or malformed
     */
    ChatModel create(ProviderConfig config);

    /**
     * Loads, ahead of the first consultation, the classes and the one-time set-up of this provider's request path
     * (request and reply JSON, HTTP client), without contacting the provider: typically one exchange with a
     * {@link LoopbackExchange} that answers in the provider's wire format; it must send nothing to the provider, so it
     * costs no tokens. Called once per JVM on a background thread when an {@code Architect} is built on this provider,
     * and {@code build()} waits for it (at most 5 s) so the first model call leaves soon after {@code consult}; a
     * failure only means no warm-up. The default does nothing.
     */
    default void warmUp() {
    }
}
