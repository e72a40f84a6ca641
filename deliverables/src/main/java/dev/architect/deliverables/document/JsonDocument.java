package dev.architect.deliverables.document;


/** The dossier as JSON: consultation.json. */
public record JsonDocument(String path, String content) implements Deliverable {

    public JsonDocument {
        RelativePaths.check(path);
        RelativePaths.content(path, content);
    }
}
