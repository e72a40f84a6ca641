package dev.architect.deliverables.testing;

import static org.assertj.core.api.Assertions.assertThat;

import com.structurizr.dsl.StructurizrDslParser;
import dev.architect.deliverables.document.Deliverable;
import dev.architect.deliverables.document.MarkdownDocument;
import dev.architect.deliverables.document.OpenApiDocument;
import dev.architect.deliverables.document.PlantUmlDiagram;
import dev.architect.deliverables.document.SvgImage;
import dev.architect.dossier.Consultation;
import dev.architect.dossier.DossierJson;
import dev.architect.dossier.Entity;
import io.swagger.v3.parser.OpenAPIV3Parser;
import io.swagger.v3.parser.core.models.ParseOptions;
import io.swagger.v3.parser.core.models.SwaggerParseResult;
import java.sql.Connection;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import net.sourceforge.plantuml.syntax.SyntaxChecker;
import net.sourceforge.plantuml.syntax.SyntaxResult;
import org.commonmark.node.HtmlBlock;
import org.commonmark.node.HtmlInline;
import org.commonmark.node.Image;
import org.commonmark.node.Link;
import org.commonmark.node.Node;
import org.commonmark.parser.Parser;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Every file of a dossier through the tool that reads it, and through the checks that say model text stayed text:
 * PlantUML's syntax checker and only lines our renderers write, SVG without scripts or links, swagger-parser with
 * no message, Structurizr's parser in restricted mode, jsoup finding no script, handler or external URL, commonmark
 * finding no HTML, image or foreign link, the JSON reading back equal, and (optionally) the DDL on PostgreSQL.
 */
public final class SafeOutput {

    /** Lines our PlantUML renderers write; anything else in a .puml would be text that escaped its label. */
    public static final Pattern OUR_PLANTUML_LINES = Pattern.compile("@startuml|@enduml|!pragma layout smetana|!include <C4/C4_(Context|Container|Component)>"
            + "|title .*|autonumber|hide circle|skinparam linetype ortho|SHOW_LEGEND\\(\\)|\\s*\\}|\\s*--|package \".*\" \\{"
            + "|\\s*(Person|Person_Ext|System|System_Ext|Container|ContainerDb|ContainerQueue|Component|Rel|BiRel|System_Boundary|Container_Boundary|Boundary)\\([eg]_\\w+, .*"
            + "|(actor|participant|database|queue) \".*\" as e_\\w+|e_\\w+ (->|->>|-->) e_\\w+ : .*"
            + "|\\s*entity \"[a-z_0-9]+\" as e_\\w+ \\{|\\s+\\*? ?[a-z_0-9]+ : [A-Z]+( <<(PK|UK|FK)>>)*|e_\\w+ [}|]o--[o|]\\| e_\\w+ : [a-z_0-9]+");

    /** Text that would act in PlantUML (preprocessor, links, images, comments, line breaks) if it reached a .puml. */
    private static final String[] ACTIVE_IN_PLANTUML = {"\u2028", "\u2029", "\u0085", "\r", "%getenv", "%load_json", "${", "[[",
            "<img", "<script", "/'"};

    /** Markdown as GitHub renders it: bare URLs and www. addresses become links unless neutralised. */
    public static final Parser MARKDOWN = Parser.builder()
            .extensions(List.of(org.commonmark.ext.autolink.AutolinkExtension.create())).build();

    private SafeOutput() {
    }

    /** Every check on every file; the DDL runs on PostgreSQL only when {@code withPostgres}. */
    public static void check(Consultation dossier, List<Deliverable> files, boolean withPostgres) throws Exception {
        Rendered.ofType(files, PlantUmlDiagram.class).forEach(SafeOutput::plantUml);
        Rendered.ofType(files, SvgImage.class).forEach(SafeOutput::svg);
        Rendered.ofType(files, OpenApiDocument.class).forEach(SafeOutput::openApi);
        Set<String> paths = files.stream().map(Deliverable::path).collect(Collectors.toSet());
        Rendered.ofType(files, MarkdownDocument.class).forEach(md -> markdown(md, paths));
        html(Rendered.file(files, "index.html").content());
        StructurizrDslParser dsl = structurizr(Rendered.file(files, "workspace.dsl").content());
        assertThat(dsl.getWorkspace().getModel().getSoftwareSystems()).hasSize(dossier.c4().systems().size());
        assertThat(DossierJson.read(Rendered.file(files, "consultation.json").content())).isEqualTo(dossier);
        if (withPostgres && !dossier.dataModel().entities().isEmpty()) {
            String ddl = Rendered.file(files, "data/schema.sql").content();
            List<String> entities = dossier.dataModel().entities().stream().map(Entity::name).toList();
            // schema.sql is in the dialect of the dossier's database: PostgreSQL and MySQL run on a real server (MariaDB is
            // required on CI, where .ci/run installs it), T-SQL is parsed
            switch (dev.architect.deliverables.sql.SqlDialect.of(dossier)) {
                case POSTGRESQL -> {
                    try (Connection db = Postgres.freshDatabase()) {
                        Postgres.run(db, ddl);
                        List<String> tables = Postgres.rows(db, "select table_name from information_schema.tables"
                                + " where table_schema not in ('pg_catalog', 'information_schema')");
                        assertThat(tables).containsExactlyInAnyOrderElementsOf(entities);
                    }
                }
                case SQL_SERVER -> assertThat(Tsql.parse(ddl).stream().filter(s -> s instanceof net.sf.jsqlparser.statement.create.table.CreateTable)
                        .count()).isEqualTo(entities.size());
                case MYSQL -> {
                    if (MariaDb.installed()) {
                        synchronized (MariaDb.LOCK) {
                            MariaDb.reset();
                            MariaDb.run("", ddl);
                            assertThat(MariaDb.run("", "SELECT table_name FROM information_schema.tables WHERE table_schema NOT IN "
                                    + "('mysql', 'information_schema', 'performance_schema', 'sys');").lines().map(String::strip).toList())
                                    .containsExactlyInAnyOrderElementsOf(entities);
                        }
                    } else {
                        assertThat(System.getenv("CI")).as("mariadb-server is not installed, and CI must run the MySQL DDL").isNull();
                    }
                }
            }
        }
    }

