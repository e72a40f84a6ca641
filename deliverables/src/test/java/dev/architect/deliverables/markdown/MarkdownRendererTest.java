package dev.architect.deliverables.markdown;

import static org.assertj.core.api.Assertions.assertThat;

import dev.architect.deliverables.document.Deliverable;
import dev.architect.deliverables.document.MarkdownDocument;
import dev.architect.deliverables.testing.HostileDossier;
import dev.architect.deliverables.testing.Rendered;
import dev.architect.deliverables.testing.SafeOutput;
import dev.architect.dossier.Consultation;
import dev.architect.testing.SampleDossiers;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.commonmark.node.Code;
import org.commonmark.node.Heading;
import org.commonmark.node.HtmlBlock;
import org.commonmark.node.HtmlInline;
import org.commonmark.node.Image;
import org.commonmark.node.Link;
import org.commonmark.node.Node;
import org.commonmark.node.Text;
import org.commonmark.parser.Parser;
import org.junit.jupiter.api.Test;

class MarkdownRendererTest {

    private static final Parser PARSER = SafeOutput.MARKDOWN;

    @Test
    void hostileTextYieldsNoHtmlNoImageAndNoLinkButOursInAnyMarkdownFile() {
        List<Deliverable> files = Rendered.hostile();
        Set<String> paths = files.stream().map(Deliverable::path).collect(Collectors.toSet());
        for (MarkdownDocument doc : Rendered.ofType(files, MarkdownDocument.class)) {
            List<Node> nodes = SafeOutput.descendants(PARSER.parse(doc.content()));
            assertThat(nodes).as(doc.path())
                    .noneMatch(n -> n instanceof HtmlInline || n instanceof HtmlBlock || n instanceof Image || n instanceof Code);
            nodes.stream().filter(Link.class::isInstance).map(n -> ((Link) n).getDestination())
                    .forEach(destination -> assertThat(paths).as(doc.path() + " links to " + destination).contains(destination));
            assertThat(doc.content()).as(doc.path()).doesNotContain("<script").doesNotContainPattern("(?<!\\\\)\\]\\(https");
        }
    }

    @Test
    void hostileTextReadsBackAsTheLiteralText() {
        MarkdownDocument readme = (MarkdownDocument) Rendered.file(Rendered.hostile(), "README.md");
        String text = SafeOutput.descendants(PARSER.parse(readme.content())).stream().filter(Text.class::isInstance)
                .map(n -> ((Text) n).getLiteral()).collect(Collectors.joining());
        assertThat(text.replace("\u200B", "")).contains("<script>alert(1)</script> ![x](https://evil.example/?q=secret) [link](https://evil.example/)",
                "| cell | `code` <b>bold</b> &amp; \\");
    }

    @Test
    void hostileDecisionTitlesBecomeSlugsInsideTheDecisionsFolder() {
        assertThat(Rendered.matching(Rendered.hostile(), p -> p.startsWith("decisions/"))).extracting(Deliverable::path)
                .allMatch(p -> p.matches("decisions/\\d{4}-[a-z0-9-]+\\.md"))
                .contains("decisions/0002-decision.md")
                .anyMatch(p -> p.startsWith("decisions/0001-etc-passwd-quoted-it-s-include-etc-passwd"));
    }

    @Test
    void decisionFollowsMadr4Layout() {
        Consultation c = SampleDossiers.shopFast();
        String adr = new MarkdownRenderer().render(c, List.of()).stream()
                .filter(d -> d.path().equals("decisions/0002-postgresql-with-a-read-replica.md")).findFirst().orElseThrow().content();
        assertThat(adr).startsWith("---\nstatus: accepted\n");
        List<String> headings = SafeOutput.descendants(PARSER.parse(adr.substring(adr.indexOf("\n---\n") + 5))).stream()
                .filter(Heading.class::isInstance).map(Heading.class::cast)
                .map(h -> "#".repeat(h.getLevel()) + " " + ((Text) h.getFirstChild()).getLiteral()).toList();
        assertThat(headings).containsExactly("# PostgreSQL with a read replica", "## Context and Problem Statement",
                "## Decision Drivers", "## Considered Options", "## Decision Outcome", "### Consequences",
                "## Pros and Cons of the Options", "### PostgreSQL with read replicas", "### DynamoDB", "## More Information");
        assertThat(adr).contains("Chosen option: \"PostgreSQL with read replicas\", because the write rate",
                "* Good, because transactions for orders", "* Bad, because ad-hoc queries are hard", "* Cost: $1,100/month at this load");
    }

    @Test
    void riskRegisterIsSortedByScoreAndHeatMapCountsEveryRisk() {
        String risks = ((MarkdownDocument) Rendered.file(Rendered.sample(), "risks.md")).content();
        List<String> rows = risks.lines().filter(l -> l.matches("\\| \\d+ \\| \\w+ \\| risk.*")).toList();
        assertThat(rows).extracting(r -> r.split(" \\| ")[2]).containsExactly("risk-peak", "risk-pci", "risk-skills");
        assertThat(risks).contains("| **3** | low | medium | medium | high | **1** high |",
                "| **2** | low | **1** low | medium | medium | **1** high |");
    }

    @Test
    void readmeLinksToEveryOtherFileOfTheDossier() {
        List<Deliverable> files = Rendered.sample();
        String readme = Rendered.file(files, "README.md").content();
        for (Deliverable file : files) {
            if (!file.path().equals("README.md")) {
                assertThat(readme).contains("](" + file.path() + ")");
            }
        }
        assertThat(readme).contains("## Migration", "Strategy: strangler fig.", "| qa-latency | performance |",
                "300 ms", "1,820.48 USD");
    }

    @Test
    void costFiguresCarryTheirAssumptions() {
        String cost = ((MarkdownDocument) Rendered.file(Rendered.sample(), "cost.md")).content();
        assertThat(cost).contains("| Application instances | store-app | 6 | instance-months | 70.08 | 420.48 | 6 instances at peak |",
                "Monthly total in month 1: **1,820.48 USD**", "Three-year total cost of ownership: **65,537.28 USD**",
                "| Peak writes | 95.24 | writes/s | 2000 / (20 + 1) |");
    }
}
