package dev.architect.deliverables.document;


/** The C4 model as a Structurizr DSL workspace: workspace.dsl. */
public record StructurizrWorkspace(String path, String content) implements Deliverable {

    public StructurizrWorkspace {
        RelativePaths.check(path);
        RelativePaths.content(path, content);
    }
}
