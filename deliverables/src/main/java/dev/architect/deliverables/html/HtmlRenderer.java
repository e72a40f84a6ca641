package dev.architect.deliverables.html;

import dev.architect.change.DossierDiff;
import dev.architect.change.ElementChange;
import dev.architect.deliverables.document.HtmlPage;
import dev.architect.deliverables.document.PlantUmlDiagram;
import dev.architect.deliverables.document.SvgImage;
import dev.architect.deliverables.internal.Figures;
import dev.architect.deliverables.internal.Html;
import dev.architect.deliverables.internal.RiskGrid;
import dev.architect.deliverables.sql.SqlRenderer;
import dev.architect.dossier.Alert;
import dev.architect.dossier.ApiOperation;
import dev.architect.dossier.ApiResponse;
import dev.architect.dossier.ApiSpec;
import dev.architect.dossier.Assumption;
import dev.architect.dossier.BackupAndRecovery;
import dev.architect.dossier.Consequence;
import dev.architect.dossier.Consultation;
import dev.architect.dossier.CostEstimate;
import dev.architect.dossier.CostLineItem;
import dev.architect.dossier.Decision;
import dev.architect.dossier.DecisionOption;
import dev.architect.dossier.Estimate;
import dev.architect.dossier.FunctionalRequirement;
import dev.architect.dossier.MigrationPlan;
import dev.architect.dossier.MigrationStep;
import dev.architect.dossier.OpenQuestion;
import dev.architect.dossier.OperationsPlan;
import dev.architect.dossier.Requirements;
import dev.architect.dossier.Risk;
import dev.architect.dossier.RiskBand;
import dev.architect.dossier.RoadmapPhase;
import dev.architect.dossier.ServiceLevelObjective;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@code index.html}: the whole dossier on one self-contained page with navigation: the overview and requirements
 * (functional, quality attributes, constraints, assumptions, open questions), every ADR, the diagrams inline as SVG
 * (or their PlantUML source when SVG is off), the risk register with its heat map, the API operations, the data
 * model's SQL, the operations plan (SLOs, alerts, backup and recovery), capacity, cost line items, the roadmap and
 * the migration plan. Styles are inline and a Content-Security-Policy forbids every fetch, so opening the page
 * contacts nothing. All dossier text is HTML-escaped.
 */
public final class HtmlRenderer {

    private static final Pattern XML_PROLOG = Pattern.compile("^<\\?xml[^>]*>\\s*");
    /** A tag of PlantUML's SVG (text nodes hold no raw '<'), and an id or same-document reference inside one. */
    private static final Pattern SVG_TAG = Pattern.compile("<[^<>]*>");
    private static final Pattern SVG_ID = Pattern.compile("(\\sid=\"|href=\"#|url\\(#)");
    private static final String STYLE = """
            body{font-family:system-ui,sans-serif;margin:0;display:flex;color:#222;line-height:1.45}
            nav{position:sticky;top:0;height:100vh;overflow:auto;min-width:14rem;background:#f4f5f7;padding:1rem;box-sizing:border-box}
            nav ul{list-style:none;padding-left:.8rem;margin:.2rem 0}nav a{color:#1a4d8f;text-decoration:none}
            main{padding:1rem 2rem;max-width:70rem}section{margin-bottom:2.5rem}
            table{border-collapse:collapse;margin:.8rem 0}th,td{border:1px solid #ccc;padding:.3rem .5rem;text-align:left;vertical-align:top}
            th{background:#eef0f3}figure{margin:1rem 0;overflow:auto}figure svg{max-width:100%;height:auto}
            pre{background:#f4f5f7;padding:.8rem;overflow:auto}article{border-top:1px solid #ddd;padding-top:.5rem}
            .low{background:#d8f0d2}.medium{background:#fff1b8}.high{background:#ffd2a6}.critical{background:#f7a8a8}
            .heat td{width:4.5rem;height:2.5rem;text-align:center}
            """;

    /**
     * The page of a dossier.
     *
     * @param c        the dossier
     * @param diagrams the PlantUML sources, shown when there is no SVG for them
     * @param images   the rendered diagrams, inlined; may be empty
     * @return {@code index.html}
     */
    public HtmlPage render(Consultation c, List<PlantUmlDiagram> diagrams, List<SvgImage> images) {
        return render(c, diagrams, images, null);
    }

