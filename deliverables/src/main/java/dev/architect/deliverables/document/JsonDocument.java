package dev.architect.deliverables.document;


/** The dossier as JSON: consultation.json. */
public record JsonDocument(String path, String content) implements Deliverable {

    /**
     * Checks that the path stays inside the dossier folder and the text holds no NUL character.
     *
     * @param path    where the file goes in the dossier folder
     * @param content the file's text
     * @throws DeliverableException when it does not
     */
    public JsonDocument {
        RelativePaths.check(path);
        RelativePaths.content(path, content);
    }
}
