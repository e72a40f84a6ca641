package dev.architect.deliverables.structurizr;

import static dev.architect.deliverables.structurizr.DslText.quoted;

import dev.architect.deliverables.document.DeliverableException;
import dev.architect.deliverables.document.StructurizrWorkspace;
import dev.architect.deliverables.internal.ContainerGroups;
import dev.architect.deliverables.internal.Identifiers;
import dev.architect.dossier.C4Element;
import dev.architect.dossier.C4Model;
import dev.architect.dossier.Component;
import dev.architect.dossier.Consultation;
import dev.architect.dossier.Container;
import dev.architect.dossier.ContainerKind;
import dev.architect.dossier.Interaction;
import dev.architect.dossier.Person;
import dev.architect.dossier.Relationship;
import dev.architect.dossier.SoftwareSystem;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The C4 model as a Structurizr DSL workspace ({@code workspace.dsl}) with a system context, a container and a
 * component view like the PlantUML ones. Structurizr insists that names are unique among siblings, so a repeated
 * name gets its element id appended; identifiers come from {@link Identifiers}.
 */
public final class StructurizrRenderer {

    private static final String INDENT = "    ";

    /**
     * The C4 model of a dossier as a Structurizr DSL workspace.
     *
     * @param consultation the dossier
     * @return {@code workspace.dsl}
     */
    public StructurizrWorkspace render(Consultation consultation) {
        C4Model c4 = consultation.c4();
        StringBuilder dsl = new StringBuilder();
        dsl.append("workspace ").append(quoted(consultation.system())).append(' ').append(quoted(consultation.summary())).append(" {\n\n");
        dsl.append(INDENT).append("model {\n");
        Set<String> topLevelNames = new HashSet<>();
        List<ContainerGroups.Group> groups = ContainerGroups.of(c4);
        for (Person p : c4.people()) {
            line(dsl, 2, declaration(p, "person", unique(topLevelNames, p)) + tags(p.external() ? "External" : null));
        }
        for (SoftwareSystem s : c4.systems()) {
            List<Container> containers = c4.containersOf(s.id());
            String declaration = declaration(s, "softwareSystem", unique(topLevelNames, s)) + tags(s.external() ? "External" : null);
            if (containers.isEmpty()) {
                line(dsl, 2, declaration);
                continue;
            }
            line(dsl, 2, declaration + " {");
            Set<String> containerNames = new HashSet<>();
            List<ContainerGroups.Group> inside = groups.stream().filter(g -> g.systemId().equals(s.id())).toList();
            if (inside.isEmpty()) {
                containers.forEach(c -> container(dsl, 3, c4, c, containerNames));
            }
            // A container view split into groups: the groups are Structurizr groups, drawn as boundaries.
            for (ContainerGroups.Group g : inside) {
                line(dsl, 3, "group " + quoted(g.name()) + " {");
                g.containers().forEach(c -> container(dsl, 4, c4, c, containerNames));
                line(dsl, 3, "}");
            }
            line(dsl, 2, "}");
        }
        checkNesting(c4);
        Set<String> relationships = new HashSet<>();
        for (Relationship r : c4.relationships()) {
            // Structurizr refuses a second relationship with the same description between the same two elements;
            // descriptions are compared as written, since escaping can make two different texts one.
            if (relationships.add(r.sourceId() + "\n" + r.destinationId() + "\n" + quoted(r.description()))) {
                line(dsl, 2, Identifiers.of(r.sourceId()) + " -> " + Identifiers.of(r.destinationId()) + " "
                        + quoted(r.description()) + " " + quoted(r.technology()) + tags(r.interaction() == Interaction.ASYNC ? "Async" : null));
            }
        }
        dsl.append(INDENT).append("}\n\n");
        dsl.append(INDENT).append("views {\n");
        for (SoftwareSystem s : c4.internalSystems()) {
            view(dsl, "systemContext", s.id(), "context-");
            if (!c4.containersOf(s.id()).isEmpty()) {
                view(dsl, "container", s.id(), "containers-");
            }
        }
        List<ContainerGroups.Lifted> lifted = groups.isEmpty() ? List.of() : ContainerGroups.containerLevel(c4);
        for (ContainerGroups.Group g : groups) {
            groupView(dsl, c4, g, lifted);
        }
        for (Container c : c4.containers()) {
            if (!c4.componentsOf(c.id()).isEmpty()) {
                view(dsl, "component", c.id(), "components-");
            }
        }
        line(dsl, 2, "styles {");
        style(dsl, "element \"Person\"", "shape Person");
        style(dsl, "element \"Database\"", "shape Cylinder");
        style(dsl, "element \"Queue\"", "shape Pipe");
        style(dsl, "element \"External\"", "background #999999");
        style(dsl, "relationship \"Async\"", "style dashed");
        line(dsl, 2, "}");
        dsl.append(INDENT).append("}\n}\n");
        return new StructurizrWorkspace("workspace.dsl", dsl.toString());
    }

