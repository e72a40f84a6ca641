package dev.architect.deliverables;

import dev.architect.deliverables.document.Deliverable;
import dev.architect.deliverables.document.DeliverableException;
import dev.architect.deliverables.document.PlantUmlDiagram;
import dev.architect.deliverables.document.SvgImage;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.architect.testing.SampleDossiers;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.io.TempDir;

/**
 * Runs in its own Surefire execution with plantuml-mit left off the class path (see this module's pom), as for a user
 * who does not want SVG and leaves the optional dependency out. That execution sets the property below, so a run
 * that names this class with {@code -Dtest} skips it in the ordinary execution.
 */
@EnabledIfSystemProperty(named = "architect.test.withoutPlantUml", matches = "true")
class WithoutPlantUmlTest {

    @TempDir
    Path dir;

    @Test
    void plantUmlIsReallyAbsentFromThisTestsClassPath() {
        assertThatThrownBy(() -> Class.forName("net.sourceforge.plantuml.SourceStringReader"))
                .isInstanceOf(ClassNotFoundException.class);
    }

    @Test
    void byDefaultTheDossierIsWrittenWithItsPlantUmlSourcesAndNoSvg() {
        List<Deliverable> files = DossierWriter.create().deliverables(SampleDossiers.shopFast());

        assertThat(files).noneMatch(f -> f instanceof SvgImage);
        assertThat(files).filteredOn(f -> f instanceof PlantUmlDiagram).isNotEmpty();
        assertThat(files).anyMatch(f -> f.path().equals("index.html"));
    }

    @Test
    void preparingInBackgroundIsANoOpWithoutPlantUml() {
        DossierWriter.builder().svg(true).build().prepareInBackground();

        assertThat(Thread.getAllStackTraces().keySet()).extracting(Thread::getName).doesNotContain("architect-svg-warm-up");
    }

    @Test
    void askingForSvgFailsWithAMessageNamingTheDependencyAndWritesNothing() {
        Path target = dir.resolve("dossier");
        DossierWriter writer = DossierWriter.builder().svg(true).build();

        assertThatThrownBy(() -> writer.write(SampleDossiers.shopFast(), target))
                .isInstanceOf(SvgUnavailableException.class)
                .isInstanceOf(DeliverableException.class)
                .hasMessageContaining("net.sourceforge.plantuml:plantuml-mit:" + PlantUmlLibrary.builtWith())
                .hasMessageContaining("svg(false)")
                .hasMessageContaining("--no-svg");
        assertThat(PlantUmlLibrary.builtWith()).matches("\\d+\\.\\d+\\.\\d+");
        assertThat(target).doesNotExist();
        assertThat(dir).isEmptyDirectory();
    }
}
