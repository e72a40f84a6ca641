package dev.architect.deliverables;

import static org.assertj.core.api.Assertions.assertThat;

import com.structurizr.model.Element;
import com.structurizr.model.GroupableElement;
import com.structurizr.view.ContainerView;
import dev.architect.deliverables.document.Deliverable;
import dev.architect.deliverables.document.PlantUmlDiagram;
import dev.architect.deliverables.document.SvgImage;
import dev.architect.deliverables.internal.ContainerGroups;
import dev.architect.deliverables.internal.Identifiers;
import dev.architect.deliverables.plantuml.SvgRenderer;
import dev.architect.deliverables.testing.LargeDossier;
import dev.architect.deliverables.testing.Rendered;
import dev.architect.deliverables.testing.SafeOutput;
import dev.architect.dossier.C4Model;
import dev.architect.dossier.Component;
import dev.architect.dossier.Consultation;
import dev.architect.dossier.Container;
import dev.architect.dossier.ContainerKind;
import dev.architect.dossier.DataModel;
import dev.architect.dossier.Interaction;
import dev.architect.dossier.Person;
import dev.architect.dossier.Relationship;
import dev.architect.dossier.SoftwareSystem;
import dev.architect.testing.RandomDossiers;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;

/**
 * A container view too large to read (the benchmarks' large dossier: 60 containers, about 350 relationships) is
 * written as an overview plus one view per group, in PlantUML and in the Structurizr DSL, and still shows everything.
 */
class SplitContainerViewsTest {

    /** The benchmarks' large dossier (benchmarks/Fixtures.largeDossier()). */
    private static Consultation large() {
        return RandomDossiers.generate(7L, 12);
    }

    private static List<Deliverable> files(Consultation c) {
        return DossierWriter.builder().svg(false).build().deliverables(c);
    }

    private static List<PlantUmlDiagram> groupViews(List<Deliverable> files) {
        return Rendered.ofType(files, PlantUmlDiagram.class).stream()
                .filter(d -> d.path().startsWith("diagrams/containers-")).toList();
    }

    @Test
    void everyContainerAndRelationshipOfTheLargeDossierIsInSomeView() {
        Consultation c = large();
        C4Model c4 = c.c4();
        List<Deliverable> files = files(c);
        List<PlantUmlDiagram> groups = groupViews(files);
        assertThat(groups).hasSizeGreaterThan(1);
        String allGroups = groups.stream().map(PlantUmlDiagram::content).collect(Collectors.joining());
        for (Container container : c4.containers()) {
            assertThat(allGroups).as(container.id()).contains("(" + Identifiers.of(container.id()) + ", ");
        }
        String context = Rendered.file(files, "diagrams/context.puml").content();
        Function<String, String> containerLevel = id -> c4.element(id).orElseThrow() instanceof Component k ? k.containerId() : id;
        Function<String, String> systemLevel = id -> c4.element(containerLevel.apply(id)).orElseThrow() instanceof Container k ? k.systemId() : id;
        Set<String> containerIds = c4.containers().stream().map(Container::id).collect(Collectors.toSet());
        int checked = 0;
        for (Relationship r : c4.relationships()) {
            String from = containerLevel.apply(r.sourceId());
            String to = containerLevel.apply(r.destinationId());
            if (from.equals(to)) {
                continue; // inside one container: drawn in that container's component view
            }
            String line = "\nRel(" + Identifiers.of(from) + ", " + Identifiers.of(to) + ", ";
            if (containerIds.contains(from) || containerIds.contains(to)) {
                assertThat(allGroups).as(r.sourceId() + " -> " + r.destinationId()).contains(line);
            } else { // between people and outside systems: the context view draws it
                assertThat(context).as(r.sourceId() + " -> " + r.destinationId())
                        .contains("\nRel(" + Identifiers.of(systemLevel.apply(from)) + ", " + Identifiers.of(systemLevel.apply(to)) + ", ");
            }
            checked++;
        }
        assertThat(checked).isGreaterThan(300);
    }

    @Test
    void theOverviewAndEveryGroupViewOfTheLargeDossierRenderWithPlantUml() {
        List<Deliverable> files = files(large());
        List<PlantUmlDiagram> split = Rendered.ofType(files, PlantUmlDiagram.class).stream()
                .filter(d -> d.path().startsWith("diagrams/containers")).toList();
        assertThat(split).extracting(PlantUmlDiagram::path).contains("diagrams/containers.puml");
        split.forEach(SafeOutput::plantUml);
        List<SvgImage> images = new SvgRenderer().renderAll(split, 2);
        images.forEach(SafeOutput::svg);
        assertThat(images).allSatisfy(svg -> assertThat(svg.content()).contains("<text"));
        String overview = images.get(split.indexOf(Rendered.file(files, "diagrams/containers.puml"))).content();
        // SVG puts each word in a text element of its own
        assertThat(List.of(">Data<", ">stores<", ">relationships<")).allMatch(overview::contains);
    }

    @Test
    void theSplitIsDeterministicAndEachContainerIsInExactlyOneGroupOfBoundedSize() {
        List<Deliverable> first = files(large());
        List<Deliverable> second = files(large());
        assertThat(Rendered.ofType(second, PlantUmlDiagram.class)).isEqualTo(Rendered.ofType(first, PlantUmlDiagram.class));
        assertThat(Rendered.file(second, "workspace.dsl")).isEqualTo(Rendered.file(first, "workspace.dsl"));

        C4Model c4 = large().c4();
        List<ContainerGroups.Group> groups = ContainerGroups.of(c4);
        assertThat(groups.stream().map(ContainerGroups.Group::containers).flatMap(Collection::stream))
                .containsExactlyInAnyOrderElementsOf(c4.containers());
        assertThat(groups).allSatisfy(g -> assertThat(g.containers()).hasSizeBetween(1, ContainerGroups.MAX_GROUP_SIZE));
        assertThat(groups).extracting(ContainerGroups.Group::key).doesNotHaveDuplicates();
        assertThat(groupViews(first)).hasSize(groups.size());
    }

