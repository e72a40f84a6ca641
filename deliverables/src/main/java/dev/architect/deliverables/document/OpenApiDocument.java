package dev.architect.deliverables.document;


/** An OpenAPI 3.1 document of one API spec, as YAML or JSON. */
public record OpenApiDocument(String path, String content) implements Deliverable {

    public OpenApiDocument {
        RelativePaths.check(path);
        RelativePaths.content(path, content);
    }
}
