package dev.architect.offline.internal.design;

import java.util.Locale;
import java.util.Set;

/** Turns free text (system, capability and integration names) into ids, SQL names and schema names. */
final class Names {

    /** PostgreSQL reserved words that cannot be table names unquoted, with the name used instead. */
    private static final Set<String> RESERVED = Set.of("order", "user", "group", "table", "select", "check", "limit",
            "offset", "case", "grant", "all", "default", "end", "column", "primary", "references", "from", "to", "when",
            "where", "window", "analyse", "analyze", "and", "any", "as", "both", "cast", "collate", "constraint", "create",
            "current_user", "desc", "distinct", "do", "else", "except", "false", "fetch", "for", "foreign", "having", "in",
            "initially", "intersect", "into", "leading", "not", "null", "only", "or", "placing", "returning", "session_user",
            "some", "symmetric", "then", "trailing", "true", "union", "unique", "using", "variadic", "with");

    private Names() {
    }

    /** A C4 id: lower case words joined by dashes, e.g. "Order Management" -> "order-management". */
    static String slug(String text) {
        String s = text.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-+|-+$)", "");
        if (s.length() > 40) {
            s = s.substring(0, 40).replaceAll("-+$", "");
        }
        return s.isEmpty() ? "x" : Character.isLetterOrDigit(s.charAt(0)) ? s : "x" + s;
    }

    /** A lower snake case SQL name that PostgreSQL accepts unquoted. */
    static String table(String text) {
        String s = slug(text).replace('-', '_');
        if (!Character.isLetter(s.charAt(0))) {
            s = "t_" + s;
        }
        if (RESERVED.contains(s)) {
            return s.equals("order") ? "customer_order" : s.equals("user") ? "app_user" : s + "_record";
        }
        return s.length() > 63 ? s.substring(0, 63) : s;
    }

    /** "clinical_record" -> "ClinicalRecord". */
    static String pascal(String snake) {
        StringBuilder sb = new StringBuilder();
        for (String part : snake.split("[_-]+")) {
            if (!part.isEmpty()) {
                sb.append(Character.toUpperCase(part.charAt(0))).append(part.substring(1));
            }
        }
        return sb.toString();
    }

    /** "clinical_record" -> "clinicalRecord". */
    static String camel(String snake) {
        String p = pascal(snake);
        return Character.toLowerCase(p.charAt(0)) + p.substring(1);
    }

    /** "order" -> "an order", "payment" -> "a payment": the article by the first letter, "u" taken as in "user". */
    static String withArticle(String noun) {
        boolean vowel = !noun.isEmpty() && "aeio".indexOf(Character.toLowerCase(noun.charAt(0))) >= 0;
        return (vowel ? "an " : "a ") + noun;
    }

    /** "patients" -> "Patients", for titles. */
    /** "Buffers every reading" -> "buffers every reading", for a clause inside a sentence. */
    static String lowerFirst(String text) {
        return text.isEmpty() ? text : text.substring(0, 1).toLowerCase(java.util.Locale.ROOT) + text.substring(1);
    }

        static String capitalise(String text) {
        return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }

    /** A naive singular of an English plural: "records" -> "record", "statuses" -> "status". */
    static String singular(String word) {
        if (word.endsWith("ies") && word.length() > 4) {
            return word.substring(0, word.length() - 3) + "y";
        }
        if (word.endsWith("sses") || word.endsWith("uses")) {
            return word.substring(0, word.length() - 2);
        }
        if (word.endsWith("s") && !word.endsWith("ss") && word.length() > 3) {
            return word.substring(0, word.length() - 1);
        }
        return word;
    }
}