    /**
     * The page of a re-consulted dossier, with a "Changes" section.
     *
     * @param c        the dossier
     * @param diagrams the PlantUML sources, shown when there is no SVG for them
     * @param images   the rendered diagrams, inlined; may be empty
     * @param changes  what changed since the previous dossier; null for a first dossier
     * @return {@code index.html}
     */
    public HtmlPage render(Consultation c, List<PlantUmlDiagram> diagrams, List<SvgImage> images, DossierDiff changes) {
        StringBuilder h = new StringBuilder(64 * 1024);
        h.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
                .append("<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'; img-src data:\">\n")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
                .append("<title>").append(esc(c.system())).append(" architecture</title>\n<style>\n").append(STYLE).append("</style>\n</head>\n<body>\n");
        nav(h, c, diagrams);
        h.append("<main>\n");
        overview(h, c);
        if (changes != null) {
            changes(h, changes);
        }
        decisions(h, c);
        diagrams(h, diagrams, images);
        risks(h, c);
        apis(h, c);
        data(h, c);
        operations(h, c);
        costAndCapacity(h, c);
        roadmap(h, c);
        migration(h, c);
        h.append("</main>\n</body>\n</html>\n");
        return new HtmlPage("index.html", h.toString());
    }

    private static void nav(StringBuilder h, Consultation c, List<PlantUmlDiagram> diagrams) {
        h.append("<nav>\n<strong>").append(esc(c.system())).append("</strong>\n<ul>\n");
        h.append("<li><a href=\"#overview\">Overview</a></li>\n<li><a href=\"#decisions\">Decisions</a>\n<ul>\n");
        for (int i = 0; i < c.decisions().size(); i++) {
            h.append("<li><a href=\"#adr-").append(i + 1).append("\">").append(esc(c.decisions().get(i).title())).append("</a></li>\n");
        }
        h.append("</ul></li>\n<li><a href=\"#diagrams\">Diagrams</a>\n<ul>\n");
        for (int i = 0; i < diagrams.size(); i++) {
            h.append("<li><a href=\"#diagram-").append(i + 1).append("\">").append(esc(diagrams.get(i).title())).append("</a></li>\n");
        }
        h.append("</ul></li>\n<li><a href=\"#risks\">Risks</a></li>\n<li><a href=\"#api\">API operations</a></li>\n");
        if (!c.dataModel().entities().isEmpty()) {
            h.append("<li><a href=\"#data\">Data model</a></li>\n");
        }
        h.append("<li><a href=\"#operations\">Operations</a></li>\n<li><a href=\"#cost\">Cost and capacity</a></li>\n")
                .append("<li><a href=\"#roadmap\">Roadmap</a></li>\n");
        if (c.migration() != null) {
            h.append("<li><a href=\"#migration\">Migration</a></li>\n");
        }
        h.append("</ul>\n</nav>\n");
    }

    private static void overview(StringBuilder h, Consultation c) {
        h.append("<section id=\"overview\">\n<h1>").append(esc(c.system())).append(" architecture</h1>\n<p>")
                .append(esc(c.summary())).append("</p>\n");
        Requirements r = c.requirements();
        if (!r.functional().isEmpty()) {
            h.append("<h2>Functional requirements</h2>\n");
            table(h, List.of("Id", "Requirement", "Description", "Priority"), r.functional().stream()
                    .map((FunctionalRequirement f) -> List.of(esc(f.id()), esc(f.title()), esc(f.description()),
                            esc(f.priority().name().toLowerCase(Locale.ROOT)))).toList());
        }
        if (!r.qualityAttributes().isEmpty()) {
            h.append("<h2>Quality attributes</h2>\n");
            table(h, List.of("Attribute", "Scenario", "Measure", "Target"), r.qualityAttributes().stream()
                    .map(q -> List.of(esc(q.attribute().name().toLowerCase(Locale.ROOT)), esc(q.scenario()), esc(q.metric()),
                            esc(Figures.number(q.target()) + " " + q.unit()))).toList());
        }
        list(h, "h2", "Constraints", r.constraints().stream().map(HtmlRenderer::esc).toList());
        if (!r.assumptions().isEmpty()) {
            h.append("<h2>Assumptions</h2>\n");
            table(h, List.of("Topic", "Assumption", "Value used"), r.assumptions().stream()
                    .map((Assumption a) -> List.of(esc(a.topic()), esc(a.statement()), esc(a.value()))).toList());
        }
        if (!r.openQuestions().isEmpty()) {
            h.append("<h2>Open questions</h2>\n");
            table(h, List.of("Question", "Why it matters", "Options", "Recommended"), r.openQuestions().stream()
                    .map((OpenQuestion q) -> List.of(esc(q.question()), esc(q.whyItMatters()), items(q.options()), esc(q.recommended()))).toList());
        }
        if (!c.techStack().isEmpty()) {
            h.append("<h2>Tech stack</h2>\n");
            table(h, List.of("Area", "Choice", "Alternatives", "Justification"), c.techStack().stream()
                    .map(t -> List.of(esc(t.category().name().toLowerCase(Locale.ROOT).replace('_', ' ')), esc(t.choice()),
                            esc(String.join("; ", t.alternatives())), esc(t.justification()))).toList());
        }
        h.append("<h2>Cost</h2>\n<p>Monthly running cost <strong>").append(esc(Figures.money(c.cost().monthlyTotal()) + " " + c.cost().currency()))
                .append("</strong> in month 1 and <strong>").append(esc(Figures.money(c.cost().monthlyTotalAt(36).orElse(c.cost().monthlyTotal()))
                        + " " + c.cost().currency())).append("</strong> in month 36; three-year total cost of ownership <strong>")
                .append(esc(Figures.money(c.cost().threeYearTco()) + " " + c.cost().currency()))
                .append("</strong> (<a href=\"#cost\">line items</a>).</p>\n</section>\n");
    }