    @Test
    void aViewWithinTheLimitsIsDrawnWholeAndOneContainerBeyondIsSplit() {
        C4Model atTheLimit = LargeDossier.generate(10).c4(); // 20 containers, 20 relationships
        assertThat(atTheLimit.containers()).hasSize(ContainerGroups.MAX_CONTAINERS);
        assertThat(ContainerGroups.of(atTheLimit)).isEmpty();
        assertThat(groupViews(files(LargeDossier.generate(10)))).isEmpty();

        Consultation beyond = LargeDossier.generate(11); // 11 services and 11 databases
        assertThat(ContainerGroups.of(beyond.c4())).extracting(ContainerGroups.Group::name)
                .containsExactly("Services (1 of 2)", "Services (2 of 2)", "Data stores (1 of 2)", "Data stores (2 of 2)");
        List<Deliverable> files = files(beyond);
        assertThat(groupViews(files)).extracting(PlantUmlDiagram::path).containsExactly("diagrams/containers-services-1.puml",
                "diagrams/containers-services-2.puml", "diagrams/containers-data-1.puml", "diagrams/containers-data-2.puml");
        // Few people and outside systems: the overview names them one by one.
        assertThat(Rendered.file(files, "diagrams/containers.puml").content()).contains("Person_Ext(e_user, ").doesNotContain("g_people");
    }

    @Test
    void theStructurizrWorkspaceAndTheDossierPagesHaveTheSameViews() throws Exception {
        Consultation c = large();
        List<Deliverable> files = files(c);
        List<ContainerGroups.Group> groups = ContainerGroups.of(c.c4());
        Collection<ContainerView> views = SafeOutput.structurizr(Rendered.file(files, "workspace.dsl").content())
                .getWorkspace().getViews().getContainerViews();
        assertThat(views).hasSize(1 + groups.size());
        for (ContainerGroups.Group g : groups) {
            ContainerView view = views.stream().filter(v -> v.getKey().endsWith("-" + g.key())).findFirst().orElseThrow();
            List<Element> shown = view.getElements().stream().map(e -> e.getElement()).map(Element.class::cast).toList();
            assertThat(shown).filteredOn(e -> e instanceof GroupableElement grouped && g.name().equals(grouped.getGroup())).hasSize(g.containers().size());
            assertThat(shown).as("its neighbours too").hasSizeGreaterThan(g.containers().size());
        }
        String readme = Rendered.file(files, "README.md").content();
        var html = Jsoup.parse(Rendered.file(files, "index.html").content());
        for (PlantUmlDiagram d : groupViews(files)) {
            assertThat(readme).contains("](" + d.path() + ")");
            assertThat(html.select("figcaption").eachText()).contains(d.title());
        }
    }
    @Test
    void eachSystemsContainersAreGroupedInsideTheirOwnBoundary() throws Exception {
        List<Container> containers = new java.util.ArrayList<>();
        List<Relationship> relationships = new java.util.ArrayList<>();
        for (String system : List.of("shop", "billing")) {
            for (int i = 0; i < 11; i++) {
                containers.add(new Container(system + "-svc-" + i, "Service " + i, system, ContainerKind.SERVICE, "Java", null));
                if (i > 0) {
                    relationships.add(new Relationship(system + "-svc-" + (i - 1), system + "-svc-" + i, "Calls", null, Interaction.SYNC));
                }
            }
        }
        relationships.add(new Relationship("shop-svc-0", "billing", "Bills through", "HTTPS", Interaction.SYNC));
        relationships.add(new Relationship("user", "shop-svc-0", "Buys", "HTTPS", Interaction.SYNC));
        C4Model c4 = new C4Model(List.of(new Person("user", "User", null, true)),
                List.of(new SoftwareSystem("shop", "Shop", null, false), new SoftwareSystem("billing", "Billing", null, false)),
                containers, List.of(), relationships);
        Consultation base = LargeDossier.generate(2);
        Consultation c = new Consultation("Shop", "Two systems", base.requirements(), List.of(), c4, List.of(), List.of(),
                new DataModel(List.of()), List.of(), List.of(), base.operations(), base.capacity(), base.cost(), base.roadmap(), null,
                base.metadata());

        assertThat(ContainerGroups.of(c4)).extracting(ContainerGroups.Group::key)
                .containsExactly("shop-services-1", "shop-services-2", "billing-services-1", "billing-services-2");
        List<Deliverable> files = files(c);
        Rendered.ofType(files, PlantUmlDiagram.class).forEach(SafeOutput::plantUml);
        // The group that calls the billing system shows it as a boundary, which the relationship points at.
        String first = Rendered.file(files, "diagrams/containers-shop-services-1.puml").content();
        assertThat(first).contains("System_Boundary(e_billing, ").contains("Rel(e_shop_hsvc_h0, e_billing, ");
        assertThat(SafeOutput.structurizr(Rendered.file(files, "workspace.dsl").content()).getWorkspace().getViews()
                .getContainerViews()).hasSize(2 + 4);
    }
}
