package dev.architect.deliverables;

import dev.architect.deliverables.document.Deliverable;
import dev.architect.deliverables.document.DeliverableException;
import dev.architect.deliverables.document.PlantUmlDiagram;
import dev.architect.deliverables.document.SvgImage;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.architect.deliverables.plantuml.PlantUmlRenderer;
import dev.architect.deliverables.plantuml.SvgRenderer;
import dev.architect.dossier.Consultation;
import dev.architect.testing.RandomDossiers;
import dev.architect.testing.SampleDossiers;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** SVG on a pool: the same bytes whatever the pool size and from run to run; unchanged diagrams are not drawn again. */
class SvgRenderingTest {

    private static final String REUSED_MARK = "<!-- kept from the previous write -->";

    @TempDir
    Path dir;

    @Test
    void parallelRenderingGivesTheSameBytesAsOneAtATimeAndFromRunToRun() {
        for (Consultation dossier : List.of(SampleDossiers.shopFast(), SampleDossiers.shopFastMigration(), RandomDossiers.generate(3L, 2))) {
            List<Deliverable> sequential = DossierWriter.builder().svgThreads(1).build().deliverables(dossier);
            List<Deliverable> parallel = DossierWriter.builder().svgThreads(4).build().deliverables(dossier);
            List<Deliverable> parallelAgain = DossierWriter.builder().svgThreads(3).build().deliverables(dossier);
            assertThat(sequential).filteredOn(f -> f instanceof SvgImage).hasSizeGreaterThan(3);
            assertThat(parallel).isEqualTo(sequential);
            assertThat(parallelAgain).isEqualTo(sequential);
        }
    }

    @Test
    void aWriterPreparedInBackgroundGivesTheSameFiles() {
        Consultation dossier = SampleDossiers.shopFastMigration();
        List<Deliverable> unprepared = DossierWriter.builder().svgThreads(1).build().deliverables(dossier);
        DossierWriter prepared = DossierWriter.builder().svgThreads(2).build();

        prepared.prepareInBackground();

        assertThat(prepared.deliverables(dossier)).isEqualTo(unprepared);
    }

    @Test
    void renderAllKeepsTheOrderOfTheDiagrams() {
        List<PlantUmlDiagram> diagrams = new PlantUmlRenderer().render(RandomDossiers.generate(5L, 2));
        List<SvgImage> images = new SvgRenderer().renderAll(diagrams, 4);
        assertThat(images).extracting(SvgImage::path)
                .containsExactlyElementsOf(diagrams.stream().map(d -> d.pathWithExtension("svg")).toList());
    }

    @Test
    void theFirstBrokenDiagramInListOrderIsReportedWhateverFinishesFirst() {
        PlantUmlDiagram good = new PlantUmlRenderer().render(SampleDossiers.shopFast()).get(0);
        PlantUmlDiagram broken1 = new PlantUmlDiagram("diagrams/broken-one.puml", "broken", "@startuml\nthis is not plantuml ->->\n@enduml\n");
        PlantUmlDiagram broken2 = new PlantUmlDiagram("diagrams/broken-two.puml", "broken", "@startuml\nneither -> is <-> this ((\n@enduml\n");
        assertThatThrownBy(() -> new SvgRenderer().renderAll(List.of(good, broken1, broken2), 3))
                .isInstanceOf(DeliverableException.class).hasMessageStartingWith("diagrams/broken-one.puml");
    }

    @Test
    void aPoolOfNoThreadsIsRefusedNamingTheSetting() {
        assertThatThrownBy(() -> DossierWriter.builder().svgThreads(0))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("svgThreads").hasMessageContaining("0");
    }

    @Test
    void anUnchangedDiagramKeepsItsPreviousSvgAndAChangedOneIsDrawnAgain() throws IOException {
        Path target = dir.resolve("dossier");
        DossierWriter writer = DossierWriter.builder().overwrite(true).build();
        Map<String, String> fresh = files(writer.write(SampleDossiers.shopFast(), target));
        for (String svg : List.of("diagrams/context.svg", "diagrams/containers.svg")) {
            Path file = target.resolve(svg);
            Files.writeString(file, Files.readString(file).replace("</svg>\n", REUSED_MARK + "</svg>\n"));
        }
        // the context diagram's source changes, the containers diagram's does not
        Path contextSource = target.resolve("diagrams/context.puml");
        Files.writeString(contextSource, Files.readString(contextSource).replace("@enduml", "' edited\n@enduml"));

        Map<String, String> again = files(writer.write(SampleDossiers.shopFast(), target));

        assertThat(again.get("diagrams/containers.svg")).contains(REUSED_MARK);
        assertThat(again.get("index.html")).contains(REUSED_MARK);
        assertThat(again.get("diagrams/context.svg")).isEqualTo(fresh.get("diagrams/context.svg"));
        assertThat(again.get("diagrams/context.puml")).isEqualTo(fresh.get("diagrams/context.puml"));
    }

    @Test
    void anSvgFromAnotherPlantUmlVersionIsDrawnAgain() throws IOException {
        Path target = dir.resolve("dossier");
        DossierWriter writer = DossierWriter.builder().overwrite(true).build();
        Map<String, String> fresh = files(writer.write(SampleDossiers.shopFast(), target));
        Path file = target.resolve("diagrams/containers.svg");
        String marker = "<?plantuml " + SvgRenderer.plantUmlVersion() + "?>";
        assertThat(Files.readString(file)).contains(marker);
        Files.writeString(file, Files.readString(file).replace(marker, "<?plantuml 1.2017.1?>"));

        assertThat(files(writer.write(SampleDossiers.shopFast(), target))).isEqualTo(fresh);
    }

    @Test
    void reusingPreviousImagesGivesTheSameFilesAsAFreshWrite() throws IOException {
        Consultation dossier = SampleDossiers.shopFastMigration();
        DossierWriter writer = DossierWriter.builder().overwrite(true).svgThreads(2).build();
        Map<String, String> fresh = files(writer.write(dossier, dir.resolve("a")));
        writer.write(SampleDossiers.shopFast(), dir.resolve("b"));
        Map<String, String> overPrevious = files(writer.write(dossier, dir.resolve("b")));
        Map<String, String> overItself = files(writer.write(dossier, dir.resolve("a")));
        assertThat(overPrevious).isEqualTo(fresh);
        assertThat(overItself).isEqualTo(fresh);
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
