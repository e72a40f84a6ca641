package dev.architect.dossier;

/** What a C4 container is; decides its diagram shape and how it is deployed. */
public enum ContainerKind {
    /** A browser application. */
    WEB_APP,
    /** An iOS or Android application. */
    MOBILE_APP,
    /** A long-running server process, such as an HTTP API. */
    SERVICE,
    /** The entry point that routes, authenticates and rate-limits API calls. */
    API_GATEWAY,
    /** A serverless function run per event. */
    FUNCTION,
    /** A background process that consumes jobs or messages. */
    WORKER,
    /** A database holding the system of record. */
    DATABASE,
    /** An in-memory cache such as Redis. */
    CACHE,
    /** A queue or log such as Kafka or SQS. */
    MESSAGE_BROKER,
    /** Blob storage such as S3. */
    OBJECT_STORE,
    /** A full-text or vector search index. */
    SEARCH_INDEX
}
