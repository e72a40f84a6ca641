package dev.architect.dossier;

import dev.architect.internal.Invariants;

/**
 * A C4 software system: the one being designed, or an {@code external} one it integrates with.
 *
 * @param id the element id, unique across the model
 * @param name the system name
 * @param description what it does; may be null
 * @param external whether it is outside the design (a system it integrates with)
 */
public record SoftwareSystem(String id, String name, String description, boolean external) implements C4Element {

    /**
     * Checks the components; a missing or malformed one raises {@link dev.architect.exceptions.InvalidDossierException} naming the field.
     *
     * @param id the element id, unique across the model
     * @param name the system name
     * @param description what it does; may be null
     * @param external whether it is outside the design (a system it integrates with)
     */
    public SoftwareSystem {
        Invariants.text(Invariants.quoted("software system", Invariants.id("software system", id)), "name", name);
    }
}
