package dev.architect.deliverables.internal;

import dev.architect.dossier.ContainerKind;

/** The layer a container sits in, by its kind: how a container view too large to read is grouped. */
public enum ContainerLayer {
    /** Web and mobile applications. */
    CLIENTS("Clients", "clients"),
    /** API gateways. */
    EDGE("Edge", "edge"),
    /** Services, functions and workers. */
    SERVICES("Services", "services"),
    /** Databases, caches, brokers, object stores and search indexes. */
    DATA("Data stores", "data");

    private final String title;
    private final String slug;

    ContainerLayer(String title, String slug) {
        this.title = title;
        this.slug = slug;
    }

    /** The layer's name in diagram titles, e.g. {@code Data stores}. */
    public String title() {
        return title;
    }

    /** The layer in file names and view keys, e.g. {@code data}. */
    public String slug() {
        return slug;
    }

    /** The layer of a kind of container; a new kind must be placed here (the switch has no default). */
    public static ContainerLayer of(ContainerKind kind) {
        return switch (kind) {
            case WEB_APP, MOBILE_APP -> CLIENTS;
            case API_GATEWAY -> EDGE;
            case SERVICE, FUNCTION, WORKER -> SERVICES;
            case DATABASE, CACHE, MESSAGE_BROKER, OBJECT_STORE, SEARCH_INDEX -> DATA;
        };
    }
}
