package com.example.gateway;

import dev.architect.spi.ArchitectProvider;
import dev.architect.spi.ProviderConfig;
import dev.architect.spi.ProviderSetting;
import dev.langchain4j.model.chat.Capability;
import dev.langchain4j.model.chat.ChatModel;
import java.util.List;
import java.util.Set;

/**
 * Plugs ACME's in-house LLM gateway into Architect SDK under the name {@code acme-gateway}. Three steps make a
 * provider: implement {@link ArchitectProvider}, implement a LangChain4j {@link ChatModel} for the wire format
 * (here {@link AcmeGatewayChatModel}), and list this class in
 * {@code META-INF/services/dev.architect.spi.ArchitectProvider}. Users then write
 * {@code Architect.builder().provider("acme-gateway")} or set {@code ARCHITECT_PROVIDER=acme-gateway}.
 */
public final class AcmeGatewayProvider implements ArchitectProvider {

    public static final String NAME = "acme-gateway";

    // ProviderSetting.secret/required/optional derive ACME_GATEWAY_TOKEN and architect.acme-gateway.token from the key.
    static final ProviderSetting TOKEN = ProviderSetting.secret(NAME, "token", "the gateway access token");
    static final ProviderSetting URL = ProviderSetting.required(NAME, "url", "the gateway URL");
    static final ProviderSetting TEAM = ProviderSetting.optional(NAME, "team", "platform", "the team billed for usage");
    static final ProviderSetting MODEL = ProviderSetting.optional(NAME, "model", "acme-large", "the model behind the gateway");
    static final ProviderSetting TIMEOUT = ProviderSetting.optional(NAME, "timeout-seconds", "60", "the call timeout in seconds");

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public String description() {
        return "ACME's internal LLM gateway (JSON mode; the SDK puts schemas in the prompt)";
    }

    @Override
    public Set<Capability> capabilities() {
        // The gateway has a JSON mode but no schema enforcement, so no RESPONSE_FORMAT_JSON_SCHEMA here: the SDK
        // negotiates and sends each stage's schema inside the prompt, then validates and repairs the reply itself.
        return Set.of();
    }

    @Override
    public List<ProviderSetting> settings() {
        return List.of(TOKEN, URL, TEAM, MODEL, TIMEOUT);
    }

    @Override
    public ChatModel create(ProviderConfig config) {
        return new AcmeGatewayChatModel(config.require(URL), config.require(TOKEN), config.require(TEAM),
                config.require(MODEL), config.seconds(TIMEOUT));
    }
}
