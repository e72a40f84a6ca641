package dev.architect.dossier;

import dev.architect.internal.Invariants;

/**
 * A C4 person: a human user of the system; {@code external} when outside the organisation.
 *
 * @param id the element id, unique across the model
 * @param name the role, e.g. Shopper
 * @param description what the person does with the system; may be null
 * @param external whether the person is outside the organisation
 */
public record Person(String id, String name, String description, boolean external) implements C4Element {

    /**
     * Checks the components; a missing or malformed one raises {@link dev.architect.exceptions.InvalidDossierException} naming the field.
     *
     * @param id the element id, unique across the model
     * @param name the role, e.g. Shopper
     * @param description what the person does with the system; may be null
     * @param external whether the person is outside the organisation
     */
    public Person {
        Invariants.text(Invariants.quoted("person", Invariants.id("person", id)), "name", name);
    }
}
