package dev.architect.dossier;

/** Anything a C4 diagram draws as a box: a person, software system, container or component. */
public sealed interface C4Element permits Person, SoftwareSystem, Container, Component {

    /**
     * The element id, unique across all elements of the model.
     *
     * @return the id
     */
    String id();

    /**
     * The name shown in diagrams.
     *
     * @return the name
     */
    String name();

    /**
     * What the element is or does; may be null.
     *
     * @return the description
     */
    String description();
}
