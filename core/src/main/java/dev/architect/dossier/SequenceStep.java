package dev.architect.dossier;

import dev.architect.internal.Invariants;

/** One message of a sequence diagram. A step may go from a participant to itself (internal work). */
public record SequenceStep(String from, String to, String message, MessageKind kind) {

    /**
     * Checks the components; a missing or malformed one raises {@link dev.architect.exceptions.InvalidDossierException} naming the field.
     */
    public SequenceStep {
        Invariants.text("sequence step", "from", from);
        Invariants.text("sequence step", "to", to);
        Invariants.text("sequence step " + from + " -> " + to, "message", message);
        Invariants.required("sequence step " + from + " -> " + to, "kind", kind);
    }
}
