package dev.architect.examples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Resolves a separate consumer project against the SDK's published POMs, the way a user's build sees them (inside
 * the reactor the parent's dependencyManagement hides what a user gets). Its own Maven runs with a private local
 * repository under target/, seeded from the user's local repository through a file mirror, so nothing is
 * downloaded and ~/.m2 is only read. Fails when two paths bring different versions of one library.
 */
class ConsumerProjectTest {

    private static final Path ROOT = Path.of("..").toAbsolutePath().normalize();
    /** The published modules, by folder, and their artifact ids. */
    private static final Map<String, String> PUBLISHED = Map.of(".", "architect-parent", "bom", "architect-bom",
            "core", "architect-core", "deliverables", "architect-deliverables", "providers/openai", "architect-openai",
            "providers/ollama", "architect-ollama");

    @Test
    void aConsumerOfTheSdkGetsOneVersionOfEveryLibrary() throws IOException, InterruptedException {
        Path userRepository = Path.of(System.getProperty("user.home"), ".m2", "repository");
        String maven = executable("mvn");
        assumeTrue(Files.isDirectory(userRepository) && maven != null, "needs mvn on the PATH and a local repository to read");
        String version = find(ROOT.resolve("pom.xml"), "<artifactId>architect-parent</artifactId>\\s*<version>([^<]+)</version>");
        String enforcer = find(ROOT.resolve("pom.xml"), "<artifactId>maven-enforcer-plugin</artifactId><version>([^<]+)</version>");

        Path work = Path.of("target", "consumer-check").toAbsolutePath();
        deleteRecursively(work);
        Path repository = Files.createDirectories(work.resolve("repository"));
        // What `mvn install` puts in a repository for a module's POM: the file itself.
        for (Map.Entry<String, String> module : PUBLISHED.entrySet()) {
            Path folder = Files.createDirectories(repository.resolve("dev/architect/" + module.getValue() + "/" + version));
            Files.copy(ROOT.resolve(module.getKey()).resolve("pom.xml"), folder.resolve(module.getValue() + "-" + version + ".pom"));
        }
        Path project = Files.createDirectories(work.resolve("project"));
        String pom = new String(getClass().getResourceAsStream("/consumer/pom.xml").readAllBytes(), StandardCharsets.UTF_8);
        Files.writeString(project.resolve("pom.xml"), pom.replace("@architect.version@", version).replace("@enforcer.version@", enforcer));
        Files.writeString(work.resolve("settings.xml"), """
                <settings>
                  <mirrors>
                    <mirror><id>user-repository</id><mirrorOf>*</mirrorOf><url>%s</url></mirror>
                  </mirrors>
                </settings>
                """.replace("%s", userRepository.toUri().toString()));

        Process process = new ProcessBuilder(maven, "-B", "-q", "-s", work.resolve("settings.xml").toString(),
                "-Dmaven.repo.local=" + repository, "-f", project.resolve("pom.xml").toString(), "validate")
                .redirectErrorStream(true).redirectOutput(work.resolve("output.txt").toFile()).start();
        assertThat(process.waitFor(5, TimeUnit.MINUTES)).isTrue();

        assertThat(process.exitValue()).as(Files.readString(work.resolve("output.txt"))).isZero();
    }

    private static String find(Path file, String regex) throws IOException {
        Matcher m = Pattern.compile(regex).matcher(Files.readString(file));
        assertThat(m.find()).as(regex + " in " + file).isTrue();
        return m.group(1);
    }

    private static String executable(String name) {
        for (String dir : System.getenv().getOrDefault("PATH", "").split(File.pathSeparator)) {
            for (String candidate : List.of(name, name + ".cmd")) {
                Path p = Path.of(dir, candidate);
                if (Files.isExecutable(p)) {
                    return p.toString();
                }
            }
        }
        return null;
    }

    private static void deleteRecursively(Path folder) throws IOException {
        if (Files.exists(folder)) {
            try (var walk = Files.walk(folder)) {
                for (Path p : walk.sorted(java.util.Comparator.reverseOrder()).toList()) {
                    Files.delete(p);
                }
            }
        }
    }
}
