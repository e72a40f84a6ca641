package dev.architect.deliverables.document;

/**
 * A PlantUML diagram source ({@code diagrams/<name>.puml}), safe to render under the SANDBOX security profile.
 *
 * @param path    relative path inside the dossier folder
 * @param title   the diagram's title, for listings
 * @param content the PlantUML source
 */
public record PlantUmlDiagram(String path, String title, String content) implements Deliverable {

    /**
     * Checks that the path is a safe relative path and that title and content are present.
     *
     * @param path    relative path inside the dossier folder
     * @param title   the caption
     * @param content the document
     */
    public PlantUmlDiagram {
        RelativePaths.check(path);
        RelativePaths.content(path, title);
        RelativePaths.content(path, content);
    }

    /**
     * The sibling path with another extension, e.g. {@code diagrams/context.svg}.
     *
     * @param extension the new extension, without the dot
     * @return the sibling path
     */
    public String pathWithExtension(String extension) {
        return path.substring(0, path.lastIndexOf('.') + 1) + extension;
    }
}
