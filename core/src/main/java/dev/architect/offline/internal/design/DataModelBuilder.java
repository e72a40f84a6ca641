package dev.architect.offline.internal.design;

import dev.architect.offline.internal.catalog.ResourceFlow;
import dev.architect.dossier.Cardinality;
import dev.architect.dossier.ConstraintKind;
import dev.architect.dossier.DataModel;
import dev.architect.dossier.DataType;
import dev.architect.dossier.Entity;
import dev.architect.dossier.EntityConstraint;
import dev.architect.dossier.EntityField;
import dev.architect.dossier.EntityIndex;
import dev.architect.dossier.EntityRelation;
import dev.architect.offline.internal.archetype.Archetype;
import dev.architect.offline.internal.design.Topology.Capability;
import dev.architect.offline.internal.design.Topology.Placement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A table per capability, owned by the container that writes it; time-series data keyed by source and time; foreign
 * keys only inside one owner (across services an id is kept without a constraint). Regulated systems get an audit
 * table; a monolith that sends events without a broker gets its transactional outbox.
 */
final class DataModelBuilder {

    private DataModelBuilder() {
    }

    static DataModel build(Topology t, boolean audited, boolean valueTrail, boolean contentHash, boolean outbox) {
        Map<String, Capability> bySingular = new HashMap<>();
        t.capabilities.forEach(c -> bySingular.put(c.resource().singular(), c));
        List<Entity> entities = new ArrayList<>();
        Set<String> names = new HashSet<>();
        // Archetypes first: their tables carry the keys and constraints of the mechanism; a generic table of the same
        // name (or of a capability the archetype designs) is left out.
        for (Placement p : t.placements) {
            for (Archetype.EntityDef e : p.archetype().entities()) {
                if (e.presentWith(t.chosenShapes) && names.add(e.name())) {
                    entities.add(archetypeEntity(e, e.owner().equals("unit") ? p.unitId() : e.owner()));
                }
            }
        }
        // Capabilities a general shape designs: its tables, written by the capability's writer.
        for (Capability c : t.capabilities) {
            if (c.ownsShapedDesign()) {
                for (Archetype.EntityDef e : c.shaped().design().entities()) {
                    if (names.add(e.name())) {
                        entities.add(archetypeEntity(e, c.writerId()));
                    }
                }
            }
        }
        // A foreign key may only point at a table this model has: a capability an archetype or a shape designs has no
        // table of its own ("accounts" under sign-in is the identity design's user_account, not an "account" table).
        Set<String> tables = new HashSet<>(names);
        t.capabilities.stream().filter(DataModelBuilder::hasOwnRecords).forEach(c -> tables.add(c.resource().table()));
        bySingular.values().removeIf(c -> !tables.contains(c.resource().table()));
        for (Capability c : t.capabilities) {
            if (hasOwnRecords(c) && names.add(c.resource().table())) {
                entities.add(c.is(ResourceFlow.INGEST) ? series(c) : c.open() ? placeholder(c) : record(c, bySingular));
            }
        }
        String owner = t.units.get(0).id();
        if (audited && names.add("audit_event")) {
            List<EntityField> fields = new ArrayList<>(List.of(EntityField.of("id", DataType.UUID), EntityField.of("actor_id", DataType.UUID),
                    EntityField.of("action", DataType.TEXT), EntityField.of("resource_type", DataType.TEXT),
                    EntityField.of("resource_id", DataType.UUID), EntityField.of("occurred_at", DataType.TIMESTAMP),
                    EntityField.of("source_ip", DataType.TEXT)));
            if (valueTrail) {
                fields.add(new EntityField("old_value", DataType.JSON, true, false, "The values before a change (null for a read or a create)"));
                fields.add(new EntityField("new_value", DataType.JSON, true, false, "The values after a change (null for a read or a delete)"));
                fields.add(new EntityField("reason", DataType.TEXT, true, false, "Why the record was changed: the regime asks it of every change"));
            }
            if (contentHash) {
                fields.add(new EntityField("content_hash", DataType.TEXT, true, false,
                        "SHA-256 of the document or record content the event concerns, binding the entry to that exact content"));
            }
            fields.add(new EntityField("previous_hash", DataType.TEXT, true, false, "Hash of the previous event, chaining the trail so edits are detectable"));
            entities.add(new Entity("audit_event", owner, valueTrail
                    ? "Append-only, tamper-evident trail of every access to and change of regulated records, with the values a change replaced and why"
                    : "Append-only, tamper-evident trail of access to regulated data: who did what to which record, never the record's values, so an erasure has no copy to chase",
                    fields, List.of("id"), List.of(), List.of(new EntityIndex(List.of("resource_type", "resource_id", "occurred_at"), false,
                            "The history of one record, in order, for an auditor or an inspector")),
                    List.of(new EntityConstraint(ConstraintKind.APPEND_ONLY, List.of(), List.of(),
                            "Audit entries are never changed or deleted"))));
        }
        if (outbox && names.add("outbox_event")) {
            entities.add(new Entity("outbox_event", owner, "Events written in the business transaction, sent by the relay",
                    List.of(EntityField.of("id", DataType.UUID), EntityField.of("aggregate_type", DataType.TEXT),
                            EntityField.of("aggregate_id", DataType.UUID), EntityField.of("payload", DataType.JSON),
                            EntityField.of("created_at", DataType.TIMESTAMP),
                            new EntityField("sent_at", DataType.TIMESTAMP, true, false, "Null until delivered")),
                    List.of("id"), List.of()));
        }
        return new DataModel(entities);
    }

