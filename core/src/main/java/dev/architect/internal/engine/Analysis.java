package dev.architect.internal.engine;

import dev.architect.consultation.ClarifyingQuestion;
import dev.architect.dossier.Consultation;
import dev.architect.dossier.StageMetrics;
import dev.architect.request.ConsultationRequest;
import java.util.List;

/**
 * The outcome of the analyze stage, which an interactive session shows to a person before the design goes on:
 * the dossier so far (requirements), the clarifying questions, and what the stage cost.
 */
public record Analysis(String consultationId, ConsultationRequest request, Grounding.Facts facts,
                       Consultation dossier, List<ClarifyingQuestion> questions, List<StageMetrics> metrics) {

    public Analysis {
        questions = List.copyOf(questions);
        metrics = List.copyOf(metrics);
    }
}
