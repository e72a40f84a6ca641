package dev.architect.deliverables.plantuml;

import static dev.architect.deliverables.plantuml.PlantUmlText.quoted;

import dev.architect.deliverables.document.DeliverableException;
import dev.architect.deliverables.document.PlantUmlDiagram;
import dev.architect.deliverables.internal.ContainerGroups;
import dev.architect.deliverables.internal.Identifiers;
import dev.architect.deliverables.internal.Slugs;
import dev.architect.dossier.C4Element;
import dev.architect.dossier.C4Model;
import dev.architect.dossier.Component;
import dev.architect.dossier.Container;
import dev.architect.dossier.Interaction;
import dev.architect.dossier.Person;
import dev.architect.dossier.Relationship;
import dev.architect.dossier.SoftwareSystem;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * The C4 views with the C4-PlantUML stdlib: system context, containers (inside their system boundary) and one
 * component view per container that has components. A relationship is drawn at the level of the view: in the
 * context view a container's relationship is drawn from its system, in the container view a component's from its
 * container.
 */
final class C4Diagrams {

    private final String system;
    private final C4Model c4;

    C4Diagrams(String system, C4Model c4) {
        this.system = system;
        this.c4 = c4;
    }

    List<PlantUmlDiagram> render() {
        List<PlantUmlDiagram> diagrams = new ArrayList<>();
        diagrams.add(context());
        List<ContainerGroups.Group> groups = ContainerGroups.of(c4);
        if (!groups.isEmpty()) {
            List<ContainerGroups.Lifted> lifted = ContainerGroups.containerLevel(c4);
            diagrams.add(overview(groups, lifted));
            groups.forEach(g -> diagrams.add(group(g, lifted)));
        } else if (!c4.containers().isEmpty()) {
            diagrams.add(containers());
        }
        for (Container container : c4.containers()) {
            if (!c4.componentsOf(container.id()).isEmpty()) {
                diagrams.add(components(container));
            }
        }
        return diagrams;
    }

    private PlantUmlDiagram context() {
        PlantUmlSource src = new PlantUmlSource("diagrams/context.puml", "System context of " + system, "C4/C4_Context");
        c4.people().forEach(p -> src.line(macro(p)));
        c4.systems().forEach(s -> src.line(macro(s)));
        relationships(src, this::systemLevel);
        return src.line("SHOW_LEGEND()").build();
    }

    private PlantUmlDiagram containers() {
        PlantUmlSource src = new PlantUmlSource("diagrams/containers.puml", "Containers of " + system, "C4/C4_Container");
        Set<String> shown = lifted(this::containerLevel);
        for (SoftwareSystem s : c4.systems()) {
            List<Container> inside = c4.containersOf(s.id());
            if (inside.isEmpty()) {
                continue;
            }
            src.line("System_Boundary(" + Identifiers.of(s.id()) + ", " + quoted(s.name()) + ") {");
            inside.forEach(c -> src.line("  " + macro(c)));
            src.line("}");
        }
        for (String id : shown) {
            C4Element e = element(id);
            if (!(e instanceof Container)) {
                src.line(macro(e));
            }
        }
        relationships(src, this::containerLevel);
        return src.line("SHOW_LEGEND()").build();
    }

    /**
     * The container view of a model too large to read on one diagram: each group as one box inside its system, the
     * people and outside systems that use or are used by containers, and one line per pair of boxes, naming the
     * relationship when it is one and counting them otherwise ({@code BiRel} when they go both ways). When the
     * people and outside systems would again make the overview too large to read, they are drawn as one box of
     * people and one of other systems. Relationships between people and outside systems are in the context view.
     */
    private PlantUmlDiagram overview(List<ContainerGroups.Group> groups, List<ContainerGroups.Lifted> lifted) {
        PlantUmlSource src = new PlantUmlSource("diagrams/containers.puml", "Containers of " + system + ": overview by group",
                "C4/C4_Container");
        for (SoftwareSystem s : c4.systems()) {
            List<ContainerGroups.Group> inside = groups.stream().filter(g -> g.systemId().equals(s.id())).toList();
            if (inside.isEmpty()) {
                continue;
            }
            src.line("System_Boundary(" + Identifiers.of(s.id()) + ", " + quoted(s.name()) + ") {");
            for (ContainerGroups.Group g : inside) {
                String names = String.join(", ", g.containers().stream().map(Container::name).toList());
                src.line("  Container(" + groupAlias(g) + ", " + quoted(g.name()) + ", " + quoted(count(g.containers().size(), "container"))
                        + ", " + quoted(names) + ")");
            }
            src.line("}");
        }
        List<ContainerGroups.Lifted> touchingContainers = lifted.stream()
                .filter(r -> ContainerGroups.groupOf(groups, r.from()).isPresent() || ContainerGroups.groupOf(groups, r.to()).isPresent())
                .toList();
        Set<String> outside = new LinkedHashSet<>();
        for (ContainerGroups.Lifted r : touchingContainers) {
            for (String id : List.of(r.from(), r.to())) {
                if (ContainerGroups.groupOf(groups, id).isEmpty() && !drawnAsBoundary(id)) {
                    outside.add(id);
                }
            }
        }
        Function<String, String> groupOrSelf = id -> ContainerGroups.groupOf(groups, id).map(C4Diagrams::groupAlias)
                .orElse(Identifiers.of(id));
        List<String> lines = aggregated(touchingContainers, groupOrSelf);
        if (groups.size() + outside.size() > ContainerGroups.MAX_CONTAINERS || lines.size() > ContainerGroups.MAX_RELATIONSHIPS) {
            List<String> people = outside.stream().filter(id -> element(id) instanceof Person).toList();
            List<String> systems = outside.stream().filter(id -> !(element(id) instanceof Person)).toList();
            if (!people.isEmpty()) {
                src.line("Person(g_people, " + quoted("People (" + people.size() + ")") + ", " + quoted(names(people)) + ")");
            }
            if (!systems.isEmpty()) {
                src.line("System_Ext(g_systems, " + quoted("Other systems (" + systems.size() + ")") + ", " + quoted(names(systems)) + ")");
            }
            lines = aggregated(touchingContainers, id -> people.contains(id) ? "g_people" : systems.contains(id) ? "g_systems" : groupOrSelf.apply(id));
        } else {
            outside.forEach(id -> src.line(macro(element(id))));
        }
        lines.forEach(src::line);
        return src.line("SHOW_LEGEND()").build();
    }

