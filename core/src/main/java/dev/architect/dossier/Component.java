package dev.architect.dossier;

import dev.architect.internal.Invariants;

/**
 * A C4 component: a grouping of code inside a container, such as a module of a modular monolith.
 *
 * @param id the element id, unique across the model
 * @param name the name shown in diagrams
 * @param containerId the id of the container it belongs to
 * @param technology what it is built with; may be null
 * @param description what it does; may be null
 */
public record Component(String id, String name, String containerId, String technology, String description)
        implements C4Element {

    /**
     * Checks the components; a missing or malformed one raises {@link dev.architect.exceptions.InvalidDossierException} naming the field.
     *
     * @param id the element id, unique across the model
     * @param name the name shown in diagrams
     * @param containerId the id of the container it belongs to
     * @param technology what it is built with; may be null
     * @param description what it does; may be null
     */
    public Component {
        String where = Invariants.quoted("component", Invariants.id("component", id));
        Invariants.text(where, "name", name);
        Invariants.text(where, "containerId", containerId);
    }
}
