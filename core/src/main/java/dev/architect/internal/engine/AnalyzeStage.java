package dev.architect.internal.engine;

import dev.architect.consultation.ClarifyingQuestion;
import dev.architect.dossier.Assumption;
import dev.architect.dossier.Consultation;
import dev.architect.dossier.OpenQuestion;
import dev.architect.dossier.Requirements;
import dev.architect.event.Stage;
import dev.architect.exceptions.InvalidDossierException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/** analyze: the request becomes requirements, assumptions and at most five clarifying questions. */
final class AnalyzeStage extends StageSpec<Requirements> {

    AnalyzeStage() {
        super(Stage.ANALYZE, Requirements.class);
    }

    @Override
    List<StageInput.Section> context(StageInput in) {
        return StageInput.sections(in.requestSection(), in.factsSection());
    }

    @Override
    List<String> check(Requirements reply, StageInput in) {
        List<String> problems = new ArrayList<>();
        if (reply.openQuestions().size() > ClarifyingQuestion.MAX_QUESTIONS) {
            problems.add("openQuestions has " + reply.openQuestions().size() + " questions; ask at most "
                    + ClarifyingQuestion.MAX_QUESTIONS + ", the ones that change the design most");
        }
        for (OpenQuestion q : reply.openQuestions()) {
            try {
                ClarifyingQuestion.of(q);
            } catch (InvalidDossierException e) {
                problems.add(e.getMessage());
            }
        }
        return problems;
    }

    /** The model's requirements plus the SDK's own assumptions (those it did not restate). */
    @Override
    Consultation apply(Consultation base, Requirements reply, StageInput in) {
        Set<String> ids = reply.assumptions().stream().map(Assumption::id).collect(Collectors.toSet());
        List<Assumption> assumptions = new ArrayList<>(reply.assumptions());
        in.facts().assumptions().stream().filter(a -> !ids.contains(a.id())).forEach(assumptions::add);
        Requirements merged = new Requirements(reply.functional(), reply.qualityAttributes(), reply.constraints(),
                assumptions, reply.openQuestions());
        return DossierDraft.edit(base, d -> d.requirements = merged);
    }

    @Override
    boolean owns(String path, StageInput in) {
        return under(path, "requirements");
    }
}
