package dev.architect.dossier;

import dev.architect.internal.Invariants;
import java.util.List;
import java.util.Optional;

/** The logical data model: entities, each owned by the container that alone writes it. Entity names are unique. */
public record DataModel(List<Entity> entities) {

    public DataModel {
        entities = Invariants.list("data model", "entities", entities);
        Invariants.unique("data model", "entity", entities.stream().map(Entity::name).toList());
    }

    public static DataModel empty() {
        return new DataModel(List.of());
    }

    public Optional<Entity> entity(String name) {
        return entities.stream().filter(e -> e.name().equals(name)).findFirst();
    }

    public List<Entity> ownedBy(String containerId) {
        return entities.stream().filter(e -> e.ownerContainerId().equals(containerId)).toList();
    }
}
