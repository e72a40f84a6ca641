package dev.architect.dossier;

/** Areas of a technology stack. */
public enum TechCategory {
    LANGUAGE, FRAMEWORK, DATABASE, CACHE, MESSAGING, SEARCH, STORAGE, API_GATEWAY, IDENTITY, CDN, COMPUTE, INFRASTRUCTURE_AS_CODE, CI_CD, OBSERVABILITY, SECURITY, OTHER
}
