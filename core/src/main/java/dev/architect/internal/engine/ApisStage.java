package dev.architect.internal.engine;

import dev.architect.dossier.ApiSpec;
import dev.architect.dossier.Consultation;
import dev.architect.event.Stage;
import dev.architect.internal.Invariants;
import java.util.List;

/** apis: one OpenAPI-ready spec per container that exposes an HTTP API. */
final class ApisStage extends StageSpec<ApisStage.Reply> {

    record Reply(List<ApiSpec> apis) {
        Reply {
            apis = Invariants.list("reply", "apis", apis);
        }
    }

    ApisStage() {
        super(Stage.APIS, Reply.class);
    }

    @Override
    List<StageInput.Section> context(StageInput in) {
        return in.afterDesign();
    }

    @Override
    List<String> check(Reply reply, StageInput in) {
        return Completeness.apis(reply.apis(), in.design().containers(), in.design().techStack());
    }

    @Override
    Consultation apply(Consultation base, Reply reply, StageInput in) {
        return DossierDraft.edit(base, d -> d.apis = reply.apis());
    }

    @Override
    boolean owns(String path, StageInput in) {
        return under(path, "apis");
    }
}
