package dev.architect.internal.engine;

import dev.architect.dossier.Consultation;
import dev.architect.event.Stage;
import java.util.List;
import java.util.Optional;

/**
 * What one model stage asks for and how its reply joins the dossier: the record type the reply binds to (its
 * schema goes to the model), the context sections of its user message, checks beyond the records' own invariants,
 * how the reply is applied to the dossier so far, and which dossier paths it answers for (so violations found by
 * {@code DossierValidator} in the applied dossier are sent back to this stage). Instructions are in
 * {@code prompts/stages/<stage>.md}.
 */
abstract class StageSpec<R> {

    private final Stage stage;
    private final Class<R> replyType;

    StageSpec(Stage stage, Class<R> replyType) {
        this.stage = stage;
        this.replyType = replyType;
    }

    final Stage stage() {
        return stage;
    }

    final Class<R> replyType() {
        return replyType;
    }

    /** The parts of the dossier so far that this stage needs to see, as named sections of the user message. */
    abstract List<StageInput.Section> context(StageInput in);

    /**
     * Data only this stage needs, sent after the context it shares with the other stages (so the shared part stays
     * one identical prefix) and before its instructions.
     */
    List<StageInput.Section> ownContext(StageInput in) {
        return List.of();
    }

    /** Problems the records cannot see on their own; each is sent back to the model verbatim. */
    List<String> check(R reply, StageInput in) {
        return List.of();
    }

    /** What the SDK changed in an accepted reply, for the metadata's warnings (e.g. a quantity it sized itself). */
    List<String> warnings(R reply, StageInput in) {
        return List.of();
    }

    /**
     * A reply the SDK can put right itself once the repairs are spent, such as a pinned decision the model kept
     * changing: the corrected reply and a warning for each thing it restored, or empty when it cannot. Never silent:
     * the warnings go to the metadata.
     */
    Optional<Restored<R>> restore(R reply, StageInput in) {
        return Optional.empty();
    }

    /** A reply the SDK corrected, and what it changed. */
    record Restored<R>(R reply, List<String> warnings) {
    }

    /** The dossier so far with this stage's part filled in. May throw {@code InvalidDossierException}. */
    abstract Consultation apply(Consultation base, R reply, StageInput in);

    /** Whether a violation at this JSON path of the applied dossier is this stage's to fix. */
    abstract boolean owns(String path, StageInput in);

    static boolean under(String path, String... prefixes) {
        for (String p : prefixes) {
            if (path.equals(p) || path.startsWith(p + ".") || path.startsWith(p + "[")) {
                return true;
            }
        }
        return false;
    }
}
