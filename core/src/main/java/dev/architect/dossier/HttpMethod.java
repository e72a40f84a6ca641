package dev.architect.dossier;

/** HTTP methods an API operation may use. */
public enum HttpMethod {
    /** Reads a resource. */
    GET,
    /** Creates a resource or runs an action. */
    POST,
    /** Replaces a resource. */
    PUT,
    /** Updates part of a resource. */
    PATCH,
    /** Deletes a resource. */
    DELETE
}
