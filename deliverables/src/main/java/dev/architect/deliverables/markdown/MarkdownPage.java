package dev.architect.deliverables.markdown;

import dev.architect.deliverables.document.MarkdownDocument;
import dev.architect.deliverables.internal.MarkdownText;
import java.util.List;

/**
 * Builds one Markdown file. Methods that take {@code text} escape it (it may come from a model); methods that take
 * {@code markdown} expect a fragment this package produced, such as {@link #link(String, String)} or
 * {@link #text(String)} output.
 */
final class MarkdownPage {

    private final StringBuilder sb = new StringBuilder();

    /** Model text escaped for inline use; {@code fallback} (trusted) when it is missing. */
    static String text(String text) {
        return MarkdownText.inline(text);
    }

    static String text(String text, String fallback) {
        return MarkdownText.inline(text, fallback);
    }

    /** A link to another file of the dossier; the path is ours (a slug), the label is escaped. */
    static String link(String label, String relativePath) {
        return "[" + MarkdownText.inline(label) + "](" + relativePath + ")";
    }

    static String list(List<String> texts) {
        return String.join("; ", texts.stream().map(MarkdownText::inline).toList());
    }

    MarkdownPage frontMatter(String... keyValues) {
        sb.append("---\n");
        for (int i = 0; i < keyValues.length; i += 2) {
            sb.append(keyValues[i]).append(": ").append(keyValues[i + 1]).append('\n');
        }
        sb.append("---\n\n");
        return this;
    }

    MarkdownPage heading(int level, String text) {
        sb.append("#".repeat(level)).append(' ').append(MarkdownText.inline(text)).append("\n\n");
        return this;
    }

    MarkdownPage paragraph(String text) {
        String escaped = MarkdownText.paragraphs(text);
        if (!escaped.isEmpty()) {
            sb.append(escaped).append("\n\n");
        }
        return this;
    }

    MarkdownPage markdown(String markdown) {
        sb.append(markdown).append("\n\n");
        return this;
    }

    MarkdownPage bullets(List<String> texts) {
        return bulletsMarkdown(texts.stream().map(MarkdownText::inline).toList());
    }

    MarkdownPage bulletsMarkdown(List<String> markdown) {
        if (!markdown.isEmpty()) {
            markdown.forEach(m -> sb.append("* ").append(m).append('\n'));
            sb.append('\n');
        }
        return this;
    }

    /** A table; headers are trusted, cells are Markdown fragments (escape model text with {@link #text(String)}). */
    MarkdownPage table(List<String> headers, List<List<String>> rows) {
        if (rows.isEmpty()) {
            return this;
        }
        sb.append("| ").append(String.join(" | ", headers)).append(" |\n|");
        headers.forEach(h -> sb.append(" --- |"));
        sb.append('\n');
        for (List<String> row : rows) {
            sb.append("| ").append(String.join(" | ", row.stream().map(c -> c.isEmpty() ? " " : c).toList())).append(" |\n");
        }
        sb.append('\n');
        return this;
    }

    MarkdownDocument build(String path) {
        String text = sb.toString();
        return new MarkdownDocument(path, text.endsWith("\n\n") ? text.substring(0, text.length() - 1) : text);
    }
}
