package dev.architect.offline.internal.design;

import dev.architect.dossier.DataType;
import dev.architect.dossier.ValueType;

/** A field of a resource as the catalogue writes it, {@code name:TYPE}, mapped to a column and an API property. */
record Field(String column, DataType type) {

    static Field parse(String spec) {
        int colon = spec.indexOf(':');
        if (colon < 0) {
            throw new IllegalStateException("catalogue field '" + spec + "' must be name:TYPE");
        }
        return new Field(spec.substring(0, colon), DataType.valueOf(spec.substring(colon + 1)));
    }

    String property() {
        return Names.camel(column);
    }

    /** Timestamps of later events (sent, acknowledged) are empty until they happen. */
    boolean nullable() {
        return type == DataType.TIMESTAMP && !column.equals("recorded_at") && !column.equals("placed_at")
                && !column.equals("starts_at") && !column.equals("raised_at");
    }

    ValueType valueType() {
        return switch (type) {
            case UUID -> ValueType.UUID;
            case INTEGER, BIGINT -> ValueType.INTEGER;
            case DECIMAL -> ValueType.DECIMAL;
            case BOOLEAN -> ValueType.BOOLEAN;
            case DATE -> ValueType.DATE;
            case TIMESTAMP -> ValueType.DATE_TIME;
            case TEXT, JSON, BYTES -> column.equals("email") ? ValueType.EMAIL : column.equals("currency") ? ValueType.CURRENCY : ValueType.STRING;
        };
    }
}
