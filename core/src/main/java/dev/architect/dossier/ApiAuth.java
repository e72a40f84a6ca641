package dev.architect.dossier;

/** How callers of an API authenticate. */
public enum ApiAuth {
    NONE, BEARER_JWT, OAUTH2, API_KEY, MUTUAL_TLS
}
