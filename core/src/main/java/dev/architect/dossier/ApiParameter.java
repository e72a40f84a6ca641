package dev.architect.dossier;

import dev.architect.internal.Invariants;
import java.util.regex.Pattern;

/** A path, query or header parameter of an API operation. */
public record ApiParameter(String name, ParameterLocation in, ValueType type, boolean required, String description) {

    public static final Pattern NAME = Pattern.compile("[A-Za-z][A-Za-z0-9_-]{0,63}");

    public ApiParameter {
        Invariants.name("parameter", "name", name, NAME);
        String where = "parameter '" + name + "'";
        Invariants.required(where, "in", in);
        Invariants.required(where, "type", type);
        Invariants.check(type != ValueType.OBJECT && type != ValueType.ARRAY, where, "a parameter must be a scalar, not " + type);
    }
}
