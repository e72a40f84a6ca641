package dev.architect.dossier;

/** What a C4 container is; decides its diagram shape and how it is deployed. */
public enum ContainerKind {
    WEB_APP, MOBILE_APP, SERVICE, API_GATEWAY, FUNCTION, WORKER, DATABASE, CACHE, MESSAGE_BROKER, OBJECT_STORE, SEARCH_INDEX
}
