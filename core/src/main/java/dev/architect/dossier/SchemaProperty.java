package dev.architect.dossier;

import dev.architect.internal.Invariants;
import java.util.regex.Pattern;

/**
 * A property of a schema. An OBJECT property names the schema it holds in {@code ref}; an ARRAY property says its
 * {@code itemType}, and an array of objects names the item schema in {@code ref}.
 *
 * @param name the property name; matches {@link #NAME}
 * @param type its value type
 * @param itemType the item type of an ARRAY property, or null
 * @param ref the schema an OBJECT property (or an array of objects) holds, or null
 * @param required whether every instance carries it
 * @param nullable whether it may be null
 * @param description what it means; may be null
 */
public record SchemaProperty(String name, ValueType type, ValueType itemType, String ref, boolean required,
                             boolean nullable, String description) {

    /** The form of a property name: a letter or underscore, then up to 63 letters, digits or underscores. */
    public static final Pattern NAME = Pattern.compile("[A-Za-z_][A-Za-z0-9_]{0,63}");

    /**
     * Checks the components; a missing or malformed one raises {@link dev.architect.exceptions.InvalidDossierException} naming the field.
     *
     * @param name the property name; matches {@link #NAME}
     * @param type its value type
     * @param itemType the item type of an ARRAY property, or null
     * @param ref the schema an OBJECT property (or an array of objects) holds, or null
     * @param required whether every instance carries it
     * @param nullable whether it may be null
     * @param description what it means; may be null
     */
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

    /**
     * A scalar property with no description, format or reference.
     *
     * @param name the property name
     * @param type its value type
     * @param required whether every instance carries it
     * @return the property
     */
    public static SchemaProperty of(String name, ValueType type, boolean required) {
        return new SchemaProperty(name, type, null, null, required, false, null);
    }
}
