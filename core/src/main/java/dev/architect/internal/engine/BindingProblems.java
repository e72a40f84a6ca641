package dev.architect.internal.engine;

import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.PropertyBindingException;
import dev.architect.exceptions.InvalidDossierException;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Says why a reply could not be bound to its record in the dossier's own terms (a field path and what is wrong with
 * it), never in the JSON library's: a model repairs what it is told, and a library's message about its own
 * configuration only confuses it. A record's own invariants already speak the dossier's language and pass through.
 */
final class BindingProblems {

    private BindingProblems() {
    }

    static String describe(InvalidDossierException e) {
        if (!(e.getCause() instanceof JsonMappingException mapping) || mapping.getCause() instanceof InvalidDossierException) {
            return e.getMessage();
        }
        String path = path(mapping);
        String where = path.isEmpty() ? "the reply" : path;
        if (mapping instanceof PropertyBindingException unknown) {
            return where + ": unknown field '" + unknown.getPropertyName() + "'"
                    + (unknown.getKnownPropertyIds() == null ? "" : "; the fields are " + unknown.getKnownPropertyIds());
        }
        if (mapping instanceof InvalidFormatException format) {
            return where + ": " + shown(format.getValue()) + " is not " + expected(format.getTargetType());
        }
        if (mapping instanceof MismatchedInputException mismatch) {
            Class<?> target = mismatch.getTargetType();
            boolean wasNull = mapping.getOriginalMessage() != null && mapping.getOriginalMessage().contains("null");
            return where + ": " + (wasNull ? "is null but must be " : "must be ") + expected(target);
        }
        return where + ": cannot be read; check its type against the schema";
    }

    /** What a value of the type looks like, in words a model can act on. */
    static String expected(Class<?> type) {
        if (type == null) {
            return "of the type the schema gives";
        }
        if (type.isEnum()) {
            return "one of " + Arrays.stream(type.getEnumConstants()).map(c -> ((Enum<?>) c).name()).toList();
        }
        if (type == int.class || type == Integer.class || type == long.class || type == Long.class) {
            return "a whole number";
        }
        if (type == double.class || type == Double.class || type == float.class || type == Float.class) {
            return "a number";
        }
        if (type == boolean.class || type == Boolean.class) {
            return "true or false";
        }
        if (type == String.class) {
            return "a string";
        }
        if (Collection.class.isAssignableFrom(type) || type.isArray()) {
            return "an array";
        }
        if (Map.class.isAssignableFrom(type) || type.isRecord()) {
            return "an object with the fields the schema gives";
        }
        return "a " + type.getSimpleName().toLowerCase(Locale.ROOT);
    }

    private static String shown(Object value) {
        return value instanceof String s ? "'" + s + "'" : String.valueOf(value);
    }

    /** A path such as {@code risks[2].likelihood}. */
    private static String path(JsonMappingException e) {
        return dev.architect.internal.JsonPaths.of(e);
    }
}
