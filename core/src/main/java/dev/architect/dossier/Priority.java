package dev.architect.dossier;

/** MoSCoW priority of a requirement. */
public enum Priority {
    /** Required for the system to be acceptable. */
    MUST,
    /** Important, but the system works without it. */
    SHOULD,
    /** Desirable if time allows. */
    COULD,
    /** Explicitly out of scope for now. */
    WONT
}
