package dev.architect.deliverables.plantuml;

import dev.architect.deliverables.internal.Text;
import java.util.Locale;

/**
 * The one place PlantUML labels are escaped. Model text becomes a single line (so no {@code !include},
 * {@code @enduml} or {@code '} can start a line of its own) in which every ASCII character with a meaning to
 * PlantUML's preprocessor or Creole ({@code " ' < > [ ] { } % $ \ ! @ ~ `}) is written as its {@code <U+XXXX>}
 * code, which PlantUML draws as the character itself: no quote ends the label, no {@code <img:...>} or
 * {@code [[link]]} fetches anything, no {@code %getenv()} or {@code $variable} is expanded. A {@code (} right after a
 * word character is coded as well: the preprocessor expands {@code Rel(a, b)} or {@code SHOW_LEGEND()} even inside
 * a quoted label, and a call it cannot evaluate breaks the whole diagram. The second of a doubled
 * {@code / * _ -} is coded too, so {@code https://} or {@code --} is not read as Creole italics or strike-through.
 */
public final class PlantUmlText {

    private static final String CODED = "\"'<>[]{}%$\\!@~`";
    private static final String CREOLE_WHEN_DOUBLED = "/*_-";
    static final int MAX_LABEL = 1000;

    private PlantUmlText() {
    }

    /**
     * A label, safe inside a quoted macro argument, after {@code title} or after {@code :} of a message. At most
     * {@value #MAX_LABEL} characters once coded (longer text is cut, ending in an ellipsis): PlantUML reports a syntax
     * error for a sequence message of about 2,000 characters, and the full text is in the Markdown and HTML anyway.
     *
     * @param text any text, model-written included
     * @return the coded label
     */
    public static String label(String text) {
        String line = Text.oneLine(text);
        StringBuilder sb = new StringBuilder(Math.min(line.length() + 16, MAX_LABEL));
        int previous = ' ';
        for (int i = 0; i < line.length(); ) {
            int c = line.codePointAt(i);
            i += Character.charCount(c);
            boolean doubled = previous == c && CREOLE_WHEN_DOUBLED.indexOf(c) >= 0;
            boolean call = c == '(' && (Character.isLetterOrDigit(previous) || previous == '_');
            String piece = CODED.indexOf(c) >= 0 || doubled || call
                    ? "<U+" + String.format(Locale.ROOT, "%04X", c) + ">" : new String(Character.toChars(c));
            int room = i < line.length() ? MAX_LABEL - 1 : MAX_LABEL; // keep one for the ellipsis unless this is the end
            if (sb.length() + piece.length() > room) {
                return sb.append('\u2026').toString();
            }
            sb.append(piece);
            previous = c;
        }
        return sb.toString();
    }

    /**
     * A label in double quotes, as macro arguments and participant names take it.
     *
     * @param text any text, model-written included
     * @return the quoted, coded label
     */
    public static String quoted(String text) {
        return "\"" + label(text) + "\"";
    }
}
