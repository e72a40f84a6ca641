package dev.architect.dossier;

/** HTTP methods an API operation may use. */
public enum HttpMethod {
    GET, POST, PUT, PATCH, DELETE
}
