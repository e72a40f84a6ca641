package dev.architect.deliverables.document;

/**
 * A diagram drawn as SVG ({@code diagrams/<name>.svg}) from its PlantUML source.
 *
 * @param path    relative path inside the dossier folder
 * @param title   the diagram's title
 * @param content the SVG document
 */
public record SvgImage(String path, String title, String content) implements Deliverable {

    /**
     * Checks that the path is a safe relative path and that title and content are present.
     *
     * @param path    relative path inside the dossier folder
     * @param title   the caption
     * @param content the document
     */
    public SvgImage {
        RelativePaths.check(path);
        RelativePaths.content(path, title);
        RelativePaths.content(path, content);
    }
}