    private static void container(StringBuilder dsl, int depth, C4Model c4, Container c, Set<String> containerNames) {
        String head = declaration(c, "container", unique(containerNames, c)) + " " + quoted(c.technology()) + tags(tag(c.kind()));
        List<Component> components = c4.componentsOf(c.id());
        if (components.isEmpty()) {
            line(dsl, depth, head);
            return;
        }
        line(dsl, depth, head + " {");
        Set<String> componentNames = new HashSet<>();
        for (Component k : components) {
            line(dsl, depth + 1, declaration(k, "component", unique(componentNames, k)) + " " + quoted(k.technology()));
        }
        line(dsl, depth, "}");
    }

    /** The view of one group of a split container view: its containers and their direct neighbours, as in PlantUML. */
    private static void groupView(StringBuilder dsl, C4Model c4, ContainerGroups.Group group, List<ContainerGroups.Lifted> lifted) {
        String system = Identifiers.of(group.systemId());
        line(dsl, 2, "container " + system + " " + quoted("containers-" + system + "-" + group.key()) + " {");
        List<String> shown = new ArrayList<>(group.containers().stream().map(Container::id).toList());
        ContainerGroups.neighbours(group, lifted).stream()
                .filter(id -> !id.equals(group.systemId())) // the system in scope is the view's boundary, not an element of it
                .forEach(shown::add);
        line(dsl, 3, "include " + String.join(" ", shown.stream().map(Identifiers::of).toList()));
        line(dsl, 3, "autolayout lr");
        line(dsl, 2, "}");
    }

    private static void checkNesting(C4Model c4) {
        for (Container c : c4.containers()) {
            if (c4.systems().stream().noneMatch(s -> s.id().equals(c.systemId()))) {
                throw new DeliverableException("container '" + c.id() + "' belongs to unknown system '" + c.systemId() + "'");
            }
        }
        for (Component k : c4.components()) {
            if (c4.container(k.containerId()).isEmpty()) {
                throw new DeliverableException("component '" + k.id() + "' belongs to unknown container '" + k.containerId() + "'");
            }
        }
    }

    private static String declaration(C4Element e, String keyword, String name) {
        return Identifiers.of(e.id()) + " = " + keyword + " " + quoted(name) + " " + quoted(e.description());
    }

    /**
     * The element's name, or its name with its id when a sibling already took that name as written (escaping can
     * make two different names one, e.g. names that differ only in a control character).
     */
    private static String unique(Set<String> taken, C4Element e) {
        String name = e.name();
        while (!taken.add(quoted(name).toLowerCase(java.util.Locale.ROOT))) {
            name = name + " (" + e.id() + ")";
        }
        return name;
    }

    private static String tag(ContainerKind kind) {
        return switch (kind) {
            case DATABASE -> "Database";
            case MESSAGE_BROKER -> "Queue";
            default -> null;
        };
    }

    private static String tags(String tag) {
        return tag == null ? "" : " " + quoted(tag);
    }

    private static void view(StringBuilder dsl, String kind, String id, String keyPrefix) {
        String alias = Identifiers.of(id);
        line(dsl, 2, kind + " " + alias + " " + quoted(keyPrefix + alias) + " {");
        line(dsl, 3, "include *");
        line(dsl, 3, "autolayout lr");
        line(dsl, 2, "}");
    }

    private static void style(StringBuilder dsl, String selector, String rule) {
        line(dsl, 3, selector + " {");
        line(dsl, 4, rule);
        line(dsl, 3, "}");
    }

    private static void line(StringBuilder dsl, int depth, String text) {
        dsl.append(INDENT.repeat(depth)).append(text).append('\n');
    }
}
