package dev.architect.dossier;

/** Where an API parameter travels. */
public enum ParameterLocation {
    /** A templated segment of the path, such as {@code {id}}. */
    PATH,
    /** A query-string parameter. */
    QUERY,
    /** An HTTP request header. */
    HEADER
}
