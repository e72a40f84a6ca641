package dev.architect.dossier;

import dev.architect.internal.Invariants;
import java.util.List;

/**
 * An invariant of an entity's data, on some of its fields, with the business rule it protects.
 *
 * @param kind the invariant
 * @param fields the fields it names, in the order the kind gives them meaning
 * @param reason the business rule it protects
 */
public record EntityConstraint(ConstraintKind kind, List<String> fields, String reason) {

    /**
     * Checks the components; a missing or malformed one raises {@link dev.architect.exceptions.InvalidDossierException} naming the field.
     *
     * @param kind the invariant
     * @param fields the fields it names, in the order the kind gives them meaning
     * @param reason the business rule it protects
     */
    public EntityConstraint {
        Invariants.required("constraint", "kind", kind);
        fields = Invariants.list("constraint " + kind, "fields", fields);
        Invariants.check(kind.accepts(fields.size()), "constraint " + kind, "cannot name " + fields.size() + " fields");
    }
}
