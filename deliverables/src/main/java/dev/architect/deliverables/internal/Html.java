package dev.architect.deliverables.internal;

/** HTML escaping of untrusted text. */
public final class Html {

    private Html() {
    }

    /** Safe in element content and in quoted attribute values. */
    public static String escape(String text) {
        return escape(text, true);
    }

    /** Safe in element content only; leaves quotes readable (used under Markdown, which has no attributes). */
    public static String escapeContent(String text) {
        return escape(text, false);
    }

    private static String escape(String text, boolean quotes) {
        String value = text == null ? "" : text;
        StringBuilder sb = new StringBuilder(value.length() + 16);
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            switch (c) {
                case '&' -> sb.append("&amp;");
                case '<' -> sb.append("&lt;");
                case '>' -> sb.append("&gt;");
                case '"' -> sb.append(quotes ? "&quot;" : "\"");
                case '\'' -> sb.append(quotes ? "&#39;" : "'");
                default -> sb.append(c);
            }
        }
        return sb.toString();
    }
}