    private static void data(StringBuilder h, Consultation c) {
        if (c.dataModel().entities().isEmpty()) {
            return;
        }
        // The same DDL as data/schema.sql, rendered again here so the page needs no other file.
        h.append("<section id=\"data\">\n<h2>Data model</h2>\n<pre>").append(esc(SqlRenderer.render(c).content()))
                .append("</pre>\n</section>\n");
    }

    private static void operations(StringBuilder h, Consultation c) {
        OperationsPlan ops = c.operations();
        h.append("<section id=\"operations\">\n<h2>Operations</h2>\n");
        if (!ops.slos().isEmpty()) {
            h.append("<h3>Service level objectives</h3>\n");
            table(h, List.of("Id", "Objective", "Indicator", "Target", "Window", "Container"), ops.slos().stream()
                    .map((ServiceLevelObjective o) -> List.of(esc(o.id()), esc(o.name()), esc(o.indicator()),
                            esc(Figures.number(o.objectivePercent()) + "%"), esc(o.window()), esc(o.containerId()))).toList());
        }
        if (!ops.alerts().isEmpty()) {
            h.append("<h3>Alerts</h3>\n");
            table(h, List.of("Alert", "Condition", "Severity", "Action", "SLO"), ops.alerts().stream()
                    .map((Alert a) -> List.of(esc(a.name()), esc(a.condition()), esc(a.severity().name().toLowerCase(Locale.ROOT)),
                            esc(a.action()), esc(a.sloId()))).toList());
        }
        BackupAndRecovery dr = ops.backupAndRecovery();
        if (dr != null) {
            h.append("<h3>Backup and disaster recovery</h3>\n");
            table(h, List.of("Strategy", "RPO", "RTO", "Backups", "Retention", "Drills"), List.of(List.of(esc(dr.strategy()),
                    dr.rpoMinutes() + " min", dr.rtoMinutes() + " min", esc(dr.backupSchedule()), esc(dr.retention()), esc(dr.drillCadence()))));
        }
        list(h, "h3", "Monitoring", ops.monitoring().stream().map(HtmlRenderer::esc).toList());
        list(h, "h3", "CI/CD", ops.ciCd().stream().map(HtmlRenderer::esc).toList());
        list(h, "h3", "Infrastructure as code", ops.infrastructureAsCode().stream().map(HtmlRenderer::esc).toList());
        list(h, "h3", "Security scanning", ops.securityScanning().stream().map(HtmlRenderer::esc).toList());
        h.append("</section>\n");
    }

