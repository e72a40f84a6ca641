package dev.architect.deliverables.markdown;

import static dev.architect.deliverables.markdown.MarkdownPage.link;
import static dev.architect.deliverables.markdown.MarkdownPage.text;

import dev.architect.deliverables.document.MarkdownDocument;
import dev.architect.deliverables.internal.Figures;
import dev.architect.dossier.Consultation;
import dev.architect.dossier.Decision;
import dev.architect.dossier.MigrationPlan;
import dev.architect.dossier.OpenQuestion;
import dev.architect.dossier.Requirements;
import dev.architect.dossier.TechChoice;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * {@code README.md}: the overview a reader opens first. Summary, requirements with their quality-attribute
 * scenarios and targets, assumptions and open questions, tech stack, decisions, roadmap, capacity and cost, the
 * migration plan for a redesign, and a link to every other file of the dossier.
 */
final class ReadmeMarkdown {

    MarkdownDocument render(Consultation c, List<String> otherFiles) {
        MarkdownPage page = new MarkdownPage().heading(1, c.system() + " architecture").paragraph(c.summary());
        contents(page, c, otherFiles);
        requirements(page, c.requirements());
        techStack(page, c);
        decisions(page, c);
        roadmap(page, c);
        page.heading(2, "Capacity and cost");
        page.bulletsMarkdown(List.of(
                "Monthly running cost: **" + Figures.money(c.cost().monthlyTotal()) + " " + c.cost().currency() + "** in month 1, **"
                        + Figures.money(c.cost().monthlyTotalAt(36).orElse(c.cost().monthlyTotal())) + " " + c.cost().currency() + "** in month 36",
                "Three-year total cost of ownership: **" + Figures.money(c.cost().threeYearTco()) + " " + c.cost().currency() + "**",
                "Line items, capacity figures and their assumptions: " + link("cost.md", "cost.md")));
        if (c.migration() != null) {
            migration(page, c.migration());
        }
        page.heading(2, "About this dossier").markdown("Produced by the " + text(c.metadata().provider()) + " architect"
                + (c.metadata().model() == null ? "" : " (model " + text(c.metadata().model()) + ")") + ".");
        return page.build("README.md");
    }

    private static void contents(MarkdownPage page, Consultation c, List<String> otherFiles) {
        List<String> links = new ArrayList<>();
        for (int i = 0; i < c.decisions().size(); i++) {
            Decision d = c.decisions().get(i);
            links.add("Decision " + (i + 1) + ": " + link(d.title(), DecisionMarkdown.path(i, d)));
        }
        links.add(link("Risks", "risks.md"));
        links.add(link("Operations", "operations.md"));
        links.add(link("Cost and capacity", "cost.md"));
        for (String file : otherFiles) {
            links.add(link(file, file));
        }
        page.heading(2, "Contents").bulletsMarkdown(links);
    }

    private static void requirements(MarkdownPage page, Requirements r) {
        page.heading(2, "Requirements");
        if (!r.functional().isEmpty()) {
            page.heading(3, "Functional");
            page.table(List.of("Id", "Requirement", "Priority", "Description"), r.functional().stream()
                    .map(f -> List.of(text(f.id()), text(f.title()), f.priority().name(), text(f.description()))).toList());
        }
        if (!r.qualityAttributes().isEmpty()) {
            page.heading(3, "Quality attributes");
            page.table(List.of("Id", "Attribute", "Scenario", "Measure", "Target"), r.qualityAttributes().stream()
                    .map(q -> List.of(text(q.id()), q.attribute().name().toLowerCase(Locale.ROOT), text(q.scenario()),
                            text(q.metric()), Figures.number(q.target()) + " " + text(q.unit()))).toList());
        }
        if (!r.constraints().isEmpty()) {
            page.heading(3, "Constraints").bullets(r.constraints());
        }
        if (!r.assumptions().isEmpty()) {
            page.heading(3, "Assumptions");
            page.table(List.of("Id", "Stands in for", "Assumption", "Value"), r.assumptions().stream()
                    .map(a -> List.of(text(a.id()), text(a.topic()), text(a.statement()), text(a.value()))).toList());
        }
        if (!r.openQuestions().isEmpty()) {
            page.heading(3, "Open questions");
            page.table(List.of("Id", "Question", "Why it matters", "Options", "Recommended"), r.openQuestions().stream()
                    .map((OpenQuestion q) -> List.of(text(q.id()), text(q.question()), text(q.whyItMatters()),
                            MarkdownPage.list(q.options()), text(q.recommended()))).toList());
        }
    }

    private static void techStack(MarkdownPage page, Consultation c) {
        if (c.techStack().isEmpty()) {
            return;
        }
        page.heading(2, "Tech stack");
        List<List<String>> rows = new ArrayList<>();
        for (TechChoice t : c.techStack()) {
            rows.add(List.of(t.category().name().toLowerCase(Locale.ROOT).replace('_', ' '), text(t.choice()),
                    MarkdownPage.list(t.alternatives()), text(t.justification()), t.decisionId() == null ? "" : DecisionMarkdown.link(c, t.decisionId())));
        }
        page.table(List.of("Area", "Choice", "Alternatives", "Justification", "Decision"), rows);
    }

    private static void decisions(MarkdownPage page, Consultation c) {
        if (c.decisions().isEmpty()) {
            return;
        }
        page.heading(2, "Decisions");
        List<List<String>> rows = new ArrayList<>();
        for (int i = 0; i < c.decisions().size(); i++) {
            Decision d = c.decisions().get(i);
            rows.add(List.of(link(d.title(), DecisionMarkdown.path(i, d)), d.status().name().toLowerCase(Locale.ROOT),
                    text(d.chosenOption())));
        }
        page.table(List.of("Decision", "Status", "Chosen option"), rows);
    }

    private static void roadmap(MarkdownPage page, Consultation c) {
        if (c.roadmap().phases().isEmpty()) {
            return;
        }
        page.heading(2, "Roadmap").markdown("Total: " + c.roadmap().totalWeeks() + " weeks.");
        page.table(List.of("Phase", "Goal", "Weeks", "Delivers", "Done when", "After"), c.roadmap().phases().stream()
                .map(p -> List.of(text(p.name()), text(p.goal()), String.valueOf(p.durationWeeks()),
                        MarkdownPage.list(p.deliverables()), MarkdownPage.list(p.exitCriteria()), MarkdownPage.list(p.dependsOn())))
                .toList());
    }

    private static void migration(MarkdownPage page, MigrationPlan m) {
        page.heading(2, "Migration").markdown("Strategy: " + m.strategy().name().toLowerCase(Locale.ROOT).replace('_', ' ') + ".")
                .paragraph(m.summary());
        page.table(List.of("Step", "What", "Done when"), m.steps().stream()
                .map(s -> List.of(text(s.name()), text(s.description()), MarkdownPage.list(s.exitCriteria()))).toList());
        page.markdown("Data migration: " + text(m.dataMigration()));
        if (!m.rollback().isEmpty()) {
            page.heading(3, "Rollback").bullets(m.rollback());
        }
    }
}
