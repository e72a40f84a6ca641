package dev.architect.deliverables.structurizr;

import dev.architect.deliverables.internal.Text;

/**
 * The one place Structurizr DSL strings are escaped. The DSL is line-based, so text stays on one line; a quote is
 * written {@code \"}; a backslash (the DSL has no escape for it, and one before the closing quote would swallow
 * it) becomes U+29F5; {@code ${} is broken up so the parser never substitutes a constant or environment variable.
 */
final class DslText {

    private DslText() {
    }

    static String quoted(String text) {
        String escaped = Text.oneLine(text)
                .replace('\\', '\u29F5')
                .replace("\"", "\\\"")
                .replace("${", "$ {");
        return "\"" + escaped + "\"";
    }
}
