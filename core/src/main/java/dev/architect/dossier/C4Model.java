package dev.architect.dossier;

import dev.architect.internal.Invariants;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The C4 model: people and software systems (context), the containers of the designed system, the components of
 * those containers, and the relationships between any of them. Ids are unique across all four kinds of element.
 * References to unknown elements are reported by {@link dev.architect.validation.DossierValidator}; only the
 * structural rules that make a model meaningless are enforced here.
 *
 * @param people the people who use the systems
 * @param systems the designed system and the external ones it integrates with
 * @param containers the containers of the designed system
 * @param components the components inside those containers
 * @param relationships who uses whom, between any of the elements
 */
public record C4Model(
        List<Person> people,
        List<SoftwareSystem> systems,
        List<Container> containers,
        List<Component> components,
        List<Relationship> relationships) {

    /**
     * Checks the components; a missing or malformed one raises {@link dev.architect.exceptions.InvalidDossierException} naming the field.
     *
     * @param people the people who use the systems
     * @param systems the designed system and the external ones it integrates with
     * @param containers the containers of the designed system
     * @param components the components inside those containers
     * @param relationships who uses whom, between any of the elements
     */
    public C4Model {
        String where = "c4 model";
        people = Invariants.list(where, "people", people);
        systems = Invariants.list(where, "systems", systems);
        containers = Invariants.list(where, "containers", containers);
        components = Invariants.list(where, "components", components);
        relationships = Invariants.list(where, "relationships", relationships);
        Invariants.unique(where, "element id", Stream.of(people.stream().map(Person::id), systems.stream().map(SoftwareSystem::id),
                containers.stream().map(Container::id), components.stream().map(Component::id)).flatMap(s -> s).toList());
        Map<String, String> parents = new HashMap<>();
        containers.forEach(c -> parents.put(c.id(), c.systemId()));
        components.forEach(c -> parents.put(c.id(), c.containerId()));
        for (Relationship r : relationships) {
            // A relationship between an element and its own parent (or grandparent) is drawn nowhere in C4.
            if (isAncestor(parents, r.sourceId(), r.destinationId()) || isAncestor(parents, r.destinationId(), r.sourceId())) {
                throw new dev.architect.exceptions.InvalidDossierException("relationship " + r.sourceId() + " -> " + r.destinationId()
                        + ": one end contains the other; relate siblings or outside elements instead");
            }
        }
    }

    private static boolean isAncestor(Map<String, String> parents, String ancestor, String element) {
        String parent = parents.get(element);
        for (int depth = 0; parent != null && depth < 3; depth++) { // C4 nests three deep at most
            if (parent.equals(ancestor)) {
                return true;
            }
            parent = parents.get(parent);
        }
        return false;
    }

    /**
     * A model with no elements or relationships.
     *
     * @return the empty model
     */
    public static C4Model empty() {
        return new C4Model(List.of(), List.of(), List.of(), List.of(), List.of());
    }

    /**
     * Every element, in the order people, systems, containers, components.
     *
     * @return every element of the model
     */
    public Stream<C4Element> elements() {
        return Stream.of(people.stream(), systems.stream(), containers.stream(), components.stream()).flatMap(s -> s);
    }

    /**
     * The element (of any kind) with an id.
     *
     * @param id the element id
     * @return the element, or empty when none has that id
     */
    public Optional<C4Element> element(String id) {
        return elements().filter(e -> e.id().equals(id)).findFirst();
    }

    /**
     * The container with an id.
     *
     * @param id the container id
     * @return the container, or empty when none has that id
     */
    public Optional<Container> container(String id) {
        return containers.stream().filter(c -> c.id().equals(id)).findFirst();
    }

    /**
     * The systems that are being designed (not external).
     *
     * @return the internal systems, in model order
     */
    public List<SoftwareSystem> internalSystems() {
        return systems.stream().filter(s -> !s.external()).toList();
    }

    /**
     * The containers of a software system, in model order.
     *
     * @param systemId the id of the software system
     * @return its containers; empty when it has none
     */
    public List<Container> containersOf(String systemId) {
        return containers.stream().filter(c -> c.systemId().equals(systemId)).toList();
    }

    /**
     * The components inside a container, in model order.
     *
     * @param containerId the id of the container
     * @return its components; empty when it has none
     */
    public List<Component> componentsOf(String containerId) {
        return components.stream().filter(c -> c.containerId().equals(containerId)).toList();
    }
}
