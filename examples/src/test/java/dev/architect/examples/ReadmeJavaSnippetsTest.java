package dev.architect.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Compiles every Java snippet of the README as a reader would paste it: its imports at the top of a file, its
 * statements in a method. Nothing is imported for it, so a missing import or a renamed method fails the build.
 */
class ReadmeJavaSnippetsTest {

    private static final Pattern JAVA_BLOCK = Pattern.compile("```java\\n(.*?)```", Pattern.DOTALL);

    @TempDir
    Path dir;

    @Test
    void everyJavaSnippetOfTheReadmeCompilesAsWritten() throws IOException {
        Matcher blocks = JAVA_BLOCK.matcher(Files.readString(Path.of("..", "README.md")));
        List<Path> sources = new ArrayList<>();
        while (blocks.find()) {
            StringBuilder imports = new StringBuilder();
            StringBuilder body = new StringBuilder();
            for (String line : blocks.group(1).split("\n")) {
                (line.startsWith("import ") ? imports : body).append(line).append('\n');
            }
            String name = "ReadmeSnippet" + (sources.size() + 1);
            sources.add(Files.writeString(dir.resolve(name + ".java"), imports + "\nclass " + name
                    + " {\n    void run() throws Exception {\n" + body + "    }\n}\n"));
        }
        assertThat(sources).as("Java snippets in the README").hasSizeGreaterThanOrEqualTo(3);

        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
        try (StandardJavaFileManager files = javac.getStandardFileManager(diagnostics, Locale.ROOT, null)) {
            boolean compiled = javac.getTask(null, files, diagnostics,
                    List.of("-d", Files.createDirectories(dir.resolve("classes")).toString(), "-cp", System.getProperty("java.class.path"),
                            "-proc:none", "-Xlint:all", "-Werror"),
                    null, files.getJavaFileObjectsFromPaths(sources)).call();
            assertThat(compiled).as(diagnostics.getDiagnostics().toString()).isTrue();
        }
    }
}
