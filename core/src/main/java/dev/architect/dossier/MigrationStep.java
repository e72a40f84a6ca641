package dev.architect.dossier;

import dev.architect.internal.Invariants;
import java.util.List;

/** A step of a migration, with the criteria for moving on. */
public record MigrationStep(String id, String name, String description, List<String> exitCriteria) {

    /**
     * Checks the components; a missing or malformed one raises {@link dev.architect.exceptions.InvalidDossierException} naming the field.
     */
    public MigrationStep {
        String where = Invariants.quoted("migration step", Invariants.id("migration step", id));
        Invariants.text(where, "name", name);
        Invariants.text(where, "description", description);
        exitCriteria = Invariants.list(where, "exitCriteria", exitCriteria);
    }
}
