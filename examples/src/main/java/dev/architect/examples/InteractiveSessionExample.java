package dev.architect.examples;

import dev.architect.Architect;
import dev.architect.Session;
import dev.architect.consultation.ClarifyingQuestion;
import dev.architect.dossier.Consultation;
import dev.architect.request.ConsultationRequest;
import dev.architect.request.RequestReader;
import java.nio.file.Path;
import java.util.function.Function;

/**
 * An interactive session: the architect first asks at most five clarifying questions, each with options and a
 * recommendation; the answers shape the design. Here a function picks the answers (a UI would ask a person); run
 * with a provider configured (e.g. {@code OPENAI_API_KEY}), since the offline architect asks no questions.
 */
public final class InteractiveSessionExample {

    public static void main(String[] args) {
        ConsultationRequest request = RequestReader.read(Path.of("examples/requests/tasktrack-saas.yaml"));
        Consultation dossier = consult(Architect.create(), request, ClarifyingQuestion::recommended);
        System.out.println(dossier.summary());
    }

    static Consultation consult(Architect architect, ConsultationRequest request, Function<ClarifyingQuestion, String> answer) {
        Session session = architect.startSession(request);         // one model call: the analysis
        for (ClarifyingQuestion q : session.questions()) {
            System.out.println(q.question() + " " + q.options() + " (recommended: " + q.recommended() + ")");
            session.answer(q.id(), answer.apply(q));                // unanswered questions become stated assumptions
        }
        return session.complete();                                  // the rest of the consultation
    }
}
