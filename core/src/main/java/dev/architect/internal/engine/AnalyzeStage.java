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

/** analyze: the request becomes requirements, assumptions and at most five clarifying questions. */
final class AnalyzeStage extends StageSpec<Requirements> {

    AnalyzeStage() {
        super(Stage.ANALYZE, Requirements.class);
    }

    /**
     * The request alone: the analysis does not wait for the SDK's figures, which are computed while the model
     * answers and merged into its requirements afterwards (see {@link #apply}).
     */
    @Override
    List<StageInput.Section> context(StageInput in) {
        return StageInput.sections(in.requestSection());
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
     * assumption with the same id or about the same request field cannot change them; it is dropped. Before the
     * SDK's facts are known ({@code in.facts()} null) the reply is applied as it is.
     */
    @Override
    Consultation apply(Consultation base, Requirements reply, StageInput in) {
        List<Assumption> sdk = in.facts() == null ? List.of() : in.facts().assumptions();
        List<Assumption> assumptions = new ArrayList<>(sdk);
        reply.assumptions().stream().filter(a -> !overridden(a, sdk)).forEach(assumptions::add);
        Requirements merged = new Requirements(reply.functional(), reply.qualityAttributes(), reply.constraints(),
                assumptions, reply.openQuestions());
        return DossierDraft.edit(base, d -> d.requirements = merged);
    }

    @Override
    List<String> warnings(Requirements reply, StageInput in) {
        List<Assumption> sdk = in.facts() == null ? List.of() : in.facts().assumptions();
        return reply.assumptions().stream().filter(a -> overridden(a, sdk))
                .map(a -> "assumption '" + a.id() + "' (" + a.topic() + ") is the SDK's to make; the model's was replaced by the SDK's")
                .toList();
    }

    private static boolean overridden(Assumption model, List<Assumption> sdk) {
        return sdk.stream().anyMatch(s -> s.id().equals(model.id()) || (s.topic() != null && s.topic().equals(model.topic())));
    }

    @Override
    boolean owns(String path, StageInput in) {
        return under(path, "requirements");
    }
}
