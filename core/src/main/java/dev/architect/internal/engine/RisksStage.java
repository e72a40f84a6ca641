package dev.architect.internal.engine;

import dev.architect.dossier.Consultation;
import dev.architect.dossier.Risk;
import dev.architect.event.Stage;
import dev.architect.internal.Invariants;
import java.util.List;

/** risks: the risk register, scored 5x5, tied to the outlined decisions and the design's elements. */
final class RisksStage extends StageSpec<RisksStage.Reply> {

    record Reply(List<Risk> risks) {
        Reply {
            risks = Invariants.list("reply", "risks", risks);
        }
    }

    RisksStage() {
        super(Stage.RISKS, Reply.class);
    }

    @Override
    List<StageInput.Section> context(StageInput in) {
        return in.afterDesign();
    }

    @Override
    List<String> check(Reply reply, StageInput in) {
        return Completeness.risks(reply.risks(), in.request());
    }

    @Override
    Consultation apply(Consultation base, Reply reply, StageInput in) {
        return DossierDraft.edit(base, d -> d.risks = reply.risks());
    }

    @Override
    boolean owns(String path, StageInput in) {
        return under(path, "risks");
    }
}
