package dev.architect.deliverables.document;


/** The self-contained page with the whole dossier: index.html. */
public record HtmlPage(String path, String content) implements Deliverable {

    public HtmlPage {
        RelativePaths.check(path);
        RelativePaths.content(path, content);
    }
}
