package dev.architect.deliverables.plantuml;

import dev.architect.deliverables.internal.Text;
import java.util.Locale;

/**
 * The one place PlantUML labels are escaped. Model text becomes a single line (so no {@code !include},
 * {@code @enduml} or {@code '} can start a line of its own) in which every ASCII character with a meaning to
 * PlantUML's preprocessor or Creole ({@code " ' < > [ ] { } % $ \ ! @ ~ `}) is written as its {@code <U+XXXX>}
 * code, which PlantUML draws as the character itself: no quote ends the label, no {@code <img:...>} or
 * {@code [[link]]} fetches anything, no {@code %getenv()} or {@code $variable} is expanded. The second of a doubled
 * {@code / * _ -} is coded too, so {@code https://} or {@code --} is not read as Creole italics or strike-through.
 */
public final class PlantUmlText {

    private static final String CODED = "\"'<>[]{}%$\\!@~`";
    private static final String CREOLE_WHEN_DOUBLED = "/*_-";

    private PlantUmlText() {
    }

    /** A label, safe inside a quoted macro argument, after {@code title} or after {@code :} of a message. */
    public static String label(String text) {
        String line = Text.oneLine(text);
        StringBuilder sb = new StringBuilder(line.length() + 16);
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            boolean doubled = i > 0 && line.charAt(i - 1) == c && CREOLE_WHEN_DOUBLED.indexOf(c) >= 0;
            if (CODED.indexOf(c) >= 0 || doubled) {
                sb.append("<U+").append(String.format(Locale.ROOT, "%04X", (int) c)).append('>');
            } else {
                sb.append(c);
            }
        }
        return sb.toString();
    }

    /** A label in double quotes, as macro arguments and participant names take it. */
    public static String quoted(String text) {
        return "\"" + label(text) + "\"";
    }
}
