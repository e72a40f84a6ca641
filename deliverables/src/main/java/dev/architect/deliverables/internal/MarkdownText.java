package dev.architect.deliverables.internal;

/**
 * Markdown (CommonMark/GFM) escaping of untrusted text. The output renders as the literal text: HTML is escaped,
 * and the characters that open links, images, code, emphasis and table cells are backslash-escaped, so a model
 * cannot smuggle in an image whose URL leaks data. Shared by the Markdown files and OpenAPI descriptions (which
 * tools render as CommonMark).
 */
public final class MarkdownText {

    private static final String BACKSLASHED = "\\`*_[]!|~{}#";
    /**
     * Where GitHub-flavoured autolinking would turn bare text into a link: a scheme before {@code ://}, one of the
     * schemes used without slashes directly followed by its target ({@code data:text/html}, not "data: no"), or
     * {@code www.} followed by a host.
     */
    private static final java.util.regex.Pattern AUTOLINK = java.util.regex.Pattern.compile(
            "(?i)\\b([a-z][a-z0-9+.-]*)(?=://)|\\b(data|javascript|mailto|vbscript|file)(?=:\\S)|\\b(www)(?=\\.\\S)");

    private MarkdownText() {
    }

    /** One line of text, safe anywhere inline: in a paragraph, a list item, a heading or a table cell. */
    public static String inline(String text) {
        String line = Html.escapeContent(breakAutolinks(Text.oneLine(text)));
        StringBuilder sb = new StringBuilder(line.length() + 16);
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (BACKSLASHED.indexOf(c) >= 0) {
                sb.append('\\');
            }
            sb.append(c);
        }
        return startOfLineSafe(sb.toString());
    }

    /** Like {@link #inline(String)}, with a placeholder for missing text. */
    public static String inline(String text, String fallback) {
        String escaped = inline(text);
        return escaped.isEmpty() ? fallback : escaped;
    }

    /** Text that keeps its paragraph breaks (blank lines); each paragraph is escaped as one line. */
    public static String paragraphs(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder sb = new StringBuilder();
        for (String paragraph : text.split("(\\r\\n|[\\r\\n\\u0085\\u2028\\u2029])\\s*(\\r\\n|[\\r\\n\\u0085\\u2028\\u2029])")) {
            String escaped = inline(paragraph);
            if (!escaped.isEmpty()) {
                sb.append(sb.isEmpty() ? "" : "\n\n").append(escaped);
            }
        }
        return sb.toString();
    }

    /**
     * A zero-width space after a URL scheme or {@code www}: the text reads the same, but no renderer's autolinker
     * turns a URL a model wrote into something a reader can click.
     */
    static String breakAutolinks(String line) {
        // Every form the pattern breaks has a colon or "www": most lines have neither, and skip the pattern's backtracking.
        if (line.indexOf(':') < 0 && line.toLowerCase(java.util.Locale.ROOT).indexOf("www") < 0) {
            return line;
        }
        return AUTOLINK.matcher(line).replaceAll(m -> m.group() + "\u200B");
    }

    // A line that starts with "-", "+", "=" or "1. " would become a list or a heading underline; "666.67" would not.
    private static String startOfLineSafe(String escaped) {
        if (escaped.isEmpty()) {
            return escaped;
        }
        char first = escaped.charAt(0);
        if (first == '-' || first == '+' || first == '=') {
            return "\\" + escaped;
        }
        int digits = 0;
        while (digits < escaped.length() && Character.isDigit(escaped.charAt(digits))) {
            digits++;
        }
        boolean marker = digits > 0 && digits <= 9 && digits < escaped.length()
                && (escaped.charAt(digits) == '.' || escaped.charAt(digits) == ')')
                && (digits + 1 == escaped.length() || escaped.charAt(digits + 1) == ' ' || escaped.charAt(digits + 1) == '\t');
        if (marker) {
            return escaped.substring(0, digits) + "\\" + escaped.substring(digits);
        }
        return escaped;
    }
}
