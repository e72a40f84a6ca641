package dev.architect.examples;

import static org.assertj.core.api.Assertions.assertThat;

import dev.architect.spi.ArchitectProvider;
import dev.architect.spi.ProviderRegistry;
import dev.architect.spi.ProviderSetting;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** The README's configuration table is documentation users rely on: it must list every setting as the code reads it. */
class ReadmeConfigurationTableTest {

    @Test
    void everyProviderSettingHasARowWithItsVariablePropertyAndDefault() throws Exception {
        String readme = Files.readString(Path.of("..", "README.md"));
        var providers = ProviderRegistry.load(getClass().getClassLoader()).providers();
        assertThat(providers).extracting(ArchitectProvider::name).contains("openai", "ollama");

        for (ArchitectProvider provider : providers) {
            for (ProviderSetting s : provider.settings()) {
                String row = "| " + provider.name() + " | `" + s.key() + "` | `" + s.environmentVariable() + "` | `"
                        + s.systemProperty() + "` | " + (s.defaultValue() == null ? "(required)" : "`" + s.defaultValue() + "`") + " |";
                assertThat(readme).as("README row for %s %s", provider.name(), s.key()).contains(row);
            }
        }
    }
}
