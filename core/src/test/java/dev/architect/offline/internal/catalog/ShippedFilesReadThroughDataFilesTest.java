package dev.architect.offline.internal.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import dev.architect.internal.engine.OfflineGrounding;
import dev.architect.offline.OfflineArchitect;
import dev.architect.request.RequestReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every file the SDK ships under {@code dev/architect} is read through {@link DataFiles} (or, outside the offline
 * architect, the {@code ShippedFiles} it reads with): its stream is closed, it is
 * recorded as read (which {@code DesignFilesReadFirstTest} relies on to prove a design pass reads nothing new) and its
 * load time is kept. A reader that opens a resource itself, e.g. a new data file read with {@code getResourceAsStream},
 * fails here with what to do instead.
 */
class ShippedFilesReadThroughDataFilesTest {

    private static final Path SOURCES = Path.of("src", "main", "java");
    private static final Path RESOURCES = Path.of("src", "main", "resources");

    @Test
    void noMainSourceButShippedFilesOpensAShippedResourceItself() throws IOException {
        List<Path> sources;
        try (Stream<Path> all = Files.walk(SOURCES)) {
            sources = all.filter(p -> p.toString().endsWith(".java")).toList();
        }
        assertThat(sources).as("the scan reads the main sources").hasSizeGreaterThan(100);
        List<String> offenders = sources.stream()
                .filter(p -> !p.getFileName().toString().equals("ShippedFiles.java"))
                .filter(p -> text(p).contains(".getResourceAsStream("))
                .map(p -> SOURCES.relativize(p).toString()).sorted().toList();
        assertThat(offenders)
                .as("these read a shipped file with getResourceAsStream: read it with DataFiles.shipped(resource, Type.class, what),"
                        + " or DataFiles.shipped(resource, what, (in, where) -> ...) for a loader of its own (ShippedFiles.read in a package"
                        + " that may not depend on the offline architect), so the stream is closed and the file recorded as read;"
                        + " a design file also belongs in DossierAssembler.readDesignFiles")
                .isEmpty();
    }

    @Test
    void everyShippedDataFileIsRecordedAsReadOnceTheArchitectAndTheGroundingAreMade() throws Exception {
        OfflineGrounding.standard();
        OfflineArchitect.create().consult(RequestReader.read(Path.of("..", "examples", "requests", "shopfast-ecommerce.yaml")));
        Class.forName("dev.architect.internal.lifecycle.Reconsultation"); // re-consultation's topic drivers
        Set<String> shipped;
        try (Stream<Path> all = Files.walk(RESOURCES.resolve("dev").resolve("architect"))) {
            shipped = new TreeSet<>(all.filter(p -> p.toString().endsWith(".yaml"))
                    .map(p -> "/" + RESOURCES.relativize(p).toString().replace('\\', '/')).toList());
        }
        assertThat(shipped).as("the check has teeth: the shipped data files are found").hasSizeGreaterThan(50)
                .contains("/dev/architect/offline/prices.yaml", "/dev/architect/engine/sdk-sized-kinds.yaml");
        Set<String> unread = new TreeSet<>(shipped);
        unread.removeAll(DataFiles.shippedSoFar());
        assertThat(unread)
                .as("shipped data files not read through DataFiles.shipped when the architect and the grounding are made:"
                        + " read each with DataFiles.shipped and add its loader to DossierAssembler.readDesignFiles (a design"
                        + " file) or to the warm-up of what reads it")
                .isEmpty();
        assertThat(DataFiles.loadNanos()).as("a load time is kept for every file read").containsKeys(shipped.toArray(String[]::new));
    }

    private static String text(Path p) {
        try {
            return Files.readString(p);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
