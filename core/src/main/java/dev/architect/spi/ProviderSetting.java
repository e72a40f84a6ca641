package dev.architect.spi;

import java.util.Locale;
import java.util.Objects;

/**
 * One configuration value a provider reads, and where it may come from. Sources are consulted in this order: the
 * builder ({@code Architect.builder().providerOption(key, value)}), the system property, the environment variable,
 * then the default.
 *
 * @param key                 builder option name, e.g. {@code api-key}
 * @param environmentVariable e.g. {@code OPENAI_API_KEY}
 * @param systemProperty      e.g. {@code architect.openai.api-key}
 * @param required            whether the provider cannot start without it
 * @param secret              whether the value must never be shown (keys, tokens)
 * @param defaultValue        used when no source has a value; null for none
 * @param description         one line for documentation and error messages
 */
public record ProviderSetting(String key, String environmentVariable, String systemProperty, boolean required,
                              boolean secret, String defaultValue, String description) {

    /**
     * Checks that the names and the description are present.
     *
     * @param key                 builder option name
     * @param environmentVariable environment variable name
     * @param systemProperty      system property name
     * @param required            whether the provider cannot start without it
     * @param secret              whether the value must never be shown
     * @param defaultValue        the default, or null
     * @param description         one line for documentation and error messages
     */
    public ProviderSetting {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(environmentVariable, "environmentVariable");
        Objects.requireNonNull(systemProperty, "systemProperty");
        Objects.requireNonNull(description, "description");
    }

    /**
     * A required secret (an API key or token), named by convention: {@code secret("openai", "api-key", ...)} reads
     * {@code OPENAI_API_KEY} and {@code architect.openai.api-key}. Its value is masked in every message and log.
     *
     * @param provider    the provider's name
     * @param key         the builder option name
     * @param description one line for documentation and error messages
     * @return the setting
     */
    public static ProviderSetting secret(String provider, String key, String description) {
        return conventional(provider, key, true, true, null, description);
    }

    /**
     * A required value with no default (a gateway URL, say), named by convention as in {@link #secret}.
     *
     * @param provider    the provider's name
     * @param key         the builder option name
     * @param description one line for documentation and error messages
     * @return the setting
     */
    public static ProviderSetting required(String provider, String key, String description) {
        return conventional(provider, key, true, false, null, description);
    }

    /**
     * An optional value, named by convention as in {@link #secret}.
     *
     * @param provider     the provider's name
     * @param key          the builder option name
     * @param defaultValue used when no source has a value; null for none
     * @param description  one line for documentation and error messages
     * @return the setting
     */
    public static ProviderSetting optional(String provider, String key, String defaultValue, String description) {
        return conventional(provider, key, false, false, defaultValue, description);
    }

    private static ProviderSetting conventional(String provider, String key, boolean required, boolean secret,
                                                String defaultValue, String description) {
        String env = (provider + "_" + key).toUpperCase(Locale.ROOT).replace('-', '_');
        return new ProviderSetting(key, env, "architect." + provider + "." + key, required, secret, defaultValue, description);
    }

    /**
     * Where a user can set it, for error messages.
     *
     * @return the environment variable, system property and builder option, in words
     */
    public String sources() {
        return "environment variable " + environmentVariable + ", system property " + systemProperty
                + " or builder option \"" + key + "\"";
    }
}
