package dev.architect.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;

/** A provider plugin built at test time, so it is on no class path of the build: found only through a plugins folder. */
final class PluginJars {

    private PluginJars() {
    }

    /** Compiles a provider that is on no class path of this build and packs it as a plugin jar. */
    static void tinyProvider(Path dir, Path jar) throws IOException {
        Path sources = Files.createDirectories(dir.resolve("src/plugin/tiny"));
        Files.writeString(sources.resolve("TinyProvider.java"), """
                package plugin.tiny;

                public final class TinyProvider implements dev.architect.spi.ArchitectProvider {
                    public String name() { return "tiny"; }
                    public String description() { return "A provider plugin built by a test"; }
                    public java.util.Set<dev.langchain4j.model.chat.Capability> capabilities() { return java.util.Set.of(); }
                    public java.util.List<dev.architect.spi.ProviderSetting> settings() { return java.util.List.of(); }
                    public dev.langchain4j.model.chat.ChatModel create(dev.architect.spi.ProviderConfig config) {
                        throw new dev.architect.exceptions.ProviderConfigurationException("the tiny plugin was loaded and needs a token");
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
