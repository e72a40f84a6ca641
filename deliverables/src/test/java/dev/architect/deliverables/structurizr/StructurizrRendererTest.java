package dev.architect.deliverables.structurizr;

import static org.assertj.core.api.Assertions.assertThat;

import com.structurizr.Workspace;
import com.structurizr.dsl.StructurizrDslParser;
import com.structurizr.model.Element;
import com.structurizr.model.Relationship;
import dev.architect.deliverables.internal.Text;
import dev.architect.deliverables.testing.HostileDossier;
import dev.architect.dossier.C4Model;
import dev.architect.dossier.Consultation;
import dev.architect.testing.SampleDossiers;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class StructurizrRendererTest {

    @Test
    void sampleWorkspaceParsesWithEveryElementRelationshipAndView() throws Exception {
        Consultation c = SampleDossiers.shopFast();
        Workspace workspace = parse(new StructurizrRenderer().render(c).content());
        C4Model c4 = c.c4();
        assertThat(workspace.getName()).isEqualTo("ShopFast");
        assertThat(workspace.getModel().getElements()).hasSize((int) c4.elements().count());
        assertThat(workspace.getModel().getElements()).extracting(Element::getName)
                .contains("Shopper", "Store API", "Catalog module", "Stripe");
        assertThat(workspace.getModel().getRelationships().stream().filter(r -> r.getLinkedRelationshipId() == null).count())
                .isEqualTo(c4.relationships().size());
        assertThat(workspace.getViews().getSystemContextViews()).hasSize(1);
        assertThat(workspace.getViews().getContainerViews()).hasSize(1);
        assertThat(workspace.getViews().getComponentViews()).hasSize(1);
        assertThat(workspace.getModel().getSoftwareSystemWithName("ShopFast").getContainerWithName("Store database").getTags())
                .contains("Database");
    }

    @Test
    void hostileWorkspaceParsesAndKeepsTheTextWithoutSubstitution() throws Exception {
        Consultation c = HostileDossier.create();
        Workspace workspace = parse(new StructurizrRenderer().render(c).content());
        String expected = Text.oneLine(HostileDossier.evil("relationship")).replace('\\', '\u29F5').replace("${", "$ {");
        assertThat(workspace.getModel().getRelationships()).extracting(Relationship::getDescription).contains(expected);
        assertThat(workspace.getName()).startsWith("system \"quoted\"").contains("$ {HOME}").doesNotContain(System.getProperty("user.home") + " ");
        // three containers share one hostile name: the repeats are told apart by id
        assertThat(workspace.getModel().getElements()).extracting(Element::getName)
                .contains(Text.oneLine(HostileDossier.evil("container")).replace('\\', '\u29F5').replace("${", "$ {") + " (db)");
        assertThat(workspace.getModel().getElements()).hasSize((int) c.c4().elements().count());
    }

    @Test
    void namesThatEscapingMakesEqualAreStillToldApartById() throws Exception {
        AtomicInteger calls = new AtomicInteger();
        // every other text ends in a control character, which the DSL writes as nothing: "component" twice
        Consultation c = HostileDossier.create(tag -> calls.incrementAndGet() % 2 == 0 ? tag + "\u0007" : tag);
        Workspace workspace = parse(new StructurizrRenderer().render(c).content());
        assertThat(workspace.getModel().getElements()).extracting(Element::getName)
                .contains("component").containsAnyOf("component (app.api)", "component (app_api)");
        assertThat(workspace.getModel().getElements()).hasSize((int) c.c4().elements().count());
    }

    @SuppressWarnings("deprecation") // restricted mode is what we want: no file, URL or script access
    private static Workspace parse(String dsl) throws Exception {
        StructurizrDslParser parser = new StructurizrDslParser();
        parser.setRestricted(true);
        parser.parse(dsl);
        return parser.getWorkspace();
    }
}
