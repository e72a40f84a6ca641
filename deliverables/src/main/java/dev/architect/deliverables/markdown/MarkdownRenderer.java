package dev.architect.deliverables.markdown;

import dev.architect.deliverables.document.MarkdownDocument;
import dev.architect.dossier.Consultation;
import java.util.ArrayList;
import java.util.List;

/**
 * The Markdown files of a dossier: {@code README.md}, one MADR file per decision under {@code decisions/},
 * {@code risks.md}, {@code operations.md} and {@code cost.md}. Every string from the dossier is escaped
 * (HTML, links, images, emphasis and table syntax), so it reads as the literal text wherever it is rendered.
 */
public final class MarkdownRenderer {

    private final java.time.LocalDate decisionDate;

    /** Decisions without a {@code date}: the same dossier always renders the same. */
    public MarkdownRenderer() {
        this(null);
    }

    /** @param decisionDate written as every ADR's MADR {@code date}; null leaves it out */
    public MarkdownRenderer(java.time.LocalDate decisionDate) {
        this.decisionDate = decisionDate;
    }

    /**
     * The Markdown files of a dossier: README.md, one ADR a decision, risks.md, operations.md and cost.md.
     *
     * @param consultation the dossier
     * @param otherFiles   paths of the dossier's other files (diagrams, API documents, ...), linked from the README
     * @return the files, README first
     */
    public List<MarkdownDocument> render(Consultation consultation, List<String> otherFiles) {
        List<MarkdownDocument> documents = new ArrayList<>();
        documents.add(new ReadmeMarkdown().render(consultation, otherFiles));
        DecisionMarkdown decisions = new DecisionMarkdown(decisionDate);
        // The capitalised words of the whole dossier, read once for every record (not once per record)
        dev.architect.deliverables.internal.Clauses clauses = dev.architect.deliverables.internal.Clauses.of(consultation);
        for (int i = 0; i < consultation.decisions().size(); i++) {
            documents.add(decisions.render(consultation, i, consultation.decisions().get(i), clauses));
        }
        documents.add(new RisksMarkdown().render(consultation));
        documents.add(new OperationsMarkdown().render(consultation));
        documents.add(new CostMarkdown().render(consultation));
        return List.copyOf(documents);
    }
}
