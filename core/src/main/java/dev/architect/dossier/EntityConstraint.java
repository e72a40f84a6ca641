package dev.architect.dossier;

import dev.architect.internal.Invariants;
import java.util.List;

/** An invariant of an entity's data, on some of its fields, with the business rule it protects. */
public record EntityConstraint(ConstraintKind kind, List<String> fields, String reason) {

    /**
     * Checks the components; a missing or malformed one raises {@link dev.architect.exceptions.InvalidDossierException} naming the field.
     */
    public EntityConstraint {
        Invariants.required("constraint", "kind", kind);
        fields = Invariants.list("constraint " + kind, "fields", fields);
        Invariants.check(kind.accepts(fields.size()), "constraint " + kind, "cannot name " + fields.size() + " fields");
    }
}
