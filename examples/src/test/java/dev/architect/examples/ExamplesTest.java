package dev.architect.examples;

import static org.assertj.core.api.Assertions.assertThat;

import dev.architect.Architect;
import dev.architect.deliverables.document.Deliverable;
import dev.architect.dossier.Consultation;
import dev.architect.dossier.DossierJson;
import dev.architect.request.RequestReader;
import dev.architect.validation.DossierValidator;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The examples users copy from do what their comments say (those that need a live model run on a scripted one). */
class ExamplesTest {

    @TempDir
    Path dir;

    @Test
    void theOfflineQuickStartWritesAValidDossierFolder() {
        Consultation dossier = OfflineQuickStart.run(Path.of("requests/shopfast-ecommerce.yaml"), dir.resolve("shopfast"));

        assertThat(DossierValidator.validate(dossier).errors()).isEmpty();
        assertThat(dir.resolve("shopfast/index.html")).isNotEmptyFile();
        assertThat(dir.resolve("shopfast/diagrams/containers.svg")).isNotEmptyFile();
        assertThat(DossierJson.read(dir.resolve("shopfast/consultation.json"))).isEqualTo(dossier);
    }

    @Test
    void renderingASavedDossierWritesTheSameFilesItReturns() throws Exception {
        OfflineQuickStart.run(Path.of("requests/carelink-healthcare.yaml"), dir.resolve("first"));

        List<Deliverable> files = RenderSavedDossierExample.render(dir.resolve("first/consultation.json"), dir.resolve("again"));

        for (Deliverable d : files) {
            assertThat(Files.readString(dir.resolve("again").resolve(d.path()))).as(d.path()).isEqualTo(d.content());
        }
    }

    @Test
    void recordThenReplayGivesTheSameDesignWithoutTheModel() {
        var scripted = new dev.architect.cli.TestProviders.Scripted().create(null);
        Path cassette = dir.resolve("shopfast.cassette.json");

        Consultation[] both = RecordAndReplayExample.recordThenReplay(scripted,
                RequestReader.read(Path.of("requests/shopfast-ecommerce.yaml")), cassette);

        assertThat(cassette).isNotEmptyFile();
        assertThat(both[1].withMetadata(both[0].metadata())).isEqualTo(both[0]);
        assertThat(both[1].metadata().provider()).isEqualTo("ReplayChatModel");
    }

    @Test
    void answeredQuestionsBecomeConstraintsOfTheDesign() {
        Architect architect = Architect.builder().chatModel(new dev.architect.cli.TestProviders.Scripted().create(null)).build();

        Consultation dossier = InteractiveSessionExample.consult(architect,
                RequestReader.read(Path.of("requests/shopfast-ecommerce.yaml")), q -> q.options().get(1));

        assertThat(dossier.requirements().constraints()).contains("Will third-party sellers list products? Answer: Within a year");
    }
}
