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
        List<String> problems = new ArrayList<>(Completeness.requirements(reply));
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

    /**
     * The model's requirements with the SDK's own assumptions: those are computed from the request, so a model
     * restating one (same id) cannot change it; its restatement is dropped.
     */
    @Override
    Consultation apply(Consultation base, Requirements reply, StageInput in) {
        List<Assumption> assumptions = new ArrayList<>(in.facts().assumptions());
        Set<String> sdk = assumptions.stream().map(Assumption::id).collect(Collectors.toSet());
        reply.assumptions().stream().filter(a -> !sdk.contains(a.id())).forEach(assumptions::add);
        Requirements merged = new Requirements(reply.functional(), reply.qualityAttributes(), reply.constraints(),
                assumptions, reply.openQuestions());
        return DossierDraft.edit(base, d -> d.requirements = merged);
    }

    @Override
    List<String> warnings(Requirements reply, StageInput in) {
        Set<String> sdk = in.facts().assumptions().stream().map(Assumption::id).collect(Collectors.toSet());
        return reply.assumptions().stream().filter(a -> sdk.contains(a.id()))
                .map(a -> "assumption '" + a.id() + "' is the SDK's; the model's restatement was ignored").toList();
    }

    @Override
    boolean owns(String path, StageInput in) {
        return under(path, "requirements");
    }
}
