package dev.architect.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class VersionPluginsAndEnvironmentTest {

    @TempDir
    Path dir;

    @Test
    void everyCommandPrintsTheVersionOfTheBuild() throws IOException {
        Matcher parent = Pattern.compile("<parent>.*?<version>([^<]+)</version>", Pattern.DOTALL).matcher(Files.readString(Path.of("pom.xml")));
        assertThat(parent.find()).isTrue();
        String expected = "architect " + parent.group(1) + System.lineSeparator();
        for (List<String> args : List.of(List.of("-V"), List.of("--version"), List.of("consult", "-V"), List.of("validate", "--version"),
                List.of("render", "-V"), List.of("schema", "--version"))) {
            CliRun run = CliRun.of(args.toArray(String[]::new));
            assertThat(run.exitCode()).as(args.toString()).isZero();
            assertThat(run.out()).as(args.toString()).isEqualTo(expected);
        }
    }

    @Test
    void anUnknownProviderFromTheEnvironmentExitsLikeOneFromTheFlag() throws Exception {
        CliRun fromEnvironment = CliRun.inNewJvm(java.util.Map.of("ARCHITECT_PROVIDER", "bedrock"),
                "consult", "requests/tasktrack-saas.yaml", "--out", dir.resolve("out").toString());

        CliRun fromFlag = CliRun.of("consult", "requests/tasktrack-saas.yaml", "--out", dir.resolve("out").toString(), "--provider", "bedrock");

        assertThat(fromEnvironment.exitCode()).isEqualTo(fromFlag.exitCode()).isEqualTo(5);
        assertThat(fromEnvironment.out()).contains("unknown provider \"bedrock\"; available: offline, ");
        assertThat(dir.resolve("out")).doesNotExist();
    }

    @Test
    void aProviderPluginJarInThePluginsFolderIsFoundByName() throws IOException {
        Path plugins = Files.createDirectories(dir.resolve("plugins"));
        PluginJars.tinyProvider(dir.resolve("plugin-build"), plugins.resolve("tiny-provider.jar"));
        String[] consult = {"consult", "requests/tasktrack-saas.yaml", "--out", dir.resolve("out").toString(), "--provider", "tiny"};

        CliRun without = CliRun.of(consult);
        CliRun with = CliRun.of(concat(consult, "--plugins", plugins.toString()));

        assertThat(without.exitCode()).isEqualTo(5);
        assertThat(without.err()).contains("unknown provider \"tiny\"");
        assertThat(with.exitCode()).isEqualTo(5);
        assertThat(with.err()).contains("the tiny plugin was loaded and needs a token");
        assertThat(CliRun.of(concat(consult, "--plugins", dir.resolve("nowhere").toString())).err())
                .contains("cannot read plugins from " + dir.resolve("nowhere") + ": no such folder");
    }

    private static String[] concat(String[] first, String... more) {
        return java.util.stream.Stream.concat(java.util.Arrays.stream(first), java.util.Arrays.stream(more)).toArray(String[]::new);
    }

    @Test
    void aCodeSourceWithoutALocationHasNoPluginsFolderBesideIt() throws IOException {
        // what a class loaded from a JDK ahead-of-time cache reports: it used to end the command with a NullPointerException
        assertThat(Plugins.besideTheJar(new java.security.CodeSource(null, (java.security.cert.Certificate[]) null))).isEmpty();
        assertThat(Plugins.besideTheJar(null)).isEmpty();

        Path jar = Files.writeString(dir.resolve("architect.jar"), "not really a jar");
        Path plugins = Files.createDirectories(dir.resolve("plugins"));
        assertThat(Plugins.besideTheJar(new java.security.CodeSource(jar.toUri().toURL(), (java.security.cert.Certificate[]) null)))
                .contains(plugins);
    }
}
