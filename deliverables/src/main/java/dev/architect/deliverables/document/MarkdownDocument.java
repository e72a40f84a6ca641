package dev.architect.deliverables.document;


/** A Markdown file: README.md, an ADR, risks.md, operations.md or cost.md. */
public record MarkdownDocument(String path, String content) implements Deliverable {

    public MarkdownDocument {
        RelativePaths.check(path);
        RelativePaths.content(path, content);
    }
}