    /** Whether a capability's records are its own table: not search, not designed by a mechanism or a shape, not a regime's duty. */
    static boolean hasOwnRecords(Capability c) {
        // A regulated capability is the regime's duty: the audit trail is audit_event, erasure spans every table.
        boolean regulatedOpen = c.regulated() && c.is(ResourceFlow.OPEN);
        return !c.is(ResourceFlow.SEARCH) && !c.designedByArchetype() && !c.designedByShape() && !regulatedOpen;
    }

    private static Entity archetypeEntity(Archetype.EntityDef e, String owner) {
        List<EntityField> fields = e.columns().stream()
                .map(c -> new EntityField(c.name(), c.type(), c.nullable(), false, null)).toList();
        List<EntityRelation> relations = new ArrayList<>();
        e.references().forEach((column, target) -> relations.add(new EntityRelation(column, target, Cardinality.MANY_TO_ONE)));
        List<EntityIndex> indexes = e.indexes().stream().map(i -> new EntityIndex(i.fields(), i.unique(), i.reason())).toList();
        List<EntityConstraint> constraints = e.constraints().stream()
                .map(c -> new EntityConstraint(c.kind(), c.fields(), c.values(), c.reason())).toList();
        return new Entity(e.name(), owner, e.description(), fields, e.key(), relations, indexes, constraints);
    }

    private static Entity record(Capability c, Map<String, Capability> bySingular) {
        List<EntityField> fields = new ArrayList<>();
        List<EntityRelation> relations = new ArrayList<>();
        fields.add(EntityField.of("id", DataType.UUID));
        for (String spec : c.resource().fields()) {
            Field f = Field.parse(spec);
            boolean unique = f.column().equals("idempotency_key") || f.column().equals("sku") || f.column().equals("email")
                    || f.column().equals("serial_number") || f.column().equals("medical_record_number");
            Capability target = f.column().endsWith("_id") ? bySingular.get(f.column().substring(0, f.column().length() - 3)) : null;
            String note = null;
            if (target != null && target.writerId().equals(c.writerId()) && !target.is(ResourceFlow.INGEST)) {
                relations.add(new EntityRelation(f.column(), target.resource().table(), Cardinality.MANY_TO_ONE));
            } else if (target != null) {
                note = "Id of a " + target.resource().singular().replace('_', ' ') + " owned by " + target.writerId() + "; no foreign key across services";
            }
            fields.add(new EntityField(f.column(), f.type(), f.nullable(), unique, note));
        }
        fields.add(EntityField.of("status", DataType.TEXT));
        fields.add(EntityField.of("created_at", DataType.TIMESTAMP));
        fields.add(EntityField.of("updated_at", DataType.TIMESTAMP));
        return new Entity(c.resource().table(), c.writerId(), Names.capitalise(c.resource().singular().replace('_', ' ')) + " records", fields, List.of("id"), relations);
    }

    /** How a placeholder's description begins: the label {@link #isPlaceholder} reads. */
    private static final String PLACEHOLDER = "Placeholder, not designed: ";

    /**
     * Whether the entity is a placeholder: a capability nothing describes, whose table holds no designed column.
     *
     * @param e the entity
     * @return whether it is one
     */
    static boolean isPlaceholder(Entity e) {
        return e.description() != null && e.description().startsWith(PLACEHOLDER);
    }

    /** A capability nothing describes keeps its place in the model, labelled, with no invented columns. */
    private static Entity placeholder(Capability c) {
        return new Entity(c.resource().table(), c.writerId(), PLACEHOLDER + "what " + c.name()
                + " owns and its access patterns are an open question (" + RequirementsBuilder.openQuestionId(c) + ")",
                List.of(EntityField.of("id", DataType.UUID), EntityField.of("created_at", DataType.TIMESTAMP)), List.of("id"), List.of());
    }

    private static Entity series(Capability c) {
        List<EntityField> fields = new ArrayList<>();
        for (String spec : c.resource().fields()) {
            Field f = Field.parse(spec);
            fields.add(new EntityField(f.column(), f.type(), false, false, null));
        }
        fields.add(new EntityField("received_at", DataType.TIMESTAMP, false, false, "When ingestion accepted the batch"));
        List<String> key = fields.stream().map(EntityField::name)
                .filter(n -> n.equals("source_id") || n.equals("recorded_at") || n.equals("metric")).toList();
        return new Entity(c.resource().table(), c.writerId(),
                "Time-stamped " + c.resource().plural() + ", partitioned by source and by day", fields,
                key.isEmpty() ? List.of(fields.get(0).name()) : key, List.of());
    }
}
