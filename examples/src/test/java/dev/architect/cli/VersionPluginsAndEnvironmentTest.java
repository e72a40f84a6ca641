package dev.architect.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;
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
        buildPluginJar(plugins.resolve("tiny-provider.jar"));
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

    /** Compiles a provider that is on no class path of this build and packs it as a plugin jar. */
    private void buildPluginJar(Path jar) throws IOException {
        Path sources = Files.createDirectories(dir.resolve("src/plugin/tiny"));
        Files.writeString(sources.resolve("TinyProvider.java"), """
                package plugin.tiny;

                public final class TinyProvider implements dev.architect.spi.ArchitectProvider {
                    public String name() { return "tiny"; }
                    public String description() { return "A provider plugin built by a test"; }
                    public java.util.Set<dev.langchain4j.model.chat.Capability> capabilities() { return java.util.Set.of(); }
                    public java.util.List<dev.architect.spi.ProviderSetting> settings() { return java.util.List.of(); }
                    public dev.langchain4j.model.chat.ChatModel create(dev.architect.spi.ProviderConfig config) {
                        throw new dev.architect.ProviderConfigurationException("the tiny plugin was loaded and needs a token");
                    }
                }
                """);
        Path classes = Files.createDirectories(dir.resolve("classes"));
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        int status = javac.run(null, null, null, "-d", classes.toString(), "-cp", System.getProperty("java.class.path"),
                sources.resolve("TinyProvider.java").toString());
        assertThat(status).isZero();
        try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(jar))) {
            add(out, "plugin/tiny/TinyProvider.class", Files.readAllBytes(classes.resolve("plugin/tiny/TinyProvider.class")));
            add(out, "META-INF/services/dev.architect.spi.ArchitectProvider", "plugin.tiny.TinyProvider\n".getBytes(StandardCharsets.UTF_8));
        }
    }

    private static void add(JarOutputStream jar, String name, byte[] bytes) throws IOException {
        jar.putNextEntry(new JarEntry(name));
        jar.write(bytes);
        jar.closeEntry();
    }
}
