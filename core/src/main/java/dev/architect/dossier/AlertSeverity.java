package dev.architect.dossier;

/** Whether an alert wakes someone up. */
public enum AlertSeverity {
    /** Wakes the on-call engineer at once. */
    PAGE,
    /** Opens a ticket to handle in working hours. */
    TICKET,
    /** Recorded for dashboards; nobody is notified. */
    INFO
}
