package dev.architect.dossier;

/** MoSCoW priority of a requirement. */
public enum Priority {
    MUST, SHOULD, COULD, WONT
}
