package dev.architect.offline.internal.archetype;

/** The part of a request a phrase was found in, shown with the evidence for an archetype. */
public enum RequestField {
    CAPABILITY("capability"), DESCRIPTION("description"), GOAL("goal"), INTEGRATION("integration"),
    /** An actor's description, quoted with the actor's name ("Workspace admin: manages members and retention"). */
    ACTOR("actor"),
    /** The request's description of the system it replaces. */
    EXISTING_SYSTEM("existing system"),
    /** Brought along by another archetype that builds on it; the text names that archetype. */
    ARCHETYPE("archetype needing it,");

    private final String label;

    RequestField(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
