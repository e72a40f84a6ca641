package dev.architect.dossier;

/** What an architecture decision is about; lets tools find, say, the datastore decision. */
public enum DecisionTopic {
    ARCHITECTURE_STYLE, DATASTORE, CACHING, MESSAGING, API_STYLE, SECURITY, DEPLOYMENT, AVAILABILITY, COMPLIANCE, OBSERVABILITY, MIGRATION, OTHER
}
