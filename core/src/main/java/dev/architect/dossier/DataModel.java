package dev.architect.dossier;

import dev.architect.internal.Invariants;
import java.util.List;
import java.util.Optional;

/**
 * The logical data model: entities, each owned by the container that alone writes it. Entity names are unique.
 *
 * @param entities the entities, unique by name
 */
public record DataModel(List<Entity> entities) {

    /**
     * Checks the components; a missing or malformed one raises {@link dev.architect.exceptions.InvalidDossierException} naming the field.
     *
     * @param entities the entities, unique by name
     */
    public DataModel {
        entities = Invariants.list("data model", "entities", entities);
        Invariants.unique("data model", "entity", entities.stream().map(Entity::name).toList());
    }

    /**
     * A data model with no entities.
     *
     * @return the empty model
     */
    public static DataModel empty() {
        return new DataModel(List.of());
    }

    /**
     * The entity with a name.
     *
     * @param name the entity (table) name
     * @return the entity, or empty when none has that name
     */
    public Optional<Entity> entity(String name) {
        return entities.stream().filter(e -> e.name().equals(name)).findFirst();
    }

    /**
     * The entities a container owns, in model order.
     *
     * @param containerId the id of the owning container
     * @return its entities; empty when it owns none
     */
    public List<Entity> ownedBy(String containerId) {
        return entities.stream().filter(e -> e.ownerContainerId().equals(containerId)).toList();
    }
}
