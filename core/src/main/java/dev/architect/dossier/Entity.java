package dev.architect.dossier;

import dev.architect.internal.Invariants;
import java.util.List;
import java.util.Optional;

/**
 * An entity (a table) owned by one container. Names are lower snake case so they are valid SQL without quoting;
 * the primary key's fields exist and are not nullable; every relation starts from a field of this entity.
 *
 * @param name the table name, lower snake case, unique in the data model
 * @param ownerContainerId the id of the container that alone writes it
 * @param description what a row is; may be null
 * @param fields the columns, at least one, unique by name
 * @param primaryKey the names of the primary-key fields, at least one
 * @param relations the foreign keys from its fields
 * @param indexes indexes beyond the primary key
 * @param constraints invariants beyond keys
 */
public record Entity(String name, String ownerContainerId, String description, List<EntityField> fields,
                     List<String> primaryKey, List<EntityRelation> relations, List<EntityIndex> indexes,
                     List<EntityConstraint> constraints) {

    /**
     * An entity with no indexes or constraints beyond its keys.
     *
     * @param name the table name, lower snake case, unique in the data model
     * @param ownerContainerId the id of the container that alone writes it
     * @param description what a row is; may be null
     * @param fields the columns, at least one, unique by name
     * @param primaryKey the names of the primary-key fields, at least one
     * @param relations the foreign keys from its fields
     */
    public Entity(String name, String ownerContainerId, String description, List<EntityField> fields,
                  List<String> primaryKey, List<EntityRelation> relations) {
        this(name, ownerContainerId, description, fields, primaryKey, relations, List.of(), List.of());
    }

    /**
     * Checks the components; a missing or malformed one raises {@link dev.architect.exceptions.InvalidDossierException} naming the field.
     *
     * @param name the table name, lower snake case, unique in the data model
     * @param ownerContainerId the id of the container that alone writes it
     * @param description what a row is; may be null
     * @param fields the columns, at least one, unique by name
     * @param primaryKey the names of the primary-key fields, at least one
     * @param relations the foreign keys from its fields
     * @param indexes indexes beyond the primary key
     * @param constraints invariants beyond keys
     */
    public Entity {
        Invariants.name("entity", "name", name, Invariants.SQL_NAME);
        String where = Invariants.quoted("entity", name);
        Invariants.text(where, "ownerContainerId", ownerContainerId);
        fields = Invariants.nonEmptyList(where, "fields", fields);
        Invariants.unique(where, "field", fields.stream().map(EntityField::name).toList());
        primaryKey = Invariants.nonEmptyList(where, "primaryKey", primaryKey);
        relations = Invariants.list(where, "relations", relations);
        indexes = Invariants.list(where, "indexes", indexes);
        constraints = Invariants.list(where, "constraints", constraints);
        List<EntityField> known = fields;
        for (String key : primaryKey) {
            EntityField f = known.stream().filter(x -> x.name().equals(key)).findFirst().orElseThrow(() ->
                    new dev.architect.exceptions.InvalidDossierException(where + ": primary key field '" + key + "' is not a field"));
            Invariants.check(!f.nullable(), where, "primary key field '" + key + "' must not be nullable");
        }
        for (EntityRelation r : relations) {
            Invariants.check(known.stream().anyMatch(x -> x.name().equals(r.field())), where,
                    "relation to '" + r.targetEntity() + "' uses unknown field '" + r.field() + "'");
        }
        for (EntityIndex i : indexes) {
            for (String f : i.fields()) {
                Invariants.check(known.stream().anyMatch(x -> x.name().equals(f)), where, "index uses unknown field '" + f + "'");
            }
        }
        for (EntityConstraint c : constraints) {
            for (String f : c.fields()) {
                Invariants.check(known.stream().anyMatch(x -> x.name().equals(f)), where,
                        c.kind() + " constraint uses unknown field '" + f + "'");
            }
            checkTypes(where, known, c);
        }
    }

    /**
     * A constraint compares its fields, so their types must allow it: a DDL that compares a text with a time, or takes a
     * range of booleans, would fail in the database (or be rejected by a model's repair) rather than here.
     */
    private static void checkTypes(String where, List<EntityField> fields, EntityConstraint c) {
        List<DataType> types = c.fields().stream()
                .map(f -> fields.stream().filter(x -> x.name().equals(f)).findFirst().orElseThrow().type()).toList();
        switch (c.kind()) {
            case POSITIVE, NOT_NEGATIVE -> {
                for (int i = 0; i < types.size(); i++) {
                    requireFamily(where, c, i, types.get(i), "a number", Family.NUMBER);
                }
            }
            case BALANCED -> requireFamily(where, c, 1, types.get(1), "a number", Family.NUMBER);
            case ORDERED, AT_MOST, DIFFERENT -> Invariants.check(Family.of(types.get(0)) == Family.of(types.get(1))
                            && (Family.of(types.get(0)) != Family.OTHER || types.get(0) == types.get(1)), where,
                    c.kind() + " constraint compares '" + c.fields().get(0) + "' (" + types.get(0) + ") with '"
                            + c.fields().get(1) + "' (" + types.get(1) + "): the two fields must be of comparable types");
            case NO_OVERLAP -> {
                Family bounds = Family.of(types.get(1));
                Invariants.check((bounds == Family.NUMBER || bounds == Family.TIME) && Family.of(types.get(2)) == bounds, where,
                        "NO_OVERLAP constraint's period '" + c.fields().get(1) + "' (" + types.get(1) + ") to '" + c.fields().get(2)
                                + "' (" + types.get(2) + ") must be two times or two numbers of the same kind");
                if (types.size() == 4) {
                    requireFamily(where, c, 3, types.get(3), "a boolean", Family.BOOLEAN);
                }
            }
            case ACTIVE_AT_MOST -> Invariants.check(c.values().get(0).matches("[1-9][0-9]{0,5}"), where,
                    "ACTIVE_AT_MOST constraint's first value '" + c.values().get(0) + "' must be the largest number of active rows, 1 or more");
            default -> { }
        }
    }

    private static void requireFamily(String where, EntityConstraint c, int index, DataType type, String wanted, Family family) {
        Invariants.check(Family.of(type) == family, where,
                c.kind() + " constraint's field '" + c.fields().get(index) + "' is " + type + ", not " + wanted);
    }

    /** Types a constraint may compare with each other. */
    private enum Family {
        NUMBER, TIME, BOOLEAN, OTHER;

        static Family of(DataType type) {
            return switch (type) {
                case INTEGER, BIGINT, DECIMAL -> NUMBER;
                case DATE, TIMESTAMP -> TIME;
                case BOOLEAN -> BOOLEAN;
                default -> OTHER;
            };
        }
    }

    /**
     * The field with a name.
     *
     * @param name the field (column) name
     * @return the field, or empty when the entity has none by that name
     */
    public Optional<EntityField> field(String name) {
        return fields.stream().filter(f -> f.name().equals(name)).findFirst();
    }
}
