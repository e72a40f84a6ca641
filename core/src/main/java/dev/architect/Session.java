package dev.architect;

import dev.architect.consultation.ClarifyingQuestion;
import dev.architect.dossier.Consultation;
import dev.architect.exceptions.InvalidRequestException;
import dev.architect.internal.engine.Analysis;
import dev.architect.internal.engine.ConsultationEngine;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;

/**
 * An interactive consultation: the architect has analysed the request and asks at most five
 * {@linkplain #questions() questions} before designing. {@linkplain #answer Answer} any of them, then
 * {@link #complete()}; each unanswered question is settled by its recommended option, stated as an assumption in
 * the dossier. Thread-safe.
 */
public final class Session {

    private final Analysis analysis;
    private final Function<Map<String, String>, CompletableFuture<Consultation>> completion;
    private final Map<String, String> answers = new LinkedHashMap<>();

    Session(Analysis analysis, Function<Map<String, String>, CompletableFuture<Consultation>> completion) {
        this.analysis = analysis;
        this.completion = completion;
    }

    /**
     * The questions, most important first; empty when the request left nothing that changes the design open.
     *
     * @return at most five questions
     */
    public List<ClarifyingQuestion> questions() {
        return analysis.questions();
    }

    /**
     * Answers a question with one of its options.
     *
     * @param questionId the question's id
     * @param option     one of its options, exactly as listed
     * @return this session
     *
     * @throws InvalidRequestException naming the question when it does not exist or the option is not one of its own
     */
    public synchronized Session answer(String questionId, String option) {
        ClarifyingQuestion q = questions().stream().filter(x -> x.id().equals(questionId)).findFirst()
                .orElseThrow(() -> InvalidRequestException.of("answers." + questionId, "no such question; the questions are "
                        + questions().stream().map(ClarifyingQuestion::id).toList()));
        if (!q.options().contains(option)) {
            throw InvalidRequestException.of("answers." + questionId, "'" + option + "' is not one of the options " + q.options());
        }
        answers.put(questionId, option);
        return this;
    }

    /**
     * The answers given so far, question id to option.
     *
     * @return a copy of the answers
     */
    public synchronized Map<String, String> answers() {
        return Map.copyOf(answers);
    }

    /**
     * Designs with the answers given; blocks until the dossier is ready.
     *
     * @return the dossier
     */
    public Consultation complete() {
        return ConsultationEngine.await(completeAsync());
    }

    /**
     * Designs with the answers given, on the architect's executor.
     *
     * @return the dossier to come; cancelling it stops every stage
     */
    public CompletableFuture<Consultation> completeAsync() {
        return completion.apply(answers());
    }
}
