package dev.architect.deliverables.plantuml;

import static dev.architect.deliverables.plantuml.PlantUmlText.quoted;

import dev.architect.deliverables.document.DeliverableException;
import dev.architect.deliverables.document.PlantUmlDiagram;
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
import java.util.LinkedHashSet;
import java.util.List;
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
        if (!c4.containers().isEmpty()) {
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
        String technology = r.technology() == null || r.technology().isBlank() ? "" : r.technology();
        if (r.interaction() == Interaction.ASYNC) {
            technology = technology.isEmpty() ? "async" : technology + ", async";
        }
        return "Rel(" + Identifiers.of(from) + ", " + Identifiers.of(to) + ", " + quoted(r.description())
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
