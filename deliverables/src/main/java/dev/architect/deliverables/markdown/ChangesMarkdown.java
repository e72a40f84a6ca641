package dev.architect.deliverables.markdown;

import static dev.architect.deliverables.markdown.MarkdownPage.text;

import dev.architect.change.ApiChange;
import dev.architect.change.ChangeKind;
import dev.architect.change.CostChange;
import dev.architect.change.DataChange;
import dev.architect.change.DecisionChange;
import dev.architect.change.DossierDiff;
import dev.architect.change.ElementChange;
import dev.architect.deliverables.document.MarkdownDocument;
import dev.architect.deliverables.internal.Figures;
import dev.architect.dossier.Consultation;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * {@code CHANGES.md} of a re-consulted dossier: what changed since the previous dossier, written for a reader who
 * knows the old architecture. Decisions first (what was superseded and by what), then the parts that moved with them.
 */
public final class ChangesMarkdown {

    /** {@code CHANGES.md}, built only from the dossiers; it does not read the disk. */
    public ChangesMarkdown() {
    }

    /**
     * The changes page of a re-consulted dossier.
     *
     * @param before the previous dossier
     * @param after  the re-consulted dossier
     * @param diff   the difference between them, {@code DossierDiff.between(before, after)}
     * @return {@code CHANGES.md}
     */
    public MarkdownDocument render(Consultation before, Consultation after, DossierDiff diff) {
        MarkdownPage page = new MarkdownPage().heading(1, "What changed in " + after.system());
        if (diff.isEmpty()) {
            page.paragraph("Nothing: the changed request leads to the same architecture, APIs, data model, cost, risks and "
                    + "roadmap as before. Every decision stands as it was.");
            return page.build("CHANGES.md");
        }
        page.paragraph(summary(diff));
        if (!diff.decisions().isEmpty()) {
            page.heading(2, "Decisions");
            List<String> lines = new ArrayList<>();
            for (DecisionChange d : diff.decisions()) {
                lines.add(switch (d.kind()) {
                    case SUPERSEDED -> DecisionMarkdown.link(after, d.decisionId()) + " supersedes "
                            + DecisionMarkdown.link(after, d.previousId()) + ": " + text(d.title())
                            + (d.choice().equals(d.previousChoice()) ? " (the same choice, reasoned again from the changed figures)"
                            : " (was \"" + text(d.previousChoice()) + "\", now \"" + text(d.choice()) + "\")");
                    case NEW -> DecisionMarkdown.link(after, d.decisionId()) + " is new: " + text(d.title()) + " (\""
                            + text(d.choice()) + "\")";
                    case RETIRED -> DecisionMarkdown.link(after, d.decisionId()) + " no longer applies: " + text(d.title());
                });
            }
            page.bulletsMarkdown(lines);
        }
        elements(page, "Containers", diff.containers());
        elements(page, "Relationships", diff.relationships());
        if (!diff.apis().isEmpty()) {
            page.heading(2, "API operations");
            page.table(List.of("Change", "Operation", "Breaking", "Why"), diff.apis().stream().map(a -> List.of(
                    word(a.kind()), text(a.method() + " " + a.path() + " (" + a.operationId() + ", " + a.apiId() + ")"),
                    a.breaking() ? "**yes**" : "no", text(String.join("; ", a.reasons())))).toList());
            if (diff.hasBreakingApiChange()) {
                page.paragraph("Breaking changes need a new API version or a deprecation period before the old operation goes.");
            }
        }
        if (!diff.data().isEmpty()) {
            page.heading(2, "Data model");
            page.bullets(diff.data().stream().map(ChangesMarkdown::data).toList());
            page.markdown("The statements that take the old schema to the new one are in "
                    + MarkdownPage.link("data/migration.sql", "data/migration.sql") + "; nothing in it deletes data.");
        }
        CostChange cost = diff.cost();
        if (!cost.isUnchanged()) {
            page.heading(2, "Cost");
            page.table(List.of("", "Before", "After", "Change"), List.of(
                    List.of("Month 1", usd(cost.month1Before()), usd(cost.month1After()), signed(cost.month1Delta())),
                    List.of("Month 36", usd(cost.month36Before()), usd(cost.month36After()),
                            signed(cost.month36Delta()))));
        }
        elements(page, "Risks", diff.risks());
        elements(page, "Roadmap", diff.roadmap());
        return page.build("CHANGES.md");
    }

    private static String summary(DossierDiff diff) {
        long superseded = diff.decisions().stream().filter(d -> d.kind() == DecisionChange.Kind.SUPERSEDED).count();
        long added = diff.decisions().stream().filter(d -> d.kind() == DecisionChange.Kind.NEW).count();
        long breaking = diff.apis().stream().filter(ApiChange::breaking).count();
        List<String> parts = new ArrayList<>();
        parts.add(count(superseded, "decision") + " superseded");
        parts.add(count(added, "new decision"));
        parts.add(count(diff.containers().size(), "container change"));
        parts.add(count(diff.apis().size(), "API change") + " (" + breaking + " breaking)");
        parts.add(count(diff.data().size(), "data-model change"));
        return "Since the previous dossier: " + String.join(", ", parts) + ". Decisions not listed below stand as they were,"
                + " with their numbers, text and dates.";
    }

    private static void elements(MarkdownPage page, String heading, List<ElementChange> changes) {
        if (changes.isEmpty()) {
            return;
        }
        page.heading(2, heading);
        page.bullets(changes.stream().map(c -> word(c.kind()) + ": " + c.name() + " (" + c.id() + ")"
                + (c.details().isEmpty() ? "" : "; " + String.join("; ", c.details()))).toList());
    }

    private static String data(DataChange c) {
        String where = c.field() == null ? c.entity() : c.entity() + "." + c.field();
        String kind = c.kind().name().toLowerCase(Locale.ROOT).replace('_', ' ');
        return where + ": " + kind + (c.detail() == null ? "" : " (" + c.detail() + ")");
    }

    private static String word(ChangeKind kind) {
        return switch (kind) {
            case ADDED -> "Added";
            case REMOVED -> "Removed";
            case CHANGED -> "Changed";
        };
    }

    private static String count(long n, String noun) {
        return n + " " + noun + (n == 1 ? "" : "s");
    }

    private static String signed(double delta) {
        return (delta >= 0 ? "+" : "-") + usd(Math.abs(delta));
    }

    private static String usd(double amount) {
        return "$" + Figures.money(amount);
    }
}
