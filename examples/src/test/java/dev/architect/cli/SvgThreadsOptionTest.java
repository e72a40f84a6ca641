package dev.architect.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SvgThreadsOptionTest {

    @TempDir
    Path dir;

    @Test
    void oneThreadAndSeveralThreadsWriteTheSameDossier() throws IOException {
        Path one = dir.resolve("one");
        Path three = dir.resolve("three");
        CliRun first = CliRun.of("consult", "requests/tasktrack-saas.yaml", "--out", one.toString(), "--provider", "offline",
                "--date", "2026-01-02", "--svg-threads", "1");
        CliRun second = CliRun.of("consult", "requests/tasktrack-saas.yaml", "--out", three.toString(), "--provider", "offline",
                "--date", "2026-01-02", "--svg-threads", "3");

        assertThat(first.exitCode()).as(first.err()).isZero();
        assertThat(second.exitCode()).as(second.err()).isZero();
        assertThat(files(one).keySet()).anyMatch(f -> f.endsWith(".svg"));
        assertThat(files(three)).isEqualTo(files(one));
    }

    @Test
    void zeroThreadsIsAUsageErrorBeforeAnythingIsWritten() {
        Path out = dir.resolve("out");
        CliRun run = CliRun.of("consult", "requests/tasktrack-saas.yaml", "--out", out.toString(), "--provider", "offline",
                "--svg-threads", "0");

        assertThat(run.exitCode()).isEqualTo(ExitCodes.USAGE.code);
        assertThat(run.err()).contains("--svg-threads must be at least 1, was 0");
        assertThat(out).doesNotExist();
    }

    private static Map<String, String> files(Path root) throws IOException {
        Map<String, String> files = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path p : walk.filter(Files::isRegularFile).toList()) {
                files.put(root.relativize(p).toString().replace('\\', '/'), Files.readString(p));
            }
        }
        return files;
    }
}
