package dev.architect.deliverables.internal;

/**
 * Diagram and DSL identifiers from element ids. PlantUML aliases and Structurizr identifiers allow only
 * {@code [A-Za-z0-9_]}, while ids may also hold {@code .} and {@code -}; the mapping escapes with {@code _} so that
 * two different ids can never share an identifier ({@code a-b} -> {@code e_a_hb}, {@code a_b} -> {@code e_a_ub}).
 */
public final class Identifiers {

    private Identifiers() {
    }

    public static String of(String id) {
        StringBuilder sb = new StringBuilder(id.length() + 4).append("e_");
        for (int i = 0; i < id.length(); i++) {
            char c = id.charAt(i);
            switch (c) {
                case '_' -> sb.append("_u");
                case '-' -> sb.append("_h");
                case '.' -> sb.append("_d");
                default -> {
                    if (c < 128 && Character.isLetterOrDigit(c)) {
                        sb.append(c);
                    } else {
                        sb.append("_x").append(Integer.toHexString(c)).append('_');
                    }
                }
            }
        }
        return sb.toString();
    }
}
