package dev.architect.deliverables.document;


/** The C4 model as a Structurizr DSL workspace: workspace.dsl. */
public record StructurizrWorkspace(String path, String content) implements Deliverable {

    /**
     * Checks that the path stays inside the dossier folder and the text holds no NUL character.
     *
     * @param path    where the file goes in the dossier folder
     * @param content the file's text
     * @throws DeliverableException when it does not
     */
    public StructurizrWorkspace {
        RelativePaths.check(path);
        RelativePaths.content(path, content);
    }
}
