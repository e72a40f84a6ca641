package dev.architect.internal.engine;

import dev.architect.dossier.Consultation;
import dev.architect.dossier.SequenceDiagram;
import dev.architect.event.Stage;
import dev.architect.internal.Invariants;
import java.util.List;

/** flows: the critical flows as sequence diagrams between the design's elements. */
final class FlowsStage extends StageSpec<FlowsStage.Reply> {

    record Reply(List<SequenceDiagram> sequences) {
        Reply {
            sequences = Invariants.list("reply", "sequences", sequences);
        }
    }

    FlowsStage() {
        super(Stage.FLOWS, Reply.class);
    }

    @Override
    List<StageInput.Section> context(StageInput in) {
        return in.afterDesign();
    }

    @Override
    List<String> check(Reply reply, StageInput in) {
        return Completeness.flows(reply.sequences(), in.base().requirements());
    }

    @Override
    Consultation apply(Consultation base, Reply reply, StageInput in) {
        return DossierDraft.edit(base, d -> d.sequences = reply.sequences());
    }

    @Override
    boolean owns(String path, StageInput in) {
        return under(path, "sequences");
    }
}
