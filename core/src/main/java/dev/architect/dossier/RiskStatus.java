package dev.architect.dossier;

/** Where a risk stands. */
public enum RiskStatus {
    OPEN, MITIGATING, ACCEPTED, CLOSED
}
