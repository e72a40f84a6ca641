package dev.architect.deliverables.document;


/** A PlantUML diagram source ({@code diagrams/*.puml}); {@code title} is the caption shown beside it. */
public record PlantUmlDiagram(String path, String title, String content) implements Deliverable {

    public PlantUmlDiagram {
        RelativePaths.check(path);
        RelativePaths.content(path, title);
        RelativePaths.content(path, content);
    }

    /** The sibling path with another extension, e.g. {@code diagrams/context.svg}. */
    public String pathWithExtension(String extension) {
        return path.substring(0, path.lastIndexOf('.') + 1) + extension;
    }
}