    /**
     * One line per unordered pair of boxes the relationships join once each end is replaced by its box: the
     * relationship itself when it is the only one, otherwise how many there are, drawn both ways when they go both ways.
     */
    private static List<String> aggregated(List<ContainerGroups.Lifted> relationships, Function<String, String> box) {
        Map<String, List<ContainerGroups.Lifted>> byPair = new LinkedHashMap<>();
        for (ContainerGroups.Lifted r : relationships) {
            String from = box.apply(r.from());
            String to = box.apply(r.to());
            if (!from.equals(to)) {
                String pair = from.compareTo(to) < 0 ? from + "\n" + to : to + "\n" + from;
                byPair.computeIfAbsent(pair, k -> new ArrayList<>()).add(r);
            }
        }
        List<String> lines = new ArrayList<>();
        byPair.values().forEach(rels -> {
            ContainerGroups.Lifted first = rels.get(0);
            String from = box.apply(first.from());
            String to = box.apply(first.to());
            boolean bothWays = rels.stream().anyMatch(r -> !box.apply(r.from()).equals(from));
            lines.add(rels.size() == 1 ? relBetweenAliases(from, to, first.original())
                    : (bothWays ? "BiRel(" : "Rel(") + from + ", " + to + ", " + quoted(count(rels.size(), "relationship")) + ")");
        });
        return lines;
    }

    private String names(List<String> ids) {
        return String.join(", ", ids.stream().map(id -> element(id).name()).toList());
    }

    /**
     * One group of a split container view: its containers in a boundary of their own inside their system, the
     * containers they are related to beside it, the people and outside systems around, and every relationship with
     * an end in the group.
     */
    private PlantUmlDiagram group(ContainerGroups.Group group, List<ContainerGroups.Lifted> lifted) {
        PlantUmlSource src = new PlantUmlSource("diagrams/containers-" + group.key() + ".puml",
                "Containers of " + system + ": " + group.name(), "C4/C4_Container");
        List<String> neighbours = ContainerGroups.neighbours(group, lifted);
        for (SoftwareSystem s : c4.systems()) {
            List<Container> around = c4.containersOf(s.id()).stream().filter(c -> neighbours.contains(c.id())).toList();
            boolean holdsGroup = s.id().equals(group.systemId());
            boolean related = holdsGroup || !around.isEmpty() || neighbours.contains(s.id());
            if (c4.containersOf(s.id()).isEmpty() || !related) { // a system without containers is a box, drawn below
                continue;
            }
            src.line("System_Boundary(" + Identifiers.of(s.id()) + ", " + quoted(s.name()) + ") {");
            if (holdsGroup) {
                src.line("  Boundary(" + groupAlias(group) + ", " + quoted(group.name()) + ") {");
                group.containers().forEach(c -> src.line("    " + macro(c)));
                src.line("  }");
            }
            around.forEach(c -> src.line("  " + macro(c)));
            src.line("}");
        }
        for (String id : neighbours) {
            C4Element e = element(id);
            if (!(e instanceof Container) && !drawnAsBoundary(id)) {
                src.line(macro(e));
            }
        }
        for (ContainerGroups.Lifted r : lifted) {
            if (group.contains(r.from()) || group.contains(r.to())) {
                src.line(rel(r.from(), r.to(), r.original()));
            }
        }
        return src.line("SHOW_LEGEND()").build();
    }

    /** An internal system with containers is drawn as their boundary, not as a box. */
    private boolean drawnAsBoundary(String id) {
        return element(id) instanceof SoftwareSystem && !c4.containersOf(id).isEmpty();
    }

