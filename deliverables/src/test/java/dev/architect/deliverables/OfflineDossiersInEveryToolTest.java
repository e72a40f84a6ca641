package dev.architect.deliverables;

import static org.assertj.core.api.Assertions.assertThat;

import com.structurizr.dsl.StructurizrDslParser;
import dev.architect.deliverables.testing.Postgres;
import dev.architect.deliverables.testing.Rendered;
import dev.architect.dossier.Consultation;
import dev.architect.dossier.DossierJson;
import dev.architect.offline.OfflineArchitect;
import dev.architect.request.RequestReader;
import io.swagger.v3.parser.OpenAPIV3Parser;
import io.swagger.v3.parser.core.models.ParseOptions;
import io.swagger.v3.parser.core.models.SwaggerParseResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.util.List;
import java.util.stream.Stream;
import net.sourceforge.plantuml.syntax.SyntaxChecker;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
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
    @SuppressWarnings("deprecation") // restricted mode: no file, URL or script access while parsing
    void everyFileOfAnOfflineDossierIsAcceptedByItsTool(Path request) throws Exception {
        Consultation dossier = OfflineArchitect.create().consult(RequestReader.read(request));
        List<Deliverable> files = DossierWriter.builder().svg(false).build().deliverables(dossier);

        for (PlantUmlDiagram d : Rendered.ofType(files, PlantUmlDiagram.class)) {
            var check = SyntaxChecker.checkSyntax(d.content());
            assertThat(check.isError()).as("%s: %s", d.path(), check.getErrors()).isFalse();
        }
        List<OpenApiDocument> apis = Rendered.ofType(files, OpenApiDocument.class);
        assertThat(apis).hasSize(2 * dossier.apis().size()); // YAML and JSON of each
        ParseOptions resolve = new ParseOptions();
        resolve.setResolve(true);
        for (OpenApiDocument api : apis) {
            SwaggerParseResult parsed = new OpenAPIV3Parser().readContents(api.content(), null, resolve);
            assertThat(parsed.getMessages()).as(api.path()).isEmpty();
            assertThat(parsed.getOpenAPI()).as(api.path()).isNotNull();
        }
        try (Connection db = Postgres.freshDatabase()) {
            Postgres.run(db, Rendered.file(files, "data/schema.sql").content());
            List<String> tables = Postgres.rows(db, "select table_name from information_schema.tables"
                    + " where table_schema not in ('pg_catalog', 'information_schema')");
            assertThat(tables).containsExactlyInAnyOrderElementsOf(dossier.dataModel().entities().stream().map(e -> e.name()).toList());
        }
        StructurizrDslParser dsl = new StructurizrDslParser();
        dsl.setRestricted(true);
        dsl.parse(Rendered.file(files, "workspace.dsl").content());
        assertThat(dsl.getWorkspace().getModel().getSoftwareSystems()).hasSize(dossier.c4().systems().size());
        Document html = Jsoup.parse(Rendered.file(files, "index.html").content());
        assertThat(html.select("[src], [href]")).allSatisfy(e -> assertThat(e.attr("src") + e.attr("href")).doesNotContain("//"));
        assertThat(DossierJson.read(Rendered.file(files, "consultation.json").content())).isEqualTo(dossier);
    }
}
