package dev.architect.deliverables;

import static org.assertj.core.api.Assertions.assertThat;

import dev.architect.deliverables.document.Deliverable;
import dev.architect.deliverables.document.OpenApiDocument;
import dev.architect.deliverables.testing.Rendered;
import dev.architect.deliverables.testing.SafeOutput;
import dev.architect.dossier.Consultation;
import dev.architect.offline.OfflineArchitect;
import dev.architect.request.RequestReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The dossiers users actually get first: the offline architect's, for every sample request, through every tool that
 * reads our files. This is where the offline architect and the renderers are checked against each other.
 */
class OfflineDossiersInEveryToolTest {

    static Stream<Path> sampleRequests() throws Exception {
        try (Stream<Path> files = Files.list(Path.of("..", "examples", "requests"))) {
            return files.filter(f -> f.toString().endsWith(".yaml")).sorted().toList().stream();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("sampleRequests")
    void everyFileOfAnOfflineDossierIsAcceptedByItsTool(Path request) throws Exception {
        Consultation dossier = OfflineArchitect.create().consult(RequestReader.read(request));
        List<Deliverable> files = DossierWriter.builder().svg(false).build().deliverables(dossier);

        assertThat(Rendered.ofType(files, OpenApiDocument.class)).hasSize(2 * dossier.apis().size()); // YAML and JSON of each
        SafeOutput.check(dossier, files, true);
    }
}
