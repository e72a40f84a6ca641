package dev.architect;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.architect.exceptions.ProviderConfigurationException;
import dev.architect.spi.ArchitectProvider;
import dev.architect.spi.ProviderConfig;
import dev.architect.spi.ProviderRegistry;
import dev.architect.spi.ProviderSetting;
import dev.architect.testing.SampleGrounding;
import dev.langchain4j.model.chat.Capability;
import dev.langchain4j.model.chat.ChatModel;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

/** How an {@link Architect} finds its model: by name, from the environment, or not at all (offline). */
class ProviderSelectionTest {

    /** A provider named "openai" whose model is scripted; it records the configuration it was created with. */
    static class FakeOpenAi implements ArchitectProvider {
        static final ProviderSetting KEY = ProviderSetting.secret("openai", "api-key", "the API key");
        static final ProviderSetting MODEL = ProviderSetting.optional("openai", "model", "gpt-4o-mini", "the model");
        final AtomicReference<ProviderConfig> created = new AtomicReference<>();

        @Override
        public String name() {
            return "openai";
        }

        @Override
        public String description() {
            return "scripted";
        }

        @Override
        public List<String> selectingVariables() {
            return List.of(KEY.environmentVariable());
        }

        @Override
        public int selectionRank() {
            return 10;
        }

        @Override
        public Set<Capability> capabilities() {
            return Set.of();
        }

        @Override
        public List<ProviderSetting> settings() {
            return List.of(KEY, MODEL);
        }

        @Override
        public ChatModel create(ProviderConfig config) {
            config.require(KEY);
            created.set(config);
            return ScriptedModel.valid();
        }
    }

    private final FakeOpenAi openai = new FakeOpenAi();
    private final ProviderRegistry registry = new ProviderRegistry(List.of(openai));

    @Test
    void aKeyInTheEnvironmentSelectsItsProviderAndTheConsultationRunsOnIt() {
        Map<String, String> env = Map.of("OPENAI_API_KEY", "sk-env-0123456789");

        Architect architect = Architect.fromEnvironment(env::get, registry).grounding(new SampleGrounding())
                .providerOption("model", "gpt-4o").build();

        assertThat(openai.created.get().value(FakeOpenAi.MODEL)).hasValue("gpt-4o");
        // The provider's own name, not the class of the chat model it made.
        assertThat(architect.consult(Requests.shopFast()).metadata().provider()).isEqualTo("openai");
    }

    @Test
    void architectProviderWinsAndMayAskForTheOfflineArchitect() {
        Map<String, String> env = Map.of("OPENAI_API_KEY", "sk-env-0123456789", "ARCHITECT_PROVIDER", "offline");

        assertThat(registry.fromEnvironment(env::get)).isEmpty();
        Architect.fromEnvironment(env::get, registry).build();
        assertThat(openai.created.get()).as("no model was created").isNull();
    }

    @Test
    void anUnknownProviderNameListsTheAvailableOnes() {
        Map<String, String> env = Map.of("ARCHITECT_PROVIDER", "bedrock");

        assertThatThrownBy(() -> Architect.fromEnvironment(env::get, registry))
                .isInstanceOf(ProviderConfigurationException.class)
                .hasMessage("unknown provider \"bedrock\"; available: offline, openai");
        assertThatThrownBy(() -> Architect.builder().provider("bedrock").build())
                .isInstanceOf(ProviderConfigurationException.class).hasMessageContaining("unknown provider \"bedrock\"");
    }

    @Test
    void aPublishedProviderWhoseModuleIsAbsentNamesTheModuleToAdd() {
        Map<String, String> env = Map.of("ARCHITECT_PROVIDER", "Ollama");

        assertThatThrownBy(() -> Architect.fromEnvironment(env::get, registry))
                .isInstanceOf(ProviderConfigurationException.class)
                .hasMessage("unknown provider \"Ollama\"; available: offline, openai. Add the architect-ollama module to use it "
                        + "(a Maven dependency, or its jar in the command-line tool's plugins folder)");
    }

    @Test
    void aMissingKeyNamesTheVariableToSet() {
        Map<String, String> env = Map.of("ARCHITECT_PROVIDER", "openai");

        assertThatThrownBy(() -> Architect.fromEnvironment(env::get, registry).build())
                .isInstanceOf(ProviderConfigurationException.class)
                .hasMessageContaining("OPENAI_API_KEY").hasMessageContaining("architect.openai.api-key");
    }

    @Test
    void aKeyForAProviderThatIsNotOnTheClassPathIsIgnored() {
        Map<String, String> env = Map.of("OLLAMA_BASE_URL", "http://127.0.0.1:11434");

        assertThat(registry.fromEnvironment(env::get)).isEqualTo(Optional.empty());
    }

    /** A second provider that the same environment also selects, ranked after the first. */
    static final class FakeGateway extends FakeOpenAi {
        @Override
        public String name() {
            return "gateway";
        }

        @Override
        public List<String> selectingVariables() {
            return List.of("GATEWAY_TOKEN");
        }

        @Override
        public int selectionRank() {
            return 50;
        }
    }

    @Test
    void whenTwoProvidersAreSelectedTheLowerRankWinsWhateverTheirNames() {
        ProviderRegistry both = new ProviderRegistry(List.of(new FakeGateway(), openai));
        Map<String, String> env = Map.of("GATEWAY_TOKEN", "t-0123456789", "OPENAI_API_KEY", "sk-env-0123456789");

        assertThat(both.fromEnvironment(env::get)).map(ArchitectProvider::name).contains("openai");
        assertThat(both.fromEnvironment(Map.of("GATEWAY_TOKEN", "t-0123456789")::get)).map(ArchitectProvider::name)
                .contains("gateway");
    }

    @Test
    void aProviderThatDeclaresNoSelectingVariableIsUsedOnlyWhenNamed() {
        ProviderRegistry plain = new ProviderRegistry(List.of(new FakeOpenAi() {
            @Override
            public List<String> selectingVariables() {
                return List.of();
            }
        }));

        assertThat(plain.fromEnvironment(Map.of("OPENAI_API_KEY", "sk-env-0123456789")::get)).isEmpty();
        assertThat(plain.fromEnvironment(Map.of("ARCHITECT_PROVIDER", "openai")::get)).map(ArchitectProvider::name)
                .contains("openai");
    }
}
