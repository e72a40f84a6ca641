package dev.architect.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The packaged command-line tool as users run it: {@code java -jar architect.jar}, after the package phase. */
class CliJarIT {

    private static final Path JAR = Path.of("target", "architect.jar").toAbsolutePath();

    @TempDir
    Path dir;

    @Test
    void theJarPrintsItsVersionAndLoadsProvidersFromThePluginsFolderBesideIt() throws Exception {
        Path tool = Files.createDirectories(dir.resolve("tool"));
        Path jar = Files.copy(JAR, tool.resolve("architect.jar"));
        String[] consult = {"consult", Path.of("requests", "tasktrack-saas.yaml").toAbsolutePath().toString(),
                "--out", dir.resolve("out").toString(), "--provider", "tiny"};

        assertThat(CliRun.ofJar(jar, "--version").out()).matches("architect \\d+\\.\\d+\\.\\d+(-SNAPSHOT)?\\R");
        CliRun withoutPlugin = CliRun.ofJar(jar, consult);
        PluginJars.tinyProvider(dir.resolve("plugin-build"), Files.createDirectories(tool.resolve("plugins")).resolve("tiny.jar"));
        CliRun withPlugin = CliRun.ofJar(jar, consult);

        assertThat(withoutPlugin.exitCode()).isEqualTo(5);
        assertThat(withoutPlugin.out()).contains("unknown provider \"tiny\"");
        assertThat(withPlugin.exitCode()).isEqualTo(5);
        assertThat(withPlugin.out()).contains("the tiny plugin was loaded and needs a token");
        assertThat(dir.resolve("out")).doesNotExist();
    }
}
