package dev.architect.dossier;

import dev.architect.internal.Invariants;
import java.util.List;

/**
 * How the existing system gives way to the new one; present only when the request describes an existing system.
 *
 * @param strategy how the old system gives way
 * @param summary the migration in a paragraph
 * @param steps the steps, in order
 * @param dataMigration how the data moves across
 * @param rollback how to go back at each point
 */
public record MigrationPlan(MigrationStrategy strategy, String summary, List<MigrationStep> steps, String dataMigration,
                            List<String> rollback) {

    /**
     * Checks the components; a missing or malformed one raises {@link dev.architect.exceptions.InvalidDossierException} naming the field.
     *
     * @param strategy how the old system gives way
     * @param summary the migration in a paragraph
     * @param steps the steps, in order
     * @param dataMigration how the data moves across
     * @param rollback how to go back at each point
     */
    public MigrationPlan {
        String where = "migration";
        Invariants.required(where, "strategy", strategy);
        Invariants.text(where, "summary", summary);
        steps = Invariants.nonEmptyList(where, "steps", steps);
        Invariants.unique(where, "step", steps.stream().map(MigrationStep::id).toList());
        Invariants.text(where, "dataMigration", dataMigration);
        rollback = Invariants.list(where, "rollback", rollback);
    }
}
