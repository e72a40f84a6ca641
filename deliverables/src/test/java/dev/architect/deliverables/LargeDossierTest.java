package dev.architect.deliverables;

import static org.assertj.core.api.Assertions.assertThat;

import com.structurizr.dsl.StructurizrDslParser;
import dev.architect.deliverables.document.Deliverable;
import dev.architect.deliverables.document.OpenApiDocument;
import dev.architect.deliverables.document.PlantUmlDiagram;
import dev.architect.deliverables.testing.LargeDossier;
import dev.architect.deliverables.testing.Rendered;
import dev.architect.dossier.Consultation;
import io.swagger.v3.parser.OpenAPIV3Parser;
import io.swagger.v3.parser.core.models.SwaggerParseResult;
import java.util.List;
import net.sourceforge.plantuml.syntax.SyntaxChecker;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;

/** A dossier several times the sample's size still yields files every tool accepts. */
class LargeDossierTest {

    private static final int SERVICES = 8;

    @Test
    @SuppressWarnings("deprecation") // restricted mode: no file, URL or script access while parsing
    void everyFileOfALargeDossierIsAcceptedByItsTool() throws Exception {
        Consultation c = LargeDossier.generate(SERVICES);
        List<Deliverable> files = DossierWriter.builder().svg(false).build().deliverables(c);

        List<PlantUmlDiagram> diagrams = Rendered.ofType(files, PlantUmlDiagram.class);
        assertThat(diagrams).hasSize(2 + SERVICES + 2); // context, containers, a component view per service, sequence, ER
        for (PlantUmlDiagram d : diagrams) {
            assertThat(SyntaxChecker.checkSyntax(d.content()).isError()).as(d.path()).isFalse();
        }
        List<OpenApiDocument> apis = Rendered.ofType(files, OpenApiDocument.class);
        assertThat(apis).hasSize(2 * SERVICES);
        for (OpenApiDocument api : apis) {
            SwaggerParseResult result = new OpenAPIV3Parser().readContents(api.content(), null, null);
            assertThat(result.getMessages()).as(api.path()).isEmpty();
            assertThat(result.getOpenAPI()).isNotNull();
        }
        StructurizrDslParser parser = new StructurizrDslParser();
        parser.setRestricted(true);
        parser.parse(Rendered.file(files, "workspace.dsl").content());
        assertThat(parser.getWorkspace().getViews().getComponentViews()).hasSize(SERVICES);
        assertThat(Jsoup.parse(Rendered.file(files, "index.html").content()).select("table.heat td")).hasSize(25)
                .allMatch(td -> td.text().equals("1"));
    }
}
