package dev.architect.dossier;

/** Areas of a technology stack. */
public enum TechCategory {
    /** A programming language. */
    LANGUAGE,
    /** An application framework. */
    FRAMEWORK,
    /** A database. */
    DATABASE,
    /** A cache. */
    CACHE,
    /** A message broker or queue. */
    MESSAGING,
    /** A search engine. */
    SEARCH,
    /** Object or file storage. */
    STORAGE,
    /** An API gateway. */
    API_GATEWAY,
    /** An identity provider. */
    IDENTITY,
    /** A content delivery network. */
    CDN,
    /** Where code runs (containers, functions, VMs). */
    COMPUTE,
    /** A tool that provisions infrastructure from code. */
    INFRASTRUCTURE_AS_CODE,
    /** A build and deployment pipeline. */
    CI_CD,
    /** Logging, metrics or tracing. */
    OBSERVABILITY,
    /** A security tool or service. */
    SECURITY,
    /** Anything the other categories do not cover. */
    OTHER
}
