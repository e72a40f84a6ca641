package dev.architect.offline.internal.design;

import static org.assertj.core.api.Assertions.assertThat;

import dev.architect.offline.OfflineArchitect;
import dev.architect.offline.internal.catalog.DataFiles;
import dev.architect.request.ConsultationRequest;
import dev.architect.request.RequestReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The model path's figures (a design pass for capacity and cost) read no data file once the architect is made: every
 * file they read is read by {@link DossierAssembler#readDesignFiles}, off the consultation, rather than in the cold pass
 * between the analyze reply and the design call. Checked in a fresh JVM, where no other test has read a file before.
 */
class DesignFilesReadFirstTest {

    @Test
    void aFiguresPassReadsNoDataFileTheArchitectDidNotReadWhenItWasMade() throws Exception {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-XX:TieredStopAtLevel=1", "-cp", System.getProperty("java.class.path"), FiguresPass.class.getName()));
        try (Stream<Path> files = Stream.of(Path.of("..", "examples", "requests"), Path.of("src", "test", "resources", "requests-fresh"))
                .flatMap(DesignFilesReadFirstTest::yamlFiles)) {
            files.forEach(f -> command.add(f.toString()));
        }
        assertThat(command).hasSizeGreaterThan(10);
        Process child = new ProcessBuilder(command).redirectErrorStream(true).start();
        String out = new String(child.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(child.waitFor(120, TimeUnit.SECONDS)).isTrue();
        assertThat(child.exitValue()).as(out).isZero();
        assertThat(out).contains("made: ").contains("read during the passes: []");
        // the check has teeth: the architect's own reading covers the files a pass needs
        assertThat(out).contains("/dev/architect/offline/load-profiles.yaml").contains("/dev/architect/offline/part-loads.yaml");
    }

    private static Stream<Path> yamlFiles(Path dir) {
        try {
            return Files.list(dir).filter(p -> p.getFileName().toString().endsWith(".yaml")).sorted();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** The child JVM: makes the architect, then runs the figures of every request given and prints what they read. */
    public static final class FiguresPass {
        public static void main(String[] args) {
            OfflineArchitect architect = OfflineArchitect.create();
            Set<String> made = DataFiles.shippedSoFar();
            System.out.println("made: " + new TreeSet<>(made));
            for (String file : args) {
                ConsultationRequest request = RequestReader.read(Path.of(file));
                architect.capacity(request);
                architect.cost(request);
            }
            Set<String> after = new TreeSet<>(DataFiles.shippedSoFar());
            after.removeAll(made);
            System.out.println("read during the passes: " + after);
        }
    }
}
