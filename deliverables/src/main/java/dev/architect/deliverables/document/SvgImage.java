package dev.architect.deliverables.document;


/** A diagram rendered to SVG ({@code diagrams/*.svg}), with the caption of the diagram it was rendered from. */
public record SvgImage(String path, String title, String content) implements Deliverable {

    public SvgImage {
        RelativePaths.check(path);
        RelativePaths.content(path, title);
        RelativePaths.content(path, content);
    }
}
