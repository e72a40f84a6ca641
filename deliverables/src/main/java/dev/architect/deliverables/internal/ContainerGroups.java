package dev.architect.deliverables.internal;

import dev.architect.dossier.C4Model;
import dev.architect.dossier.Container;
import dev.architect.dossier.Relationship;
import dev.architect.dossier.SoftwareSystem;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * How a container view too large to read is split, shared by the PlantUML and Structurizr renderers so both write
 * the same views. A view is split when it holds more than {@value #MAX_CONTAINERS} containers or more than
 * {@value #MAX_RELATIONSHIPS} relationships (about the most a reader takes in on one diagram, and far beyond any
 * sample dossier; PlantUML's own layout also grows much faster than the diagram). The containers are then grouped
 * by system boundary and by {@link ContainerLayer}; a layer of more than {@value #MAX_GROUP_SIZE} containers is cut
 * into near-equal parts in model order. Each group gets a view of its containers and their direct neighbours,
 * every relationship that touches it drawn, so every container and relationship is in at least one view; an
 * overview shows the groups with their relationships aggregated. Same model, same groups.
 */
public final class ContainerGroups {

    /** More containers than this in the container view splits it. */
    public static final int MAX_CONTAINERS = 20;
    /** More relationships than this in the container view (drawn at container level) splits it. */
    public static final int MAX_RELATIONSHIPS = 60;
    /** The most containers in one group. */
    public static final int MAX_GROUP_SIZE = 8;

    /**
     * One group of containers.
     *
     * @param key        unique among the groups, {@code [a-z0-9-]}: names the group's diagram file and view
     * @param name       the group's name in titles, e.g. {@code Data stores (2 of 4)}
     * @param systemId   the software system the containers belong to
     * @param containers the group's containers, in model order
     */
    public record Group(String key, String name, String systemId, List<Container> containers) {

        public Group {
            containers = List.copyOf(containers);
        }

        /** Whether the element is one of the group's containers. */
        public boolean contains(String elementId) {
            return containers.stream().anyMatch(c -> c.id().equals(elementId));
        }
    }

    /**
     * A relationship drawn at container level: a component's end is replaced by its container.
     *
     * @param from     the source at container level
     * @param to       the destination at container level
     * @param original the first relationship of the model between those two
     */
    public record Lifted(String from, String to, Relationship original) {
    }

    private ContainerGroups() {
    }

    /**
     * Every relationship of the model drawn at container level, once per ordered pair of ends (the first in model
     * order stands for the others), leaving out those that fall inside one container; as the container view draws them.
     *
     * @param c4 the model
     * @return the relationships, in model order
     */
    public static List<Lifted> containerLevel(C4Model c4) {
        Map<String, String> containerOfComponent = new HashMap<>();
        c4.components().forEach(k -> containerOfComponent.put(k.id(), k.containerId()));
        Set<String> drawn = new LinkedHashSet<>();
        List<Lifted> lifted = new ArrayList<>();
        for (Relationship r : c4.relationships()) {
            String from = containerOfComponent.getOrDefault(r.sourceId(), r.sourceId());
            String to = containerOfComponent.getOrDefault(r.destinationId(), r.destinationId());
            if (!from.equals(to) && drawn.add(from + "\n" + to)) {
                lifted.add(new Lifted(from, to, r));
            }
        }
        return List.copyOf(lifted);
    }

    /**
     * The groups of a container view too large to read, or empty when the view is drawn whole.
     *
     * @param c4 the model
     * @return the groups, by system in model order, then by layer, then by part; empty for a view small enough
     */
    public static List<Group> of(C4Model c4) {
        if (c4.containers().size() <= MAX_CONTAINERS && containerLevel(c4).size() <= MAX_RELATIONSHIPS) {
            return List.of();
        }
        List<SoftwareSystem> withContainers = c4.systems().stream().filter(s -> !c4.containersOf(s.id()).isEmpty()).toList();
        List<Group> groups = new ArrayList<>();
        for (SoftwareSystem system : withContainers) {
            Map<ContainerLayer, List<Container>> layers = new LinkedHashMap<>();
            for (ContainerLayer layer : ContainerLayer.values()) {
                layers.put(layer, new ArrayList<>());
            }
            c4.containersOf(system.id()).forEach(c -> layers.get(ContainerLayer.of(c.kind())).add(c));
            String keyPrefix = withContainers.size() > 1 ? Slugs.ofId(system.id()) + "-" : "";
            String namePrefix = withContainers.size() > 1 ? system.name() + ": " : "";
            layers.forEach((layer, containers) -> {
                int parts = (containers.size() + MAX_GROUP_SIZE - 1) / MAX_GROUP_SIZE;
                for (int part = 0; part < parts; part++) {
                    // Near-equal parts: 27 containers in 4 parts are 7, 7, 7 and 6, not 8, 8, 8 and 3.
                    List<Container> slice = containers.subList(part * containers.size() / parts, (part + 1) * containers.size() / parts);
                    String suffix = parts > 1 ? " (" + (part + 1) + " of " + parts + ")" : "";
                    groups.add(new Group(keyPrefix + layer.slug() + (parts > 1 ? "-" + (part + 1) : ""),
                            namePrefix + layer.title() + suffix, system.id(), slice));
                }
            });
        }
        return List.copyOf(groups);
    }

    /**
     * The group a container belongs to.
     *
     * @param groups    the groups of the model
     * @param elementId any element id
     * @return the group holding it, empty for an element that is not a container
     */
    public static Optional<Group> groupOf(List<Group> groups, String elementId) {
        return groups.stream().filter(g -> g.contains(elementId)).findFirst();
    }

    /**
     * The elements a group's view shows besides its containers: every other end of a relationship that touches the
     * group, at container level, in model order of the relationships.
     *
     * @param group    the group
     * @param relationships the model's relationships at container level
     * @return the neighbours' ids
     */
    public static List<String> neighbours(Group group, List<Lifted> relationships) {
        Set<String> neighbours = new LinkedHashSet<>();
        for (Lifted r : relationships) {
            boolean fromInside = group.contains(r.from());
            boolean toInside = group.contains(r.to());
            if (fromInside && !toInside) {
                neighbours.add(r.to());
            } else if (toInside && !fromInside) {
                neighbours.add(r.from());
            }
        }
        return List.copyOf(neighbours);
    }
}
