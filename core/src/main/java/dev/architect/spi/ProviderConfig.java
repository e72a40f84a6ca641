package dev.architect.spi;

import dev.architect.exceptions.ProviderConfigurationException;
import dev.architect.internal.Secrets;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * The configuration a provider is created with: builder options first, then system properties, then environment
 * variables, then each setting's default. Immutable. {@link #toString()} masks secret values.
 */
public final class ProviderConfig {

    private final String provider;
    private final Map<String, String> options;
    private final Function<String, String> systemProperties;
    private final Function<String, String> environment;

    private ProviderConfig(String provider, Map<String, String> options, Function<String, String> systemProperties,
                           Function<String, String> environment) {
        this.provider = provider;
        this.options = Map.copyOf(options);
        this.systemProperties = systemProperties;
        this.environment = environment;
    }

    /**
     * Builder options over this JVM's system properties and environment.
     *
     * @param provider the provider's name, for messages
     * @param options  the builder's options by key
     * @return the configuration
     */
    public static ProviderConfig of(String provider, Map<String, String> options) {
        return new ProviderConfig(provider, options, System::getProperty, System::getenv);
    }

    /**
     * Fully specified sources, for tests and for embedding applications with their own configuration.
     *
     * @param provider         the provider's name, for messages
     * @param options          the builder's options by key
     * @param systemProperties stands for the system properties (copied)
     * @param environment      stands for the environment variables (copied)
     * @return the configuration
     */
    public static ProviderConfig of(String provider, Map<String, String> options, Properties systemProperties,
                                    Map<String, String> environment) {
        Properties props = (Properties) systemProperties.clone();
        Map<String, String> env = Map.copyOf(environment);
        return new ProviderConfig(provider, options, props::getProperty, env::get);
    }

    /**
     * Builder options over the given lookups of system properties and environment variables.
     *
     * @param provider         the provider's name, for messages
     * @param options          the builder's options by key
     * @param systemProperties looks up a system property by name
     * @param environment      looks up an environment variable by name
     * @return the configuration
     */
    public static ProviderConfig of(String provider, Map<String, String> options,
                                    Function<String, String> systemProperties, Function<String, String> environment) {
        return new ProviderConfig(provider, options, systemProperties, environment);
    }

    /**
     * The provider this configuration is for.
     *
     * @return its name
     */
    public String provider() {
        return provider;
    }

    /**
     * The value of a setting from the first source that has one, else its default.
     *
     * @param setting the setting
     * @return the value, stripped; empty when no source has one and there is no default
     */
    public Optional<String> value(ProviderSetting setting) {
        String v = options.get(setting.key());
        if (blank(v)) {
            v = systemProperties.apply(setting.systemProperty());
        }
        if (blank(v)) {
            v = environment.apply(setting.environmentVariable());
        }
        if (blank(v)) {
            v = setting.defaultValue();
        }
        if (setting.secret() && !blank(v)) {
            Secrets.remember(v);
        }
        return blank(v) ? Optional.empty() : Optional.of(v.strip());
    }

    /**
     * The value of a setting that must be present.
     *
     * @param setting the setting
     * @return the value, stripped
     *
     * @throws ProviderConfigurationException naming the setting and where to set it, never its value
     */
    public String require(ProviderSetting setting) {
        return value(setting).orElseThrow(() -> new ProviderConfigurationException(provider + ": " + setting.description()
                + " is not set; set " + setting.sources()));
    }

    /**
     * A duration given in whole seconds.
     *
     * @param setting the setting
     * @return the duration, positive
     * @throws ProviderConfigurationException when it is missing or not a positive whole number
     */
    public Duration seconds(ProviderSetting setting) {
        String v = require(setting);
        try {
            long seconds = Long.parseLong(v);
            if (seconds <= 0) {
                throw new NumberFormatException();
            }
            return Duration.ofSeconds(seconds);
        } catch (NumberFormatException e) {
            throw new ProviderConfigurationException(provider + ": " + setting.key() + " must be a positive number of seconds but was \""
                    + (setting.secret() ? "***" : v) + "\"");
        }
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    @Override
    public String toString() {
        Map<String, String> shown = new TreeMap<>();
        options.forEach((k, v) -> shown.put(k, k.contains("key") || k.contains("token") || k.contains("secret") ? "***" : v));
        return "ProviderConfig[" + provider + ", options=" + shown + "]";
    }
}
