package dev.architect.deliverables.document;

import dev.architect.deliverables.DossierWriter;
import java.nio.charset.StandardCharsets;

/**
 * One file of a dossier folder: where it goes (a relative path with {@code /} separators, made only of slug
 * characters, so it can never leave the folder) and its text. Produced by the renderers, written by
 * {@link DossierWriter}.
 */
public sealed interface Deliverable
        permits MarkdownDocument, PlantUmlDiagram, SvgImage, OpenApiDocument, SqlScript, StructurizrWorkspace,
        JsonDocument, HtmlPage {

    /**
     * Path inside the dossier folder, e.g. {@code decisions/0001-modular-monolith.md}.
     *
     * @return a relative path with {@code /} separators
     */
    String path();

    /**
     * The file's text; written as UTF-8.
     *
     * @return the whole text
     */
    String content();

    /**
     * The file's bytes as written.
     *
     * @return the text in UTF-8
     */
    default byte[] bytes() {
        return content().getBytes(StandardCharsets.UTF_8);
    }
}
