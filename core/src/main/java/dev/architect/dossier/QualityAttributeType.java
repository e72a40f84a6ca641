package dev.architect.dossier;

/** The quality attributes an architecture is judged on. */
public enum QualityAttributeType {
    /** Latency and throughput. */
    PERFORMANCE,
    /** Growth in load or data without redesign. */
    SCALABILITY,
    /** Share of time the system serves requests. */
    AVAILABILITY,
    /** Correct behaviour under faults. */
    RELIABILITY,
    /** No loss of acknowledged data. */
    DURABILITY,
    /** Protection against unauthorised access. */
    SECURITY,
    /** Conformance to regulations and standards. */
    COMPLIANCE,
    /** Ease of changing the system. */
    MAINTAINABILITY,
    /** Ease of seeing what the system is doing. */
    OBSERVABILITY,
    /** Running cost within the budget. */
    COST,
    /** A promised capability live by a date. */
    TIME_TO_MARKET
}
