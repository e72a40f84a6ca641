package dev.architect.dossier;

/** Anything a C4 diagram draws as a box: a person, software system, container or component. */
public sealed interface C4Element permits Person, SoftwareSystem, Container, Component {

    String id();

    String name();

    String description();
}