    public static void plantUml(PlantUmlDiagram diagram) {
        String puml = diagram.content();
        SyntaxResult syntax = SyntaxChecker.checkSyntax(puml);
        assertThat(syntax.isError()).as("%s: %s at %s in%n%s", diagram.path(), syntax.getErrors(), syntax.getLineLocation(), puml).isFalse();
        List<String> lines = puml.lines().toList();
        assertThat(lines.get(0)).isEqualTo("@startuml");
        assertThat(lines.get(1)).isEqualTo("!pragma layout smetana");
        assertThat(lines.get(lines.size() - 1)).isEqualTo("@enduml");
        assertThat(lines).as(diagram.path()).filteredOn(l -> !OUR_PLANTUML_LINES.matcher(l).matches()).isEmpty();
        assertThat(puml).as(diagram.path()).doesNotContain(ACTIVE_IN_PLANTUML);
        // each label is one quoted string: quotes come in pairs on every line
        lines.forEach(l -> assertThat(l.chars().filter(c -> c == '"').count() % 2).as(l).isZero());
    }

    public static void svg(SvgImage svg) {
        assertThat(svg.content()).as(svg.path()).startsWith("<svg")
                .doesNotContain("Syntax Error", "Cannot include", "root:x:0:0", "<script", "<a ")
                .doesNotContainPattern("href=\"(?!data:)");
    }

    public static void openApi(OpenApiDocument document) {
        ParseOptions resolve = new ParseOptions();
        resolve.setResolve(true);
        SwaggerParseResult parsed = new OpenAPIV3Parser().readContents(document.content(), null, resolve);
        assertThat(parsed.getMessages()).as(document.path()).isEmpty();
        assertThat(parsed.getOpenAPI()).as(document.path()).isNotNull();
        assertThat(parsed.getOpenAPI().getOpenapi()).as(document.path()).isEqualTo("3.1.0");
    }

    @SuppressWarnings("deprecation") // restricted mode: no file, URL or script access while parsing
    public static StructurizrDslParser structurizr(String dsl) throws Exception {
        StructurizrDslParser parser = new StructurizrDslParser();
        parser.setRestricted(true);
        parser.parse(dsl);
        return parser;
    }

    /** Our content security policy and nothing else in the head; no script, frame, form or event handler; every link in the page. */
    public static void html(String page) {
        Document html = Jsoup.parse(page);
        assertThat(html.select("meta[http-equiv]")).singleElement().satisfies(csp -> {
            assertThat(csp.attr("http-equiv")).isEqualTo("Content-Security-Policy");
            assertThat(csp.attr("content")).startsWith("default-src 'none';");
        });
        assertThat(html.select("script, iframe, frame, object, embed, form, base, img, link")).isEmpty();
        for (Element e : html.getAllElements()) {
            for (Attribute a : e.attributes()) {
                assertThat(a.getKey()).as("attribute of <%s>", e.tagName()).doesNotStartWith("on");
                if (a.getKey().equals("href") || a.getKey().equals("src") || a.getKey().endsWith(":href")) {
                    String target = a.getValue();
                    assertThat(target.startsWith("#") || target.startsWith("data:image/png;base64,"))
                            .as("%s of <%s>: %.80s", a.getKey(), e.tagName(), target).isTrue();
                }
            }
        }
    }

    /** No raw HTML, no image, and links only to files of the dossier itself. */
    public static void markdown(MarkdownDocument doc, Set<String> paths) {
        List<Node> nodes = descendants(MARKDOWN.parse(doc.content()));
        assertThat(nodes).as(doc.path()).noneMatch(n -> n instanceof HtmlInline || n instanceof HtmlBlock || n instanceof Image);
        String folder = doc.path().contains("/") ? doc.path().substring(0, doc.path().lastIndexOf('/') + 1) : "";
        nodes.stream().filter(Link.class::isInstance).map(n -> ((Link) n).getDestination()).forEach(destination ->
                assertThat(paths).as(doc.path() + " links to " + destination)
                        .containsAnyOf(destination, java.nio.file.Path.of(folder + destination).normalize().toString()));
    }

    public static List<Node> descendants(Node root) {
        List<Node> all = new ArrayList<>();
        for (Node child = root.getFirstChild(); child != null; child = child.getNext()) {
            all.add(child);
            all.addAll(descendants(child));
        }
        return all;
    }
}
