package dev.architect.deliverables.markdown;

import static dev.architect.deliverables.markdown.MarkdownPage.text;

import dev.architect.deliverables.document.MarkdownDocument;
import dev.architect.deliverables.internal.RiskGrid;
import dev.architect.dossier.Consultation;
import dev.architect.dossier.Risk;
import dev.architect.dossier.RiskBand;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** {@code risks.md}: the register sorted by score (likelihood x impact) and a 5x5 likelihood/impact heat map. */
final class RisksMarkdown {

    MarkdownDocument render(Consultation c) {
        MarkdownPage page = new MarkdownPage().heading(1, "Risks of " + c.system());
        if (c.risks().isEmpty()) {
            return page.markdown("No risks were recorded.").build("risks.md");
        }
        page.markdown("Scored on a 5x5 grid: score = likelihood x impact; 1-4 low, 5-9 medium, 10-15 high, 16-25 critical.");
        page.heading(2, "Register");
        List<List<String>> rows = new ArrayList<>();
        for (Risk r : c.risksByScore()) {
            rows.add(List.of(String.valueOf(r.score()), band(r.band()), text(r.id()), text(r.title()), text(r.description()),
                    String.valueOf(r.likelihood()), String.valueOf(r.impact()), text(r.mitigation()), text(r.owner()),
                    r.status().name().toLowerCase(Locale.ROOT),
                    related(c, r)));
        }
        page.table(List.of("Score", "Band", "Id", "Risk", "Description", "Likelihood", "Impact", "Mitigation", "Owner",
                "Status", "Related"), rows);
        page.heading(2, "Heat map");
        page.markdown("Number of risks per cell; rows are likelihood (5 = almost certain), columns impact (5 = severe).");
        RiskGrid grid = RiskGrid.of(c.risks());
        List<List<String>> cells = new ArrayList<>();
        for (int likelihood = 5; likelihood >= 1; likelihood--) {
            List<String> row = new ArrayList<>();
            row.add("**" + likelihood + "**");
            for (int impact = 1; impact <= 5; impact++) {
                int count = grid.count(likelihood, impact);
                String band = band(RiskBand.of(likelihood * impact));
                row.add(count == 0 ? band : "**" + count + "** " + band);
            }
            cells.add(row);
        }
        page.table(List.of("Likelihood \\\\ impact", "1", "2", "3", "4", "5"), cells);
        return page.build("risks.md");
    }

    private static String band(RiskBand band) {
        return band.name().toLowerCase(Locale.ROOT);
    }

    /** Related decisions link to their ADR files; related elements are named. */
    private static String related(Consultation c, Risk r) {
        List<String> related = new ArrayList<>();
        for (String id : r.relatedDecisions()) {
            related.add(DecisionMarkdown.link(c, id));
        }
        r.relatedElements().forEach(e -> related.add(text(e)));
        return String.join("; ", related);
    }
}
