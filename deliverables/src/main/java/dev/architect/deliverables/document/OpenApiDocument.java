package dev.architect.deliverables.document;


/** An OpenAPI 3.1 document of one API spec, as YAML or JSON. */
public record OpenApiDocument(String path, String content) implements Deliverable {

    /**
     * Checks that the path stays inside the dossier folder and the text holds no NUL character.
     *
     * @param path    where the file goes in the dossier folder
     * @param content the file's text
     * @throws DeliverableException when it does not
     */
    public OpenApiDocument {
        RelativePaths.check(path);
        RelativePaths.content(path, content);
    }
}
