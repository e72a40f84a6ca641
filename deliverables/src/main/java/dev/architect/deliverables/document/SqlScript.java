package dev.architect.deliverables.document;


/** PostgreSQL DDL: data/schema.sql. */
public record SqlScript(String path, String content) implements Deliverable {

    public SqlScript {
        RelativePaths.check(path);
        RelativePaths.content(path, content);
    }
}
