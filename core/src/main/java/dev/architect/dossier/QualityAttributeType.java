package dev.architect.dossier;

/** The quality attributes an architecture is judged on. */
public enum QualityAttributeType {
    PERFORMANCE, SCALABILITY, AVAILABILITY, RELIABILITY, DURABILITY, SECURITY, COMPLIANCE, MAINTAINABILITY, OBSERVABILITY, COST
}
