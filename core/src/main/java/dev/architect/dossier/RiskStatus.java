package dev.architect.dossier;

/** Where a risk stands. */
public enum RiskStatus {
    /** Identified; no mitigation started. */
    OPEN,
    /** Mitigation under way. */
    MITIGATING,
    /** Knowingly accepted without further mitigation. */
    ACCEPTED,
    /** No longer a risk. */
    CLOSED
}
