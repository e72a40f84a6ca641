package dev.architect.dossier;

import dev.architect.internal.Invariants;

/**
 * One message of a sequence diagram. A step may go from a participant to itself (internal work).
 *
 * @param from the id of the sending participant
 * @param to the id of the receiving participant
 * @param message what is sent
 * @param kind whether it is a call, a one-way message or a reply
 */
public record SequenceStep(String from, String to, String message, MessageKind kind) {

    /**
     * Checks the components; a missing or malformed one raises {@link dev.architect.exceptions.InvalidDossierException} naming the field.
     *
     * @param from the id of the sending participant
     * @param to the id of the receiving participant
     * @param message what is sent
     * @param kind whether it is a call, a one-way message or a reply
     */
    public SequenceStep {
        Invariants.text("sequence step", "from", from);
        Invariants.text("sequence step", "to", to);
        Invariants.text("sequence step " + from + " -> " + to, "message", message);
        Invariants.required("sequence step " + from + " -> " + to, "kind", kind);
    }
}
