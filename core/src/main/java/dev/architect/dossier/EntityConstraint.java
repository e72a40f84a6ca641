package dev.architect.dossier;

import dev.architect.internal.Invariants;
import java.util.List;

/**
 * An invariant of an entity's data, on some of its fields, with the business rule it protects.
 *
 * @param kind the invariant
 * @param fields the fields it names, in the order the kind gives them meaning
 * @param values what the kind needs besides fields: the allowed values of {@code ONE_OF}, the parent's status column,
 *        state and count of {@code QUORUM}; empty for the others
 * @param reason the business rule it protects
 */
public record EntityConstraint(ConstraintKind kind, List<String> fields, List<String> values, String reason) {

    /**
     * Checks the components; a missing or malformed one raises {@link dev.architect.exceptions.InvalidDossierException} naming the field.
     *
     * @param kind the invariant
     * @param fields the fields it names, in the order the kind gives them meaning
     * @param values what the kind needs besides fields (see the record)
     * @param reason the business rule it protects
     */
    public EntityConstraint {
        Invariants.required("constraint", "kind", kind);
        fields = Invariants.list("constraint " + kind, "fields", fields);
        values = values == null ? List.of() : Invariants.list("constraint " + kind, "values", values);
        Invariants.check(kind.accepts(fields.size()), "constraint " + kind, "cannot name " + fields.size() + " fields");
        Invariants.check(kind.acceptsValues(values.size()), "constraint " + kind, "cannot carry " + values.size() + " values");
    }

    /**
     * A constraint that needs no values.
     *
     * @param kind the invariant
     * @param fields the fields it names, in the order the kind gives them meaning
     * @param reason the business rule it protects
     */
    public EntityConstraint(ConstraintKind kind, List<String> fields, String reason) {
        this(kind, fields, List.of(), reason);
    }
}
