package dev.architect.internal.engine;

import dev.architect.dossier.Consultation;
import dev.architect.dossier.Decision;
import dev.architect.event.Stage;
import dev.architect.internal.Invariants;
import java.util.ArrayList;
import java.util.List;

/** decisions: every outlined decision written in full as an ADR with two or three real options. */
final class DecisionsStage extends StageSpec<DecisionsStage.Reply> {

    record Reply(List<Decision> decisions) {
        Reply {
            decisions = Invariants.list("reply", "decisions", decisions);
        }
    }

    DecisionsStage() {
        super(Stage.DECISIONS, Reply.class);
    }

    @Override
    List<StageInput.Section> context(StageInput in) {
        return in.afterDesign();
    }

    @Override
    List<StageInput.Section> ownContext(StageInput in) {
        return List.of(in.techStackSection());
    }

    @Override
    List<String> check(Reply reply, StageInput in) {
        List<String> outlined = in.design().decisions().stream().map(DesignStage.DecisionOutline::id).toList();
        List<String> written = reply.decisions().stream().map(Decision::id).toList();
        List<String> problems = new ArrayList<>();
        outlined.stream().filter(id -> !written.contains(id))
                .forEach(id -> problems.add("decision '" + id + "' was outlined by the design but is missing"));
        written.stream().filter(id -> !outlined.contains(id))
                .forEach(id -> problems.add("decision '" + id + "' was not outlined by the design; write exactly " + outlined));
        return problems;
    }

    @Override
    Consultation apply(Consultation base, Reply reply, StageInput in) {
        return DossierDraft.edit(base, d -> d.decisions = reply.decisions());
    }

    @Override
    boolean owns(String path, StageInput in) {
        return under(path, "decisions");
    }
}
