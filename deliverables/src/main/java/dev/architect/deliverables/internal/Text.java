package dev.architect.deliverables.internal;

/** Normalisation of untrusted text shared by every format: one line, no control or invisible formatting characters. */
public final class Text {

    private Text() {
    }

    /**
     * Line breaks of every kind (LF, CR, NEL, U+2028, U+2029), tabs and other control characters become spaces;
     * invisible format characters (bidi overrides, zero-width joiners) are dropped; runs of spaces collapse. A line
     * break is what turns a label into a directive in PlantUML, DSL and SQL comments, so none survives.
     */
    public static String oneLine(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder sb = new StringBuilder(text.length());
        boolean space = false;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            i += Character.charCount(cp);
            int type = Character.getType(cp);
            if (type == Character.FORMAT || type == Character.SURROGATE || type == Character.UNASSIGNED
                    || type == Character.PRIVATE_USE) {
                continue;
            }
            if (Character.isWhitespace(cp) || Character.isSpaceChar(cp) || type == Character.CONTROL) {
                space = !sb.isEmpty();
                continue;
            }
            if (space) {
                sb.append(' ');
                space = false;
            }
            sb.appendCodePoint(cp);
        }
        return sb.toString();
    }

    /** {@code value} on one line, or {@code fallback} when the value is null or blank. */
    public static String oneLine(String text, String fallback) {
        String line = oneLine(text);
        return line.isEmpty() ? fallback : line;
    }
}
