package dev.architect.offline.internal.archetype;

import dev.architect.dossier.SchemaProperty;
import dev.architect.dossier.ValueType;
import java.util.Arrays;
import java.util.Locale;
import java.util.Set;

/**
 * A property of an archetype's API schema as the data file writes it: {@code name:TYPE}, {@code name:Schema} for a
 * nested object, {@code name:[TYPE]} or {@code name:[Schema]} for a list; {@code !} marks it required and {@code ?}
 * nullable, e.g. {@code "amount:DECIMAL!"}, {@code "lines:[OrderLine]!"}, {@code "nextCursor:STRING?"}.
 */
record Property(String name, ValueType type, ValueType itemType, String ref, boolean required, boolean nullable) {

    private static final Set<String> SCALARS = Set.of(Arrays.stream(ValueType.values())
            .filter(v -> v != ValueType.OBJECT && v != ValueType.ARRAY).map(Enum::name).toArray(String[]::new));

    static Property parse(String where, String spec) {
        int colon = spec.indexOf(':');
        if (colon < 1) {
            throw new IllegalStateException(where + ": property '" + spec + "' must be name:TYPE");
        }
        String name = spec.substring(0, colon).trim();
        String type = spec.substring(colon + 1).trim();
        boolean required = type.endsWith("!");
        boolean nullable = type.endsWith("?");
        if (required || nullable) {
            type = type.substring(0, type.length() - 1);
        }
        boolean list = type.startsWith("[") && type.endsWith("]");
        if (list) {
            type = type.substring(1, type.length() - 1);
        }
        String upper = type.toUpperCase(Locale.ROOT);
        boolean scalar = SCALARS.contains(upper);
        if (!scalar && !type.matches("[A-Z][A-Za-z0-9]*")) {
            throw new IllegalStateException(where + ": property '" + spec + "' has unknown type '" + type + "'");
        }
        ValueType t = scalar ? ValueType.valueOf(upper) : ValueType.OBJECT;
        String ref = scalar ? null : type;
        return list ? new Property(name, ValueType.ARRAY, t, ref, required, nullable)
                : new Property(name, t, null, ref, required, nullable);
    }

    SchemaProperty toSchema() {
        return new SchemaProperty(name, type, itemType, ref, required, nullable, null);
    }
}