    private static String groupAlias(ContainerGroups.Group group) {
        return "g_" + group.key().replace('-', '_'); // element aliases start with e_, so a group's can never be one
    }

    private static String count(int n, String noun) {
        return n + " " + noun + (n == 1 ? "" : "s");
    }

    private PlantUmlDiagram components(Container container) {
        String path = "diagrams/component-" + Slugs.ofId(container.id()) + ".puml";
        PlantUmlSource src = new PlantUmlSource(path, "Components of " + container.name(), "C4/C4_Component");
        List<Component> inside = c4.componentsOf(container.id());
        Function<String, String> level = id -> {
            C4Element e = element(id);
            return e instanceof Component c && !c.containerId().equals(container.id()) ? c.containerId() : id;
        };
        src.line("Container_Boundary(" + Identifiers.of(container.id()) + ", " + quoted(container.name()) + ") {");
        inside.forEach(c -> src.line("  " + macro(c)));
        src.line("}");
        Set<String> insideIds = new LinkedHashSet<>(inside.stream().map(Component::id).toList());
        Set<String> neighbours = new LinkedHashSet<>();
        List<String> rels = new ArrayList<>();
        for (Relationship r : c4.relationships()) {
            boolean fromInside = insideIds.contains(r.sourceId());
            boolean toInside = insideIds.contains(r.destinationId());
            if (fromInside || toInside) {
                String from = level.apply(r.sourceId());
                String to = level.apply(r.destinationId());
                if (!fromInside) {
                    neighbours.add(from);
                }
                if (!toInside) {
                    neighbours.add(to);
                }
                rels.add(rel(from, to, r));
            }
        }
        neighbours.forEach(id -> src.line(macro(element(id))));
        rels.forEach(src::line);
        return src.line("SHOW_LEGEND()").build();
    }

    /** Draws every relationship once at the given level, skipping those that fall inside one element there. */
    private void relationships(PlantUmlSource src, Function<String, String> level) {
        Set<String> drawn = new LinkedHashSet<>();
        for (Relationship r : c4.relationships()) {
            String from = level.apply(r.sourceId());
            String to = level.apply(r.destinationId());
            if (!from.equals(to) && drawn.add(from + "\n" + to)) {
                src.line(rel(from, to, r));
            }
        }
    }

    /** The elements other than containers that the container view shows: everything a lifted relationship touches. */
    private Set<String> lifted(Function<String, String> level) {
        Set<String> shown = new LinkedHashSet<>();
        for (Relationship r : c4.relationships()) {
            String from = level.apply(r.sourceId());
            String to = level.apply(r.destinationId());
            if (!from.equals(to)) {
                shown.add(from);
                shown.add(to);
            }
        }
        // An internal system with containers is drawn as their boundary, not as a box.
        c4.systems().stream().filter(s -> !c4.containersOf(s.id()).isEmpty()).forEach(s -> shown.remove(s.id()));
        return shown;
    }

    private String systemLevel(String id) {
        C4Element e = element(id);
        if (e instanceof Component c) {
            return systemLevel(c.containerId());
        }
        return e instanceof Container c ? c.systemId() : id;
    }

    private String containerLevel(String id) {
        return element(id) instanceof Component c ? c.containerId() : id;
    }

    private C4Element element(String id) {
        return c4.element(id).orElseThrow(() -> new DeliverableException("c4 model: relationship names unknown element '" + id + "'"));
    }

    private String rel(String from, String to, Relationship r) {
        return relBetweenAliases(Identifiers.of(from), Identifiers.of(to), r);
    }

    private static String relBetweenAliases(String from, String to, Relationship r) {
        String technology = r.technology() == null || r.technology().isBlank() ? "" : r.technology();
        if (r.interaction() == Interaction.ASYNC) {
            technology = technology.isEmpty() ? "async" : technology + ", async";
        }
        return "Rel(" + from + ", " + to + ", " + quoted(r.description())
                + (technology.isEmpty() ? "" : ", " + quoted(technology)) + ")";
    }

    static String macro(C4Element element) {
        String alias = Identifiers.of(element.id());
        String description = quoted(element.description());
        if (element instanceof Person p) {
            return (p.external() ? "Person_Ext(" : "Person(") + alias + ", " + quoted(p.name()) + ", " + description + ")";
        }
        if (element instanceof SoftwareSystem s) {
            return (s.external() ? "System_Ext(" : "System(") + alias + ", " + quoted(s.name()) + ", " + description + ")";
        }
        String technology = element instanceof Container c ? c.technology() : ((Component) element).technology();
        String macro = element instanceof Container c ? containerMacro(c) : "Component";
        return macro + "(" + alias + ", " + quoted(element.name()) + ", " + quoted(technology) + ", " + description + ")";
    }

    private static String containerMacro(Container c) {
        return switch (c.kind()) {
            case DATABASE -> "ContainerDb";
            case MESSAGE_BROKER -> "ContainerQueue";
            default -> "Container";
        };
    }
}
