package dev.architect.deliverables;

import static org.assertj.core.api.Assertions.assertThat;

import dev.architect.deliverables.testing.Rendered;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Compares a few files of the ShopFast sample dossier with reviewed copies under
 * {@code src/test/resources/golden/}. After an intended change, regenerate them with
 * {@code mvn -pl deliverables -am test -Dtest=GoldenFilesTest -Dgolden.update=true -Dsurefire.failIfNoSpecifiedTests=false}
 * and review the diff.
 */
class GoldenFilesTest {

    private static final Path GOLDEN = Path.of("src/test/resources/golden");

    @ParameterizedTest
    @ValueSource(strings = {"decisions/0001-modular-monolith-for-the-first-release.md", "diagrams/containers.puml",
            "api/store-app.openapi.yaml", "data/schema.sql"})
    void sampleFileMatchesItsGoldenCopy(String path) throws IOException {
        String actual = Rendered.file(Rendered.sample(), path).content();
        Path golden = GOLDEN.resolve(path);
        if (Boolean.getBoolean("golden.update")) {
            Files.createDirectories(golden.getParent());
            Files.writeString(golden, actual, StandardCharsets.UTF_8);
        }
        assertThat(golden).as("golden copy of " + path + " (run with -Dgolden.update=true to create it)").exists();
        assertThat(actual).isEqualTo(Files.readString(golden, StandardCharsets.UTF_8));
    }
}
