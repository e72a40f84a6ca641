package dev.architect.internal.request;

import java.util.List;
import java.util.Map;

/**
 * A parsed YAML or JSON document that remembers where each value stood, so that a problem found while binding it
 * can name the line. Jackson's own tree drops locations, hence this small one.
 */
public sealed interface SourceNode {

    int line();

    int column();

    /** How the node reads in an error message: {@code "lots"}, {@code a number (5)}, {@code a list}. */
    String describe();

    enum ScalarKind { TEXT, NUMBER, BOOLEAN, NULL }

    /** A leaf. {@code value} is a String, a Number, a Boolean or null, as {@code kind} says; {@code text} is as written. */
    record Scalar(ScalarKind kind, Object value, String text, int line, int column) implements SourceNode {
        @Override
        public String describe() {
            return switch (kind) {
                case TEXT -> "\"" + abbreviate(text) + "\"";
                case NUMBER -> "a number (" + abbreviate(text) + ")";
                case BOOLEAN -> "a boolean (" + text + ")";
                case NULL -> "null";
            };
        }
    }

    record Sequence(List<SourceNode> items, int line, int column) implements SourceNode {
        @Override
        public String describe() {
            return "a list";
        }
    }

    /** A mapping in document order; duplicate keys were already reported by the parser. */
    record Mapping(Map<String, SourceNode> fields, int line, int column) implements SourceNode {
        @Override
        public String describe() {
            return "an object";
        }
    }

    private static String abbreviate(String s) {
        return s.length() <= 60 ? s : s.substring(0, 57) + "...";
    }
}
