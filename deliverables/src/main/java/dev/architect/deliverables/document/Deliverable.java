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

    /** Path inside the dossier folder, e.g. {@code decisions/0001-modular-monolith.md}. */
    String path();

    /** The file's text; written as UTF-8. */
    String content();

    default byte[] bytes() {
        return content().getBytes(StandardCharsets.UTF_8);
    }
}
