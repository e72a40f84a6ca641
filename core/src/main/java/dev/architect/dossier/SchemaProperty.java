package dev.architect.dossier;

import dev.architect.internal.Invariants;
import java.util.regex.Pattern;

/**
 * A property of a schema. An OBJECT property names the schema it holds in {@code ref}; an ARRAY property says its
 * {@code itemType}, and an array of objects names the item schema in {@code ref}.
 */
public record SchemaProperty(String name, ValueType type, ValueType itemType, String ref, boolean required,
                             boolean nullable, String description) {

    public static final Pattern NAME = Pattern.compile("[A-Za-z_][A-Za-z0-9_]{0,63}");

    public SchemaProperty {
        Invariants.name("property", "name", name, NAME);
        String where = "property '" + name + "'";
        Invariants.required(where, "type", type);
        if (type == ValueType.ARRAY) {
            Invariants.required(where, "itemType", itemType);
            Invariants.check(itemType != ValueType.ARRAY, where, "arrays of arrays are not supported");
        } else {
            Invariants.check(itemType == null, where, "itemType is only for ARRAY properties");
        }
        boolean holdsObject = type == ValueType.OBJECT || itemType == ValueType.OBJECT;
        Invariants.check(holdsObject == (ref != null), where,
                holdsObject ? "an object property must name its schema in ref" : "ref is only for object properties");
    }

    public static SchemaProperty of(String name, ValueType type, boolean required) {
        return new SchemaProperty(name, type, null, null, required, false, null);
    }
}
