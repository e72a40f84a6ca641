package dev.architect.dossier;

/** How callers of an API authenticate. */
public enum ApiAuth {
    /** No authentication; a public API. */
    NONE,
    /** A signed JWT in the {@code Authorization: Bearer} header. */
    BEARER_JWT,
    /** OAuth 2.0 access tokens from an authorization server. */
    OAUTH2,
    /** A static key sent in a header. */
    API_KEY,
    /** Client certificates checked during the TLS handshake. */
    MUTUAL_TLS
}
