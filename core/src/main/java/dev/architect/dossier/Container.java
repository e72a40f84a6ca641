package dev.architect.dossier;

import dev.architect.internal.Invariants;

/** A C4 container: a separately deployed or run unit (service, database, broker, ...) inside a software system. */
public record Container(String id, String name, String systemId, ContainerKind kind, String technology,
                        String description) implements C4Element {

    /**
     * Checks the components; a missing or malformed one raises {@link dev.architect.exceptions.InvalidDossierException} naming the field.
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
