package dev.architect.dossier;

import dev.architect.internal.Invariants;
import java.util.List;

/**
 * An index of an entity, on one or more of its fields in order; {@code unique} makes it a unique constraint (one
 * booking per slot, one message per client id). {@code reason} says which access pattern or rule it serves.
 *
 * @param fields the indexed fields, in order
 * @param unique whether the index is a unique constraint
 * @param reason the access pattern or rule it serves
 */
public record EntityIndex(List<String> fields, boolean unique, String reason) {

    /**
     * Checks the components; a missing or malformed one raises {@link dev.architect.exceptions.InvalidDossierException} naming the field.
     *
     * @param fields the indexed fields, in order
     * @param unique whether the index is a unique constraint
     * @param reason the access pattern or rule it serves
     */
    public EntityIndex {
        fields = Invariants.nonEmptyList("index", "fields", fields);
        Invariants.unique("index", "field", fields);
    }
}
