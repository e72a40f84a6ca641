package dev.architect.dossier;

/** Where an API parameter travels. */
public enum ParameterLocation {
    PATH, QUERY, HEADER
}
