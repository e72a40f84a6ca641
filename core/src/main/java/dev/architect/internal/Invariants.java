package dev.architect.internal;

import dev.architect.exceptions.InvalidDossierException;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Checks used by the dossier records' compact constructors. Every message starts with the element it concerns,
 * e.g. {@code risk 'r-3': likelihood must be 1-5 but was 7}, so a reader (or a model asked to repair its reply)
 * knows exactly what to fix.
 */
public final class Invariants {

    /** Element ids: short, no spaces, safe to use as file-name and diagram-alias stems after mapping. */
    public static final Pattern ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,79}");
    /** Table and column names: lower snake case, valid unquoted in PostgreSQL. */
    public static final Pattern SQL_NAME = Pattern.compile("[a-z][a-z0-9_]{0,62}");

    private Invariants() {
    }

    public static String id(String kind, String id) {
        if (id == null || id.isBlank()) {
            throw new InvalidDossierException(kind + ": id is missing");
        }
        if (!ID.matcher(id).matches()) {
            throw new InvalidDossierException(kind + " '" + id + "': id must match " + ID.pattern());
        }
        return id;
    }

    public static String name(String where, String field, String value, Pattern pattern) {
        text(where, field, value);
        if (!pattern.matcher(value).matches()) {
            throw new InvalidDossierException(where + ": " + field + " '" + value + "' must match " + pattern.pattern());
        }
        return value;
    }

    public static String text(String where, String field, String value) {
        if (value == null || value.isBlank()) {
            throw new InvalidDossierException(where + ": " + field + " is missing");
        }
        return value;
    }

    public static <T> T required(String where, String field, T value) {
        if (value == null) {
            throw new InvalidDossierException(where + ": " + field + " is missing");
        }
        return value;
    }

    /** An unmodifiable copy; null becomes empty; a null or blank element is an error naming its index. */
    public static <T> List<T> list(String where, String field, List<T> list) {
        if (list == null) {
            return List.of();
        }
        for (int i = 0; i < list.size(); i++) {
            T element = list.get(i);
            if (element == null || element instanceof String s && s.isBlank()) {
                throw new InvalidDossierException(where + ": " + field + "[" + i + "] is empty");
            }
        }
        return List.copyOf(list);
    }

    public static <T> List<T> nonEmptyList(String where, String field, List<T> list) {
        List<T> copy = list(where, field, list);
        if (copy.isEmpty()) {
            throw new InvalidDossierException(where + ": " + field + " must not be empty");
        }
        return copy;
    }

    public static int range(String where, String field, int value, int min, int max) {
        if (value < min || value > max) {
            throw new InvalidDossierException(where + ": " + field + " must be " + min + "-" + max + " but was " + value);
        }
        return value;
    }

    public static double nonNegative(String where, String field, double value) {
        if (!(value >= 0) || Double.isInfinite(value)) {
            throw new InvalidDossierException(where + ": " + field + " must be a finite number >= 0 but was " + value);
        }
        return value;
    }

    public static void check(boolean condition, String where, String message) {
        if (!condition) {
            throw new InvalidDossierException(where + ": " + message);
        }
    }

    /** Fails on the first id that occurs twice, naming it and the kind of element. */
    public static void unique(String where, String kind, Collection<String> ids) {
        Set<String> seen = new HashSet<>();
        for (String id : ids) {
            if (!seen.add(id)) {
                throw new InvalidDossierException(where + ": duplicate " + kind + " '" + id + "'");
            }
        }
    }

    public static String quoted(String kind, String id) {
        return kind + " '" + id + "'";
    }
}
