package dev.architect.deliverables.plantuml;

import dev.architect.deliverables.document.DeliverableException;
import dev.architect.deliverables.document.PlantUmlDiagram;
import dev.architect.deliverables.internal.Identifiers;
import dev.architect.dossier.DataModel;
import dev.architect.dossier.Entity;
import dev.architect.dossier.EntityField;
import dev.architect.dossier.EntityRelation;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The data model as an entity-relationship diagram in information-engineering notation. Entity and field names are
 * lower snake case by the model's invariants, so they need no escaping; entities are grouped in a package per
 * owning container.
 */
final class EntityRelationshipDiagram {

    PlantUmlDiagram render(String system, DataModel model) {
        PlantUmlSource src = new PlantUmlSource("diagrams/data-model.puml", "Data model of " + system);
        src.line("hide circle").line("skinparam linetype ortho");
        Map<String, List<Entity>> byOwner = new LinkedHashMap<>();
        model.entities().forEach(e -> byOwner.computeIfAbsent(e.ownerContainerId(), k -> new ArrayList<>()).add(e));
        for (Map.Entry<String, List<Entity>> owner : byOwner.entrySet()) {
            src.line("package " + PlantUmlText.quoted(owner.getKey()) + " {");
            owner.getValue().forEach(entity -> entity(src, entity));
            src.line("}");
        }
        for (Entity entity : model.entities()) {
            for (EntityRelation r : entity.relations()) {
                if (model.entity(r.targetEntity()).isEmpty()) {
                    throw new DeliverableException("entity '" + entity.name() + "': relation targets unknown entity '"
                            + r.targetEntity() + "'");
                }
                boolean optional = entity.field(r.field()).map(EntityField::nullable).orElse(false);
                String many = switch (r.cardinality()) {
                    case MANY_TO_ONE -> "}o";
                    case ONE_TO_ONE -> "|o";
                };
                src.line(Identifiers.of(entity.name()) + " " + many + "--" + (optional ? "o|" : "||") + " "
                        + Identifiers.of(r.targetEntity()) + " : " + r.field());
            }
        }
        return src.build();
    }

    private static void entity(PlantUmlSource src, Entity entity) {
        src.line("  entity \"" + entity.name() + "\" as " + Identifiers.of(entity.name()) + " {");
        for (EntityField f : entity.fields()) {
            if (entity.primaryKey().contains(f.name())) {
                src.line("    * " + f.name() + " : " + f.type() + " <<PK>>");
            }
        }
        src.line("    --");
        for (EntityField f : entity.fields()) {
            if (!entity.primaryKey().contains(f.name())) {
                String marks = (f.unique() ? " <<UK>>" : "") + (isForeignKey(entity, f) ? " <<FK>>" : "");
                src.line("    " + (f.nullable() ? "" : "* ") + f.name() + " : " + f.type() + marks);
            }
        }
        src.line("  }");
    }

    private static boolean isForeignKey(Entity entity, EntityField field) {
        return entity.relations().stream().anyMatch(r -> r.field().equals(field.name()));
    }
}