    private static void costAndCapacity(StringBuilder h, Consultation c) {
        CostEstimate cost = c.cost();
        String currency = esc(cost.currency());
        h.append("<section id=\"cost\">\n<h2>Cost and capacity</h2>\n<h3>Running cost</h3>\n");
        table(h, List.of("Item", "Container", "Quantity", "Unit", "Unit price (" + currency + ")", "Monthly (" + currency + ")", "Assumption"),
                cost.items().stream().map((CostLineItem i) -> List.of(esc(i.name()), esc(i.containerId()), esc(Figures.number(i.quantity())),
                        esc(i.unit()), esc(Figures.money(i.unitPrice())), esc(Figures.money(i.monthly())), esc(i.assumption()))).toList());
        h.append("<p>Monthly total <strong>").append(esc(Figures.money(cost.monthlyTotal()))).append(' ').append(currency)
                .append("</strong> in month 1 and <strong>").append(esc(Figures.money(cost.monthlyTotalAt(36).orElse(cost.monthlyTotal())))).append(' ')
                .append(currency).append("</strong> in month 36; three-year total cost of ownership <strong>").append(esc(Figures.money(cost.threeYearTco())))
                .append(' ').append(currency).append("</strong>; prices as of ").append(esc(cost.priceDate() == null ? "not stated" : cost.priceDate()))
                .append(".</p>\n");
        list(h, "h3", "Cost assumptions", cost.assumptions().stream().map(HtmlRenderer::esc).toList());
        if (!c.capacity().estimates().isEmpty()) {
            h.append("<h3>Capacity</h3>\n");
            table(h, List.of("Estimate", "Value", "Unit", "Basis"), c.capacity().estimates().stream()
                    .map((Estimate e) -> List.of(esc(e.name()), esc(Figures.number(e.value())), esc(e.unit()), esc(e.basis()))).toList());
        }
        h.append("</section>\n");
    }

    private static void roadmap(StringBuilder h, Consultation c) {
        h.append("<section id=\"roadmap\">\n<h2>Roadmap</h2>\n");
        table(h, List.of("Phase", "Goal", "Weeks", "Deliverables", "Exit criteria", "After"), c.roadmap().phases().stream()
                .map((RoadmapPhase p) -> List.of("<strong>" + esc(p.name()) + "</strong>", esc(p.goal()), String.valueOf(p.durationWeeks()),
                        items(p.deliverables()), items(p.exitCriteria()), esc(String.join(", ", p.dependsOn())))).toList());
        h.append("</section>\n");
    }

    private static void migration(StringBuilder h, Consultation c) {
        MigrationPlan m = c.migration();
        if (m == null) {
            return;
        }
        h.append("<section id=\"migration\">\n<h2>Migration</h2>\n<p>Strategy: ")
                .append(esc(m.strategy().name().toLowerCase(Locale.ROOT).replace('_', ' '))).append(". ").append(esc(m.summary())).append("</p>\n");
        table(h, List.of("Step", "Description", "Exit criteria"), m.steps().stream()
                .map((MigrationStep s) -> List.of("<strong>" + esc(s.name()) + "</strong>", esc(s.description()), items(s.exitCriteria()))).toList());
        if (m.dataMigration() != null) {
            h.append("<h3>Data migration</h3>\n<p>").append(esc(m.dataMigration())).append("</p>\n");
        }
        list(h, "h3", "Rollback", m.rollback().stream().map(HtmlRenderer::esc).toList());
        h.append("</section>\n");
    }

    private static void changes(StringBuilder h, DossierDiff diff) {
        h.append("<section id=\"changes\">\n<h2>Changes since the previous dossier</h2>\n");
        if (diff.isEmpty()) {
            h.append("<p>Nothing changed: every decision stands as it was.</p>\n</section>\n");
            return;
        }
        list(h, "h3", "Decisions", diff.decisions().stream().map(d -> esc(switch (d.kind()) {
            case SUPERSEDED -> d.decisionId() + " supersedes " + d.previousId() + ": " + d.title() + " (was \"" + d.previousChoice()
                    + "\", now \"" + d.choice() + "\")";
            case NEW -> d.decisionId() + " is new: " + d.title() + " (\"" + d.choice() + "\")";
            case RETIRED -> d.decisionId() + " no longer applies: " + d.title();
        })).toList());
        list(h, "h3", "Containers", elementLines(diff.containers()));
        list(h, "h3", "Relationships", elementLines(diff.relationships()));
        table(h, List.of("Change", "Operation", "Breaking", "Why"), diff.apis().stream().map(a -> List.of(
                esc(a.kind().name().toLowerCase(Locale.ROOT)), esc(a.method() + " " + a.path() + " (" + a.operationId() + ")"),
                a.breaking() ? "<strong>yes</strong>" : "no", esc(String.join("; ", a.reasons())))).toList());
        list(h, "h3", "Data model (see data/migration.sql)", diff.data().stream().map(d -> esc(d.entity()
                + (d.field() == null ? "" : "." + d.field()) + ": " + d.kind().name().toLowerCase(Locale.ROOT).replace('_', ' ')
                + (d.detail() == null ? "" : " (" + d.detail() + ")"))).toList());
        if (!diff.cost().isUnchanged()) {
            h.append("<p>Monthly cost at month 1: ").append(esc(Figures.money(diff.cost().month1Before()))).append(" to ")
                    .append(esc(Figures.money(diff.cost().month1After()))).append("; at month 36: ")
                    .append(esc(Figures.money(diff.cost().month36Before()))).append(" to ")
                    .append(esc(Figures.money(diff.cost().month36After()))).append(" (USD).</p>\n");
        }
        list(h, "h3", "Risks", elementLines(diff.risks()));
        list(h, "h3", "Roadmap", elementLines(diff.roadmap()));
        h.append("</section>\n");
    }

