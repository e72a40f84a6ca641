package dev.architect.deliverables.html;

import static org.assertj.core.api.Assertions.assertThat;

import dev.architect.deliverables.document.Deliverable;
import dev.architect.deliverables.document.PlantUmlDiagram;
import dev.architect.deliverables.testing.HostileDossier;
import dev.architect.deliverables.testing.Rendered;
import dev.architect.dossier.Consultation;
import dev.architect.testing.SampleDossiers;
import java.util.List;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class HtmlRendererTest {

    static Stream<Arguments> pages() {
        return Stream.of(Arguments.of("sample", SampleDossiers.shopFastMigration(), Rendered.sample()),
                Arguments.of("hostile", HostileDossier.create(), Rendered.hostile()));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("pages")
    void pageIsSelfContainedAndReferencesNoExternalUrl(String name, Consultation c, List<Deliverable> files) {
        Document page = Jsoup.parse(Rendered.file(files, "index.html").content());
        assertThat(page.select("script, link, iframe, object, embed, base, form")).isEmpty();
        for (Element e : page.getAllElements()) {
            e.attributes().forEach(a -> {
                assertThat(a.getKey()).as(e.tagName()).doesNotStartWith("on");
                if (a.getKey().endsWith("href") || a.getKey().equals("src")) {
                    assertThat(a.getValue()).as(e.tagName() + " " + a.getKey()).matches("#.*|data:image/.*");
                }
            });
        }
        assertThat(page.select("style").html()).doesNotContain("url(", "@import");
        assertThat(page.select("meta[http-equiv=Content-Security-Policy]").attr("content")).startsWith("default-src 'none'");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("pages")
    void pageHoldsOverviewEveryAdrEveryDiagramTheHeatMapAndApiOperations(String name, Consultation c, List<Deliverable> files) {
        Document page = Jsoup.parse(Rendered.file(files, "index.html").content());
        List<String> sections = new java.util.ArrayList<>(List.of("overview", "decisions", "diagrams", "risks", "api"));
        if (!c.dataModel().entities().isEmpty()) {
            sections.add("data");
        }
        sections.addAll(List.of("operations", "cost", "roadmap"));
        if (c.migration() != null) {
            sections.add("migration");
        }
        assertThat(page.select("main > section").eachAttr("id")).containsExactlyElementsOf(sections);
        assertThat(page.select("#decisions article")).hasSize(c.decisions().size());
        assertThat(page.select("#diagrams figure > svg")).hasSize(Rendered.ofType(files, PlantUmlDiagram.class).size());
        assertThat(page.select("table.heat tr")).hasSize(6);
        assertThat(page.select("table.heat td").stream().mapToInt(td -> td.text().isEmpty() ? 0 : Integer.parseInt(td.text())).sum())
                .isEqualTo(c.risks().size());
        assertThat(page.select("#api tr")).hasSize(1 + (int) c.apis().stream().mapToLong(a -> a.operations().size()).sum());
        assertThat(page.select("[id]").eachAttr("id")).doesNotHaveDuplicates();
        for (String target : page.select("nav a").eachAttr("href")) {
            assertThat(page.getElementById(target.substring(1))).as(target).isNotNull();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("pages")
    void pageCarriesEveryPartOfTheDossier(String name, Consultation c, List<Deliverable> files) {
        Document page = Jsoup.parse(Rendered.file(files, "index.html").content());
        String overview = page.select("#overview").text();
        c.requirements().functional().forEach(f -> assertThat(overview).contains(text(f.id()), text(f.title())));
        c.requirements().constraints().forEach(k -> assertThat(overview).contains(text(k)));
        c.requirements().assumptions().forEach(a -> assertThat(overview).contains(text(a.statement())));
        c.requirements().openQuestions().forEach(q -> assertThat(overview).contains(text(q.question())));
        c.techStack().forEach(t -> assertThat(overview).contains(text(t.choice())));

        String operations = page.select("#operations").text();
        c.operations().slos().forEach(o -> assertThat(operations).contains(text(o.name()), text(o.indicator())));
        c.operations().alerts().forEach(a -> assertThat(operations).contains(text(a.name()), text(a.condition()), text(a.action())));
        assertThat(operations).contains(text(c.operations().backupAndRecovery().strategy()),
                c.operations().backupAndRecovery().rpoMinutes() + " min", c.operations().backupAndRecovery().rtoMinutes() + " min");
        c.operations().monitoring().forEach(m -> assertThat(operations).contains(text(m)));

        String cost = page.select("#cost").text();
        assertThat(page.select("#cost table").first().select("tr")).hasSize(1 + c.cost().items().size());
        c.cost().items().forEach(i -> assertThat(cost).contains(text(i.name()), text(i.assumption())));
        c.capacity().estimates().forEach(e -> assertThat(cost).contains(text(e.name()), text(e.basis())));

        String roadmap = page.select("#roadmap").text();
        c.roadmap().phases().forEach(p -> {
            assertThat(roadmap).contains(text(p.name()), text(p.goal()));
            p.deliverables().forEach(d -> assertThat(roadmap).contains(text(d)));
        });
        if (!c.dataModel().entities().isEmpty()) {
            assertThat(page.select("#data pre").first().wholeText())
                    .isEqualTo(Rendered.file(files, "data/schema.sql").content());
        }
        if (c.migration() != null) {
            c.migration().steps().forEach(st -> assertThat(page.select("#migration").text()).contains(text(st.name())));
        }
    }

    /** The text as jsoup reads it back: whitespace runs collapsed, as {@code Element.text()} does. */
    private static String text(String s) {
        return s == null ? "" : Jsoup.parse("<p>" + dev.architect.deliverables.internal.Html.escape(s) + "</p>").select("p").text();
    }

    @Test
    void hostileTextIsShownAsTextNotMarkup() {
        Document page = Jsoup.parse(Rendered.file(Rendered.hostile(), "index.html").content());
        assertThat(page.select("b")).isEmpty();
        assertThat(page.select("#overview h1").text()).contains("<script>alert(1)</script>", "![x](https://evil.example/?q=secret)");
        assertThat(page.select("img")).isEmpty();
    }

    @Test
    void withoutSvgTheDiagramsAppearAsPlantUmlSource() {
        Consultation c = SampleDossiers.shopFast();
        List<PlantUmlDiagram> diagrams = List.of(new PlantUmlDiagram("diagrams/context.puml", "Context", "@startuml\nA -> B\n@enduml\n"));
        Document page = Jsoup.parse(new HtmlRenderer().render(c, diagrams, List.of()).content());
        assertThat(page.select("#diagram-1 pre").first().wholeText()).isEqualTo("@startuml\nA -> B\n@enduml\n");
        assertThat(page.select("svg")).isEmpty();
    }
}
