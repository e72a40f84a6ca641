package dev.architect.internal.engine;

import dev.architect.dossier.C4Model;
import dev.architect.dossier.Component;
import dev.architect.dossier.Consultation;
import dev.architect.dossier.Relationship;
import dev.architect.event.Stage;
import dev.architect.internal.Invariants;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** components: the modules inside the service containers, and how they use the rest of the design. */
final class ComponentsStage extends StageSpec<ComponentsStage.Reply> {

    private static final Pattern RELATIONSHIP = Pattern.compile("c4\\.relationships\\[(\\d+)].*");

    record Reply(List<Component> components, List<Relationship> relationships) {
        Reply {
            components = Invariants.list("reply", "components", components);
            relationships = Invariants.list("reply", "relationships", relationships);
        }
    }

    ComponentsStage() {
        super(Stage.COMPONENTS, Reply.class);
    }

    @Override
    List<StageInput.Section> context(StageInput in) {
        return in.afterDesign();
    }

    @Override
    List<String> check(Reply reply, StageInput in) {
        return Completeness.components(reply.components(), in.design().containers());
    }

    @Override
    Consultation apply(Consultation base, Reply reply, StageInput in) {
        C4Model c4 = base.c4();
        List<Relationship> relationships = new ArrayList<>(c4.relationships());
        relationships.addAll(reply.relationships());
        C4Model withComponents = new C4Model(c4.people(), c4.systems(), c4.containers(), reply.components(), relationships);
        return DossierDraft.edit(base, d -> d.c4 = withComponents);
    }

    /** Components, and the relationships this stage appended after the design's. */
    @Override
    boolean owns(String path, StageInput in) {
        Matcher m = RELATIONSHIP.matcher(path);
        if (m.matches()) {
            return Integer.parseInt(m.group(1)) >= in.design().relationships().size();
        }
        return under(path, "c4.components");
    }
}