    private static List<String> elementLines(List<ElementChange> changes) {
        return changes.stream().map(c -> esc(c.kind().name().toLowerCase(Locale.ROOT) + ": " + c.name() + " (" + c.id() + ")"
                + (c.details().isEmpty() ? "" : "; " + String.join("; ", c.details())))).toList();
    }

    private static void decisions(StringBuilder h, Consultation c) {
        h.append("<section id=\"decisions\">\n<h2>Decisions</h2>\n");
        dev.architect.deliverables.internal.Clauses clauses = dev.architect.deliverables.internal.Clauses.of(c);
        for (int i = 0; i < c.decisions().size(); i++) {
            Decision d = c.decisions().get(i);
            h.append("<article id=\"adr-").append(i + 1).append("\">\n<h3>").append(i + 1).append(". ").append(esc(d.title()))
                    .append("</h3>\n<p>Status: ").append(esc(d.status().name().toLowerCase(Locale.ROOT))).append("</p>\n")
                    .append("<h4>Context and problem statement</h4>\n<p>").append(esc(d.context())).append("</p>\n");
            list(h, "h4", "Decision drivers", d.drivers().stream().map(HtmlRenderer::esc).toList());
            h.append("<h4>Decision outcome</h4>\n<p>Chosen option: \"").append(esc(d.chosenOption())).append("\", because ")
                    .append(esc(clauses.after(d.rationale()))).append("</p>\n");
            list(h, "h4", "Consequences", d.consequences().stream().map(x -> consequence(x, clauses)).toList());
            h.append("<h4>Considered options</h4>\n");
            table(h, List.of("Option", "Pros", "Cons", "Cost", "Complexity"), d.options().stream().map((DecisionOption o) -> List.of(
                    "<strong>" + esc(o.name()) + "</strong><br>" + esc(o.summary()), items(o.pros()), items(o.cons()), esc(o.cost()),
                    esc(o.complexity().name().toLowerCase(Locale.ROOT)))).toList());
            h.append("</article>\n");
        }
        h.append("</section>\n");
    }

    private static void diagrams(StringBuilder h, List<PlantUmlDiagram> diagrams, List<SvgImage> images) {
        h.append("<section id=\"diagrams\">\n<h2>Diagrams</h2>\n");
        for (int i = 0; i < diagrams.size(); i++) {
            PlantUmlDiagram diagram = diagrams.get(i);
            String svgPath = diagram.pathWithExtension("svg");
            h.append("<figure id=\"diagram-").append(i + 1).append("\">\n<figcaption>").append(esc(diagram.title())).append("</figcaption>\n");
            SvgImage image = images.stream().filter(s -> s.path().equals(svgPath)).findFirst().orElse(null);
            if (image != null) {
                h.append(inline(image.content(), "diagram-" + (i + 1) + "-")).append('\n');
            } else {
                h.append("<pre>").append(esc(diagram.content())).append("</pre>\n");
            }
            h.append("</figure>\n");
        }
        h.append("</section>\n");
    }

    /** The SVG without its XML prolog, its ids prefixed so that several diagrams on one page never share one. */
    private static String inline(String svg, String idPrefix) {
        String body = XML_PROLOG.matcher(svg).replaceFirst("").strip();
        return SVG_TAG.matcher(body).replaceAll(tag -> Matcher.quoteReplacement(SVG_ID.matcher(tag.group()).replaceAll("$1" + idPrefix)));
    }

