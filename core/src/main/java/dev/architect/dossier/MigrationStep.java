package dev.architect.dossier;

import dev.architect.internal.Invariants;
import java.util.List;

/**
 * A step of a migration, with the criteria for moving on.
 *
 * @param id the step id, unique within the plan
 * @param name the step in a few words
 * @param description what is done
 * @param exitCriteria what must hold before the next step
 */
public record MigrationStep(String id, String name, String description, List<String> exitCriteria) {

    /**
     * Checks the components; a missing or malformed one raises {@link dev.architect.exceptions.InvalidDossierException} naming the field.
     *
     * @param id the step id, unique within the plan
     * @param name the step in a few words
     * @param description what is done
     * @param exitCriteria what must hold before the next step
     */
    public MigrationStep {
        String where = Invariants.quoted("migration step", Invariants.id("migration step", id));
        Invariants.text(where, "name", name);
        Invariants.text(where, "description", description);
        exitCriteria = Invariants.list(where, "exitCriteria", exitCriteria);
    }
}
