package dev.architect.offline.internal.design;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
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
        return dev.architect.offline.internal.catalog.Words.slug(text);
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

    /** "a, b and c": a list inside a sentence. */
    static String list(java.util.List<String> parts) {
        if (parts.size() <= 1) {
            return String.join("", parts);
        }
        return String.join(", ", parts.subList(0, parts.size() - 1)) + " and " + parts.get(parts.size() - 1);
    }

    /** "Buffers every reading" -> "buffers every reading", for a clause inside a sentence. */
    static String lowerFirst(String text) {
        return text.isEmpty() ? text : text.substring(0, 1).toLowerCase(java.util.Locale.ROOT) + text.substring(1);
    }

    /** "patients" -> "Patients", for titles. */
    static String capitalise(String text) {
        return dev.architect.offline.internal.catalog.Words.capitalise(text);
    }

    /** The irregular and uncountable nouns of inflections.yaml, read once. */
    private static final class Inflections {
        static final Map<String, String> PLURAL_OF;
        static final Map<String, String> SINGULAR_OF;
        static final Set<String> UNCOUNTABLE;

        static {
            String resource = "/dev/architect/offline/inflections.yaml";
            JsonNode root = dev.architect.offline.internal.catalog.DataFiles.shipped(resource, "inflections",
                    (in, where) -> dev.architect.offline.internal.catalog.DataFiles.tree(in));
            Map<String, String> plural = new HashMap<>();
            Map<String, String> singular = new HashMap<>();
            root.path("irregular").properties().forEach(e -> {
                String one = e.getKey().toLowerCase(Locale.ROOT);
                String many = e.getValue().asText().toLowerCase(Locale.ROOT);
                plural.put(one, many);
                singular.put(many, one);
            });
            Set<String> uncountable = new HashSet<>();
            root.path("uncountable").forEach(n -> uncountable.add(n.asText().toLowerCase(Locale.ROOT)));
            PLURAL_OF = Map.copyOf(plural);
            SINGULAR_OF = Map.copyOf(singular);
            UNCOUNTABLE = Set.copyOf(uncountable);
        }
    }

    private static boolean consonant(char c) {
        return "aeiou".indexOf(c) < 0;
    }

    /** The singular of an English noun: "quizzes" -> "quiz", "dispatches" -> "dispatch", "statuses" -> "status". */
    static String singular(String word) {
        String w = word.toLowerCase(Locale.ROOT);
        if (Inflections.UNCOUNTABLE.contains(w) || Inflections.PLURAL_OF.containsKey(w) && !Inflections.SINGULAR_OF.containsKey(w)) {
            return word;
        }
        String irregular = Inflections.SINGULAR_OF.get(w);
        if (irregular != null) {
            return irregular;
        }
        int n = w.length();
        if (w.endsWith("ies") && n > 4) {
            return word.substring(0, n - 3) + "y";
        }
        if (w.endsWith("sses") || w.endsWith("ches") || w.endsWith("shes") || w.endsWith("xes") || w.endsWith("zzes")
                || w.endsWith("uses") && n > 5 && consonant(w.charAt(n - 5))) {
            return word.substring(0, n - 2);
        }
        if (w.endsWith("s") && !w.endsWith("ss") && !w.endsWith("us") && !w.endsWith("is") && n > 3) {
            return word.substring(0, n - 1);
        }
        return word;
    }

    /** The plural of an English noun: "quiz" -> "quizzes", "dispatch" -> "dispatches", "category" -> "categories". */
    static String plural(String word) {
        String w = word.toLowerCase(Locale.ROOT);
        if (Inflections.UNCOUNTABLE.contains(w) || Inflections.SINGULAR_OF.containsKey(w) && !Inflections.PLURAL_OF.containsKey(w)) {
            return word;
        }
        String irregular = Inflections.PLURAL_OF.get(w);
        if (irregular != null) {
            return irregular;
        }
        int n = w.length();
        if (w.endsWith("s") || w.endsWith("x") || w.endsWith("z") || w.endsWith("ch") || w.endsWith("sh")) {
            return word + "es";
        }
        if (w.endsWith("y") && n > 1 && consonant(w.charAt(n - 2))) {
            return word.substring(0, n - 1) + "ies";
        }
        return word + "s";
    }

    /** The plural of the last word of a snake or dash name: "parts_category" -> "parts_categories". */
    static String pluralOfLast(String name) {
        int cut = Math.max(name.lastIndexOf('_'), name.lastIndexOf('-')) + 1;
        return name.substring(0, cut) + plural(name.substring(cut));
    }
}
