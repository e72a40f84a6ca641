package dev.architect.deliverables.markdown;

import static dev.architect.deliverables.markdown.MarkdownPage.text;

import dev.architect.deliverables.document.MarkdownDocument;
import dev.architect.deliverables.internal.Clauses;
import dev.architect.deliverables.internal.Slugs;
import dev.architect.dossier.Consequence;
import dev.architect.dossier.Consultation;
import dev.architect.dossier.Decision;
import dev.architect.dossier.DecisionOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** One architecture decision record in the MADR 4 layout: {@code decisions/NNNN-title-with-dashes.md}. */
final class DecisionMarkdown {

    private final java.time.LocalDate date;

    /** @param date the MADR {@code date} of every decision, or null to leave it out (the dossier itself has no clock) */
    DecisionMarkdown(java.time.LocalDate date) {
        this.date = date;
    }

    /** The file of the {@code index}-th decision (0-based), numbered from 0001 in dossier order. */
    static String path(int index, Decision decision) {
        return String.format(Locale.ROOT, "decisions/%04d-%s.md", index + 1, Slugs.of(decision.title(), "decision"));
    }

    /** A link to the ADR file of the decision with this id, or just the id when there is no such decision. */
    static String link(Consultation c, String decisionId) {
        for (int i = 0; i < c.decisions().size(); i++) {
            if (c.decisions().get(i).id().equals(decisionId)) {
                return MarkdownPage.link(decisionId, path(i, c.decisions().get(i)));
            }
        }
        return text(decisionId);
    }

    MarkdownDocument render(Consultation dossier, int index, Decision d, Clauses clauses) {
        // MADR: a superseded record says by which one in its status.
        String status = d.supersededBy() != null ? "superseded by " + d.supersededBy() : d.status().name().toLowerCase(Locale.ROOT);
        String topic = d.topic().name().toLowerCase(Locale.ROOT);
        String decided = d.date() != null ? d.date() : date == null ? null : date.toString();
        MarkdownPage page = new MarkdownPage()
                .frontMatter(decided == null ? new String[] {"status", status, "topic", topic}
                        : new String[] {"status", status, "date", decided, "topic", topic})
                .heading(1, d.title());
        if (d.supersededBy() != null) {
            page.markdown("Superseded by " + link(dossier, d.supersededBy()) + ".");
        }
        if (d.supersedes() != null) {
            page.markdown("Supersedes " + link(dossier, d.supersedes()) + ".");
        }
        page.heading(2, "Context and Problem Statement")
                .paragraph(d.context());
        if (!d.drivers().isEmpty()) {
            page.heading(2, "Decision Drivers").bullets(d.drivers());
        }
        page.heading(2, "Considered Options").bullets(d.options().stream().map(DecisionOption::name).toList());
        page.heading(2, "Decision Outcome")
                .markdown("Chosen option: \"" + text(d.chosenOption()) + "\", because " + text(clauses.after(d.rationale())));
        if (!d.consequences().isEmpty()) {
            page.heading(3, "Consequences").bulletsMarkdown(d.consequences().stream().map(c -> consequence(c, clauses)).toList());
        }
        page.heading(2, "Pros and Cons of the Options");
        for (DecisionOption option : d.options()) {
            page.heading(3, option.name()).paragraph(option.summary());
            List<String> points = new ArrayList<>();
            option.pros().forEach(p -> points.add("Good, because " + text(clauses.after(p))));
            option.cons().forEach(c -> points.add("Bad, because " + text(clauses.after(c))));
            points.add("Cost: " + text(option.cost()));
            points.add("Complexity: " + option.complexity().name().toLowerCase(Locale.ROOT));
            page.bulletsMarkdown(points);
        }
        if (!d.relatedElements().isEmpty()) {
            page.heading(2, "More Information")
                    .markdown("Decision " + text(d.id()) + ". Shapes: " + MarkdownPage.list(d.relatedElements()) + ".");
        }
        return page.build(path(index, d));
    }

    private static String consequence(Consequence c, Clauses clauses) {
        String kind = switch (c.kind()) {
            case GOOD -> "Good";
            case BAD -> "Bad";
            case NEUTRAL -> "Neutral";
        };
        return kind + ", because " + text(clauses.after(c.text()));
    }
}
