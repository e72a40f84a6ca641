package dev.architect.dossier;

import dev.architect.internal.Invariants;

/**
 * A C4 container: a separately deployed or run unit (service, database, broker, ...) inside a software system.
 *
 * @param id the element id, unique across the model
 * @param name the name shown in diagrams
 * @param systemId the id of the software system it belongs to
 * @param kind what it is
 * @param technology what it is built or run with, e.g. {@code Java 17, Spring Boot}
 * @param description what it does; may be null
 */
public record Container(String id, String name, String systemId, ContainerKind kind, String technology,
                        String description) implements C4Element {

    /**
     * Checks the components; a missing or malformed one raises {@link dev.architect.exceptions.InvalidDossierException} naming the field.
     *
     * @param id the element id, unique across the model
     * @param name the name shown in diagrams
     * @param systemId the id of the software system it belongs to
     * @param kind what it is
     * @param technology what it is built or run with, e.g. {@code Java 17, Spring Boot}
     * @param description what it does; may be null
     */
    public Container {
        String where = Invariants.quoted("container", Invariants.id("container", id));
        Invariants.text(where, "name", name);
        Invariants.text(where, "systemId", systemId);
        Invariants.required(where, "kind", kind);
        Invariants.text(where, "technology", technology);
    }

    /**
     * Whether the container stores data (database, cache, broker, object store, search index).
     *
     * @return whether the kind is a data store
     */
    public boolean isDataStore() {
        return switch (kind) {
            case DATABASE, CACHE, MESSAGE_BROKER, OBJECT_STORE, SEARCH_INDEX -> true;
            default -> false;
        };
    }
}
