package dev.architect.offline.internal.archetype;

import dev.architect.dossier.DataType;
import java.util.Locale;

/** A column of an archetype's entity as the data file writes it: {@code name:TYPE}, with {@code ?} when nullable. */
public record Column(String name, DataType type, boolean nullable) {

    static Column parse(String where, String spec) {
        int colon = spec.indexOf(':');
        if (colon < 1) {
            throw new IllegalStateException(where + ": column '" + spec + "' must be name:TYPE");
        }
        String type = spec.substring(colon + 1).trim();
        boolean nullable = type.endsWith("?");
        if (nullable) {
            type = type.substring(0, type.length() - 1);
        }
        try {
            return new Column(spec.substring(0, colon).trim(), DataType.valueOf(type.toUpperCase(Locale.ROOT)), nullable);
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException(where + ": column '" + spec + "' has unknown type '" + type + "'", e);
        }
    }
}
