package dev.architect.dossier;

/** Whether an alert wakes someone up. */
public enum AlertSeverity {
    PAGE, TICKET, INFO
}