    private static void risks(StringBuilder h, Consultation c) {
        h.append("<section id=\"risks\">\n<h2>Risks</h2>\n");
        table(h, List.of("Score", "Risk", "Likelihood", "Impact", "Mitigation", "Owner", "Status"), c.risksByScore().stream()
                .map((Risk r) -> List.of(band(r.band()) + r.score() + "</span>", "<strong>" + esc(r.title()) + "</strong><br>"
                        + esc(r.description()), String.valueOf(r.likelihood()), String.valueOf(r.impact()), esc(r.mitigation()),
                        esc(r.owner()), esc(r.status().name().toLowerCase(Locale.ROOT)))).toList());
        h.append("<h3>Heat map</h3>\n<table class=\"heat\">\n<tr><th>Likelihood \\ impact</th>");
        for (int impact = 1; impact <= 5; impact++) {
            h.append("<th>").append(impact).append("</th>");
        }
        h.append("</tr>\n");
        RiskGrid grid = RiskGrid.of(c.risks());
        for (int likelihood = 5; likelihood >= 1; likelihood--) {
            h.append("<tr><th>").append(likelihood).append("</th>");
            for (int impact = 1; impact <= 5; impact++) {
                int count = grid.count(likelihood, impact);
                h.append("<td class=\"").append(RiskBand.of(likelihood * impact).name().toLowerCase(Locale.ROOT)).append("\">")
                        .append(count == 0 ? "" : String.valueOf(count)).append("</td>");
            }
            h.append("</tr>\n");
        }
        h.append("</table>\n</section>\n");
    }

    private static void apis(StringBuilder h, Consultation c) {
        h.append("<section id=\"api\">\n<h2>API operations</h2>\n");
        for (ApiSpec spec : c.apis()) {
            h.append("<h3>").append(esc(spec.title())).append(" <small>").append(esc(spec.version())).append(", base path ")
                    .append(esc(spec.basePath() == null || spec.basePath().isEmpty() ? "/" : spec.basePath())).append(", auth ")
                    .append(esc(spec.auth().name().toLowerCase(Locale.ROOT))).append("</small></h3>\n");
            table(h, List.of("Method", "Path", "Operation", "Summary", "Responses"), spec.operations().stream()
                    .map((ApiOperation o) -> List.of(esc(o.method().name()), "<code>" + esc(o.path()) + "</code>", esc(o.operationId()),
                            esc(o.summary()), String.join("<br>", o.responses().stream().map(HtmlRenderer::response).toList()))).toList());
        }
        h.append("</section>\n");
    }

    private static String response(ApiResponse r) {
        return r.status() + " " + esc(r.description()) + (r.schema() == null ? "" : " (" + esc(r.schema()) + (r.array() ? "[]" : "") + ")");
    }

    private static String consequence(Consequence c, dev.architect.deliverables.internal.Clauses clauses) {
        return esc(c.kind().name().charAt(0) + c.kind().name().substring(1).toLowerCase(Locale.ROOT)) + ", because " + esc(clauses.after(c.text()));
    }

    private static String band(RiskBand band) {
        return "<span class=\"" + band.name().toLowerCase(Locale.ROOT) + "\">";
    }

    private static String items(List<String> texts) {
        return String.join("<br>", texts.stream().map(HtmlRenderer::esc).toList());
    }

    private static void list(StringBuilder h, String headingTag, String heading, List<String> itemsHtml) {
        if (!itemsHtml.isEmpty()) {
            h.append('<').append(headingTag).append('>').append(heading).append("</").append(headingTag).append(">\n<ul>\n");
            itemsHtml.forEach(i -> h.append("<li>").append(i).append("</li>\n"));
            h.append("</ul>\n");
        }
    }

    /** A table; headers are ours, cells are HTML fragments built with {@link #esc(String)}. */
    private static void table(StringBuilder h, List<String> headers, List<List<String>> rows) {
        if (rows.isEmpty()) {
            return;
        }
        h.append("<table>\n<tr>");
        headers.forEach(x -> h.append("<th>").append(x).append("</th>"));
        h.append("</tr>\n");
        for (List<String> row : rows) {
            h.append("<tr>");
            row.forEach(cell -> h.append("<td>").append(cell).append("</td>"));
            h.append("</tr>\n");
        }
        h.append("</table>\n");
    }

    private static String esc(String text) {
        return Html.escape(text);
    }
}
