package dev.architect.dossier;

import dev.architect.internal.Invariants;
import java.util.List;

/**
 * A critical flow as a sequence of messages between C4 elements. {@code participants} are C4 element ids, in the
 * order they appear left to right; every step's ends must be participants.
 *
 * @param id the diagram id, unique within the dossier
 * @param title the flow in a few words
 * @param description what the flow achieves; may be null
 * @param participants ids of the C4 elements taking part, left to right
 * @param steps the messages, in order
 */
public record SequenceDiagram(String id, String title, String description, List<String> participants,
                              List<SequenceStep> steps) {

    /**
     * Checks the components; a missing or malformed one raises {@link dev.architect.exceptions.InvalidDossierException} naming the field.
     *
     * @param id the diagram id, unique within the dossier
     * @param title the flow in a few words
     * @param description what the flow achieves; may be null
     * @param participants ids of the C4 elements taking part, left to right
     * @param steps the messages, in order
     */
    public SequenceDiagram {
        String where = Invariants.quoted("sequence", Invariants.id("sequence", id));
        Invariants.text(where, "title", title);
        participants = Invariants.nonEmptyList(where, "participants", participants);
        Invariants.unique(where, "participant", participants);
        steps = Invariants.nonEmptyList(where, "steps", steps);
        for (int i = 0; i < steps.size(); i++) {
            SequenceStep s = steps.get(i);
            Invariants.check(participants.contains(s.from()), where, "step " + (i + 1) + " starts at '" + s.from()
                    + "', which is not a participant " + participants);
            Invariants.check(participants.contains(s.to()), where, "step " + (i + 1) + " goes to '" + s.to()
                    + "', which is not a participant " + participants);
        }
    }
}
