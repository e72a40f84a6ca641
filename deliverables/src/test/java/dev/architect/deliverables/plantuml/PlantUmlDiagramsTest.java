package dev.architect.deliverables.plantuml;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.architect.deliverables.document.Deliverable;
import dev.architect.deliverables.document.DeliverableException;
import dev.architect.deliverables.document.PlantUmlDiagram;
import dev.architect.deliverables.document.SvgImage;
import dev.architect.deliverables.testing.Rendered;
import dev.architect.deliverables.testing.SafeOutput;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import net.sourceforge.plantuml.syntax.SyntaxChecker;
import net.sourceforge.plantuml.syntax.SyntaxResult;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class PlantUmlDiagramsTest {

    static Stream<Arguments> dossiers() {
        return Stream.of(Arguments.of("sample", Rendered.sample()), Arguments.of("hostile", Rendered.hostile()));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("dossiers")
    void everyDiagramPassesPlantUmlsSyntaxCheckAndRendersToSvg(String name, List<Deliverable> files) {
        List<PlantUmlDiagram> diagrams = Rendered.ofType(files, PlantUmlDiagram.class);
        assertThat(diagrams).extracting(PlantUmlDiagram::path).contains("diagrams/context.puml", "diagrams/containers.puml",
                "diagrams/data-model.puml");
        for (PlantUmlDiagram diagram : diagrams) {
            SyntaxResult result = SyntaxChecker.checkSyntax(diagram.content());
            assertThat(result.isError()).as(diagram.path() + ": " + result.getErrors() + " at " + result.getLineLocation()).isFalse();
            SvgImage svg = (SvgImage) Rendered.file(files, diagram.pathWithExtension("svg"));
            assertThat(svg.content()).startsWith("<svg").doesNotContain("Syntax Error").doesNotContain("Cannot include");
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("dossiers")
    void everyDiagramUsesSmetanaAndOnlyLinesTheRendererWrites(String name, List<Deliverable> files) {
        for (PlantUmlDiagram diagram : Rendered.ofType(files, PlantUmlDiagram.class)) {
            List<String> lines = diagram.content().lines().toList();
            assertThat(lines.get(0)).isEqualTo("@startuml");
            assertThat(lines.get(1)).isEqualTo("!pragma layout smetana");
            assertThat(lines.get(lines.size() - 1)).isEqualTo("@enduml");
            assertThat(lines).filteredOn(l -> !SafeOutput.OUR_PLANTUML_LINES.matcher(l).matches()).as(diagram.path()).isEmpty();
        }
    }

    @Test
    void hostileTextCannotStartALineQuoteALabelOrFetchAnything() {
        for (PlantUmlDiagram diagram : Rendered.ofType(Rendered.hostile(), PlantUmlDiagram.class)) {
            String puml = diagram.content();
            assertThat(puml.lines().filter(l -> l.startsWith("!") || l.startsWith("@") || l.startsWith("'")))
                    .as(diagram.path()).isSubsetOf("@startuml", "@enduml", "!pragma layout smetana",
                            "!include <C4/C4_Context>", "!include <C4/C4_Container>", "!include <C4/C4_Component>");
            assertThat(puml).doesNotContain("\u2028", "\u2029", "\u0085", "\r", "%getenv", "${", "[[", "<img", "<script", "/'");
            // each label is one quoted string: quotes come in pairs on every line
            puml.lines().forEach(l -> assertThat(l.chars().filter(c -> c == '"').count() % 2).as(l).isZero());
        }
        for (SvgImage svg : Rendered.ofType(Rendered.hostile(), SvgImage.class)) {
            assertThat(svg.content()).as(svg.path())
                    .doesNotContain("root:x:0:0", "<script", "<a ")
                    .doesNotContainPattern("href=\"(?!data:)")
                    .contains("!include /etc/passwd"); // drawn as text, not run
            String home = System.getProperty("user.home");
            assertThat(svg.content()).doesNotContain("\"" + home + "\"");
        }
    }

    @Test
    void aDiagramPlantUmlCannotDrawIsAnErrorNamingItsFile() {
        PlantUmlDiagram broken = new PlantUmlDiagram("diagrams/broken.puml", "Broken", "@startuml\nclass A {\n@enduml\n");
        assertThatThrownBy(() -> new SvgRenderer().render(broken)).isInstanceOf(DeliverableException.class)
                .hasMessageStartingWith("diagrams/broken.puml");
    }

    @Test
    void sandboxProfileKeepsLocalFilesOutOfRenderedDiagrams(@TempDir Path dir) throws Exception {
        Path secret = Files.writeString(dir.resolve("secret.puml"), "Alice -> Bob : s3cr3t-token\n");
        PlantUmlDiagram including = new PlantUmlDiagram("diagrams/include.puml", "Include",
                "@startuml\n!include " + secret + "\nAlice -> Bob : hello\n@enduml\n");
        assertThat(System.getProperty("PLANTUML_SECURITY_PROFILE")).isEqualTo("SANDBOX");
        try {
            assertThat(new SvgRenderer().render(including).content()).doesNotContain("s3cr3t-token");
        } catch (DeliverableException refused) {
            assertThat(refused).hasMessageStartingWith("diagrams/include.puml");
        }
    }

    @Test
    void labelsKeepTheirTextAsUnicodeCodes() {
        assertThat(PlantUmlText.label("Say \"hi\" <b>\n!include x")).isEqualTo("Say <U+0022>hi<U+0022> <U+003C>b<U+003E> <U+0021>include x");
        assertThat(PlantUmlText.label("Java 17, Spring Boot (JSON/HTTPS)")).isEqualTo("Java 17, Spring Boot (JSON/HTTPS)");
        assertThat(PlantUmlText.label("https://x --- y")).isEqualTo("https:/<U+002F>x -<U+002D><U+002D> y");
        assertThat(PlantUmlText.label("call Rel(a, b) then SHOW_LEGEND()")).isEqualTo("call Rel<U+0028>a, b) then SHOW_LEGEND<U+0028>)");
    }

    @Test
    void aVeryLongLabelIsCutWithAnEllipsisNeverInsideACodeOrACharacter() {
        String cut = PlantUmlText.label("x".repeat(995) + "\"🚀" + "y".repeat(3000));
        assertThat(cut).isEqualTo("x".repeat(995) + "\u2026"); // the quote's 8-character code would not fit
        assertThat(PlantUmlText.label("🚀".repeat(600))).hasSize(999).endsWith("🚀\u2026"); // 499 pairs, no half emoji
        assertThat(PlantUmlText.label("z".repeat(1000))).isEqualTo("z".repeat(1000));
    }

    @Test
    void containerViewDrawsTheSystemBoundaryAndLiftsComponentRelationshipsToContainers() {
        String puml = Rendered.file(Rendered.sample(), "diagrams/containers.puml").content();
        assertThat(puml).contains("System_Boundary(e_shopfast, \"ShopFast\") {",
                "Rel(e_store_happ, e_stripe, \"Charges cards\", \"HTTPS\")",
                "Rel(e_store_happ, e_sendgrid, \"Sends confirmations\", \"HTTPS, async\")");
        String context = Rendered.file(Rendered.sample(), "diagrams/context.puml").content();
        assertThat(context).contains("Rel(e_shopfast, e_stripe, \"Charges cards\", \"HTTPS\")")
                .doesNotContain("e_store_happ");
    }
}
