package dev.architect.deliverables.document;


/** The self-contained page with the whole dossier: index.html. */
public record HtmlPage(String path, String content) implements Deliverable {

    /**
     * Checks that the path stays inside the dossier folder and the text holds no NUL character.
     *
     * @param path    where the file goes in the dossier folder
     * @param content the file's text
     * @throws DeliverableException when it does not
     */
    public HtmlPage {
        RelativePaths.check(path);
        RelativePaths.content(path, content);
    }
}
