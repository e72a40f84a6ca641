package dev.architect.dossier;

import dev.architect.internal.Invariants;
import java.util.regex.Pattern;

/**
 * A path, query or header parameter of an API operation. {@code minimum} and {@code maximum} bound an INTEGER
 * parameter (a page size of 1 to 100), or are null when unbounded.
 *
 * @param name the parameter name; matches {@link #NAME}
 * @param in where the parameter is sent
 * @param type its scalar value type
 * @param required whether every call must send it; true for a PATH parameter
 * @param description what it means; may be null
 * @param minimum the lowest value of an INTEGER parameter, or null
 * @param maximum the highest value of an INTEGER parameter, or null
 */
public record ApiParameter(String name, ParameterLocation in, ValueType type, boolean required, String description,
                           Long minimum, Long maximum) {

    /**
     * An unbounded parameter.
     *
     * @param name the parameter name; matches {@link #NAME}
     * @param in where the parameter is sent
     * @param type its scalar value type
     * @param required whether every call must send it; true for a PATH parameter
     * @param description what it means; may be null
     */
    public ApiParameter(String name, ParameterLocation in, ValueType type, boolean required, String description) {
        this(name, in, type, required, description, null, null);
    }

    /** The form of a parameter name: a letter, then up to 63 letters, digits, underscores or hyphens. */
    public static final Pattern NAME = Pattern.compile("[A-Za-z][A-Za-z0-9_-]{0,63}");

    /**
     * Checks the components; a missing or malformed one raises {@link dev.architect.exceptions.InvalidDossierException} naming the field.
     *
     * @param name the parameter name; matches {@link #NAME}
     * @param in where the parameter is sent
     * @param type its scalar value type
     * @param required whether every call must send it; true for a PATH parameter
     * @param description what it means; may be null
     * @param minimum the lowest value of an INTEGER parameter, or null
     * @param maximum the highest value of an INTEGER parameter, or null
     */
    public ApiParameter {
        Invariants.name("parameter", "name", name, NAME);
        String where = "parameter '" + name + "'";
        Invariants.required(where, "in", in);
        Invariants.required(where, "type", type);
        Invariants.check(type != ValueType.OBJECT && type != ValueType.ARRAY, where, "a parameter must be a scalar, not " + type);
        Invariants.check(minimum == null && maximum == null || type == ValueType.INTEGER, where, "only an INTEGER parameter has bounds");
        Invariants.check(minimum == null || maximum == null || minimum <= maximum, where, "minimum " + minimum + " exceeds maximum " + maximum);
    }
}
