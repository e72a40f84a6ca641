package dev.architect.spi;

import dev.architect.exceptions.ProviderConfigurationException;
import dev.architect.spi.ArchitectProvider;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.ServiceLoader;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The {@link ArchitectProvider}s on a class path, and the choice of one by name or from the environment. Immutable;
 * the command-line tool and {@code Architect.create()} use it to list and pick providers.
 */
public final class ProviderRegistry {

    /** Names the provider explicitly; wins over every key below. */
    public static final String PROVIDER_VARIABLE = "ARCHITECT_PROVIDER";
    /** Reserved name for the built-in rule-based architect. */
    public static final String OFFLINE = "offline";

    private final List<ArchitectProvider> providers;

    /**
     * A registry of exactly these providers (tests, or an application that assembles its own list).
     *
     * @param providers the providers
     */
    public ProviderRegistry(List<ArchitectProvider> providers) {
        this.providers = providers.stream().sorted(Comparator.comparing(ArchitectProvider::name)).toList();
    }

    /**
     * The providers on the class path of the given loader.
     *
     * @param loader the class loader to search
     * @return the registry
     */
    public static ProviderRegistry load(ClassLoader loader) {
        return new ProviderRegistry(ServiceLoader.load(ArchitectProvider.class, loader).stream()
                .map(ServiceLoader.Provider::get).toList());
    }

    /**
     * The providers on the class path of the current thread's context class loader.
     *
     * @return the registry
     */
    public static ProviderRegistry load() {
        return load(Thread.currentThread().getContextClassLoader());
    }

    /**
     * Every provider found, sorted by name.
     *
     * @return the providers
     */
    public List<ArchitectProvider> providers() {
        return providers;
    }

    /**
     * The provider with this name (case and surrounding blanks ignored), if present.
     *
     * @param name the provider name
     * @return the provider, or empty when none has that name
     */
    public Optional<ArchitectProvider> find(String name) {
        String wanted = name.strip().toLowerCase(Locale.ROOT);
        return providers.stream().filter(p -> p.name().equals(wanted)).findFirst();
    }

    /**
     * The provider with this name.
     *
     * @param name the provider name
     * @return the provider
     * @throws ProviderConfigurationException listing the available names when there is none
     */
    public ArchitectProvider require(String name) {
        return find(name).orElseThrow(() -> new ProviderConfigurationException("unknown provider \"" + name
                + "\"; available: " + available() + moduleHint(name)));
    }

    /** The providers this project publishes, by name, with the module that brings each. */
    private static final Map<String, String> PUBLISHED_MODULES = Map.of("openai", "architect-openai", "ollama", "architect-ollama");

    private static String moduleHint(String name) {
        String module = PUBLISHED_MODULES.get(name.strip().toLowerCase(Locale.ROOT));
        return module == null ? "" : ". Add the " + module + " module to use it (a Maven dependency, or its jar in the "
                + "command-line tool's plugins folder)";
    }

    /**
     * Names users can choose, including {@code offline}.
     *
     * @return the names, comma-separated
     */
    public String available() {
        return java.util.stream.Stream.concat(java.util.stream.Stream.of(OFFLINE), providers.stream().map(ArchitectProvider::name))
                .collect(Collectors.joining(", "));
    }

    /**
     * The provider the environment asks for: {@code ARCHITECT_PROVIDER} if set (which may say {@code offline}), else
     * the provider of the lowest {@link ArchitectProvider#selectionRank()} one of whose
     * {@link ArchitectProvider#selectingVariables()} is set; empty means the offline architect. A variable set for a
     * provider whose module is absent selects nothing rather than failing, since such variables are often set
     * machine-wide for other tools.
     *
     * @param env looks an environment variable up by name, null when unset
     * @return the provider, or empty for the offline architect
     */
    public Optional<ArchitectProvider> fromEnvironment(Function<String, String> env) {
        String named = env.apply(PROVIDER_VARIABLE);
        if (named != null && !named.isBlank()) {
            return named.strip().equalsIgnoreCase(OFFLINE) ? Optional.empty() : Optional.of(require(named));
        }
        return providers.stream()
                .filter(p -> p.selectingVariables().stream().map(env).anyMatch(v -> v != null && !v.isBlank()))
                .min(Comparator.comparingInt(ArchitectProvider::selectionRank).thenComparing(ArchitectProvider::name));
    }
}
