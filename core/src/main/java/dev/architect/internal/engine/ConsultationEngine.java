package dev.architect.internal.engine;

import dev.architect.consultation.ClarifyingQuestion;
import dev.architect.dossier.Consultation;
import dev.architect.dossier.Metadata;
import dev.architect.dossier.Requirements;
import dev.architect.event.ConsultationEvent;
import dev.architect.event.Stage;
import dev.architect.exceptions.ConsultationTimeoutException;
import dev.architect.exceptions.StageFailedException;
import dev.architect.internal.lifecycle.Reconsultation;
import dev.architect.request.ConsultationRequest;
import dev.architect.validation.DossierValidator;
import dev.architect.validation.ValidationReport;
import dev.architect.validation.Violation;
import dev.langchain4j.model.ModelProvider;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;

/**
 * The consultation workflow on a model: analyze -> (clarify) -> design -> the seven fan-out stages in parallel on
 * the executor -> validate. The critical path is three model calls deep (analyze, design, the slowest fan-out
 * stage). Nothing blocks a pool thread waiting for another task, so any number of consultations can share one
 * bounded executor. Thread-safe; one engine serves every consultation of an {@code Architect}.
 */
public final class ConsultationEngine {

    private static final ScheduledThreadPoolExecutor TIMER = timer();

    private static final AnalyzeStage ANALYZE = new AnalyzeStage();
    private static final DesignStage DESIGN = new DesignStage();
    private static final List<StageSpec<?>> FAN_OUT = List.of(new DecisionsStage(), new ComponentsStage(),
            new ApisStage(), new DataStage(), new FlowsStage(), new RisksStage(), new PlanStage());

    private final EngineSettings settings;
    private final StageRunner runner;
    private final CompletableFuture<Void> firstCallReady;

    public ConsultationEngine(EngineSettings settings) {
        this.settings = settings;
        this.runner = new StageRunner(settings);
        List<StageSpec<?>> later = new ArrayList<>(List.of(DESIGN));
        later.addAll(FAN_OUT);
        this.firstCallReady = Warmup.start(settings, ANALYZE, later);
    }

    /**
     * Completes once this JVM has loaded what a consultation's first call needs (the warm-up started when the first
     * engine was made); never fails.
     */
    public CompletableFuture<Void> firstCallReady() {
        return firstCallReady.copy();
    }

    /**
     * Completes once this JVM has read what the SDK's figures need (price table, design files), which the second
     * model call waits for; never fails.
     */
    public CompletableFuture<Void> figuresReady() {
        return Warmup.groundingReady().copy();
    }

    /** A whole consultation; unanswered questions become stated assumptions. */
    public CompletableFuture<Consultation> consult(ConsultationRequest request) {
        ConsultationRun run = new ConsultationRun(UUID.randomUUID().toString(), settings);
        return supervise(run, analyze(run, request).thenCompose(analysis -> design(run, analysis, Map.of(), null)));
    }

    /**
     * A re-consultation: the previous dossier is context for the design and every stage after it, and its pinned
     * decisions are held (a reply that changes one is repaired, then restored with a warning).
     */
    public CompletableFuture<Consultation> reconsult(ConsultationRequest changed, Reconsultation previous) {
        ConsultationRun run = new ConsultationRun(UUID.randomUUID().toString(), settings);
        if (!previous.driversKnown()) {
            run.warn(Stage.DESIGN, "no decision was pinned: the previous request was not given, so the SDK could not tell "
                    + "which drivers moved");
        }
        return supervise(run, analyze(run, changed).thenCompose(analysis -> design(run, analysis, Map.of(), previous)));
    }

    /** The analyze stage alone, for an interactive session to show its questions. */
    public CompletableFuture<Analysis> analyze(ConsultationRequest request) {
        ConsultationRun run = new ConsultationRun(UUID.randomUUID().toString(), settings);
        return supervise(run, analyze(run, request));
    }

    /** The rest of a session's consultation, with the answers a person gave (question id to option). */
    public CompletableFuture<Consultation> complete(Analysis analysis, Map<String, String> answers) {
        ConsultationRun run = new ConsultationRun(analysis.consultationId(), settings);
        run.carryOver(analysis.metrics());
        return supervise(run, CompletableFuture.supplyAsync(() -> run, settings.executor())
                .thenCompose(r -> design(r, analysis, Map.copyOf(answers), null)));
    }

    /**
     * The analyze call leaves first: it needs only the request. The SDK's figures are computed once that call is in
     * the model's hands, while the model thinks, and merged into its requirements when both are done; until then
     * nothing that only later stages need (their warm-up, the figures) competes with preparing the first call.
     */
    private CompletableFuture<Analysis> analyze(ConsultationRun run, ConsultationRequest request) {
        CompletableFuture<StageRunner.Result<Requirements>> answered = CompletableFuture.supplyAsync(() -> runner.run(ANALYZE,
                new StageInput(request, settings.grounding(), null, DossierDraft.start(request.system()), null), run),
                settings.executor());
        FirstCalls.preparing(CompletableFuture.anyOf(run.firstCall(), answered));
        CompletableFuture<Grounding.Facts> facts = run.firstCall().thenApplyAsync(sent -> settings.grounding().facts(request),
                settings.executor());
        facts.whenComplete((ignored, failure) -> {
            if (failure != null) {
                run.stop(unwrap(failure)); // the model's answer is of no use without the figures
            }
        });
        return answered.thenCombine(facts, (analyzed, figures) -> {
            StageInput in = new StageInput(request, settings.grounding(), figures, DossierDraft.start(request.system(), figures), null);
            Consultation dossier = ANALYZE.apply(in.base(), analyzed.reply(), in);
            ANALYZE.warnings(analyzed.reply(), in).forEach(w -> run.warn(Stage.ANALYZE, w));
            List<ClarifyingQuestion> questions = analyzed.reply().openQuestions().stream().map(ClarifyingQuestion::of).toList();
            return new Analysis(run.id, request, figures, dossier, questions, run.stageMetrics());
        });
    }

    private CompletableFuture<Consultation> design(ConsultationRun run, Analysis analysis, Map<String, String> answers,
                                                   Reconsultation previous) {
        Consultation clarified = DossierDraft.edit(analysis.dossier(), d -> d.requirements =
                Clarifications.resolve(d.requirements, analysis.questions(), answers));
        analysis.questions().stream().filter(q -> !answers.containsKey(q.id())).forEach(q -> run.warn(Stage.ANALYZE,
                "question '" + q.id() + "' was not answered; assumed \"" + q.recommended() + "\""));
        StageInput designInput = new StageInput(analysis.request(), settings.grounding(), analysis.facts(), clarified, null,
                previous);
        StageRunner.Result<DesignStage.Reply> designed = runner.run(DESIGN, designInput, run);
        StageInput fanOutInput = designInput.withDesign(designed.applied(), designed.reply());
        List<CompletableFuture<Function<Consultation, Consultation>>> parts = new ArrayList<>();
        for (StageSpec<?> spec : FAN_OUT) {
            CompletableFuture<Function<Consultation, Consultation>> part = CompletableFuture.supplyAsync(
                    () -> fanOut(spec, fanOutInput, run), settings.executor());
            part.whenComplete((ignored, failure) -> {
                if (failure != null) {
                    run.stop(unwrap(failure)); // the others stop too: their work is wasted once one part fails
                }
            });
            parts.add(part);
        }
        return CompletableFuture.allOf(parts.toArray(CompletableFuture[]::new)).thenApply(done -> {
            Consultation dossier = designed.applied();
            for (CompletableFuture<Function<Consultation, Consultation>> part : parts) {
                dossier = part.join().apply(dossier);
            }
            // The summary was written before anything was priced; it now quotes the SDK's figures.
            return validate(run, SummaryFigures.quote(dossier, analysis.request()), analysis.request());
        });
    }

    /** Runs one fan-out stage; the result is how to put its reply into the assembled dossier. */
    private <R> Function<Consultation, Consultation> fanOut(StageSpec<R> spec, StageInput in, ConsultationRun run) {
        R reply = runner.run(spec, in, run).reply();
        return dossier -> spec.apply(dossier, reply, in);
    }

    /**
     * The validate stage: the assembled dossier must pass the validator and have no empty section; its warnings go
     * to the metadata.
     */
    private Consultation validate(ConsultationRun run, Consultation assembled, ConsultationRequest request) {
        ValidationReport report = DossierValidator.validate(assembled, request);
        if (report.hasErrors()) { // each part passed in context, so only a conflict between parts gets here
            throw new StageFailedException(Stage.VALIDATE, 0, List.of(),
                    report.errors().stream().map(Violation::toString).toList());
        }
        List<String> missing = Completeness.ofDossier(assembled, request);
        if (!missing.isEmpty()) { // each stage checked its own part; this guards the assembly, never exits with a gap
            throw new StageFailedException(Stage.VALIDATE, 0, List.of(), missing);
        }
        report.warnings().forEach(w -> run.warn(Stage.VALIDATE, w.toString()));
        Metadata metadata = new Metadata(providerName(), run.modelName(), settings.persona().version(),
                run.inputTokens(), run.outputTokens(), run.elapsed().toMillis(), run.stageMetrics(), run.warnings());
        run.emit(new ConsultationEvent.ConsultationCompleted(run.id, run.elapsed(), run.inputTokens(),
                run.outputTokens(), run.modelCalls()));
        return assembled.withMetadata(metadata);
    }

    private String providerName() {
        if (settings.providerName() != null) {
            return settings.providerName();
        }
        ModelProvider provider = settings.model().provider();
        if (provider != null && provider != ModelProvider.OTHER) {
            return provider.name().toLowerCase(java.util.Locale.ROOT);
        }
        // Anonymous and lambda classes have no simple name; fall back to the binary name without its package.
        Class<?> type = settings.model().getClass();
        return type.getSimpleName().isEmpty() ? type.getName().substring(type.getName().lastIndexOf('.') + 1) : type.getSimpleName();
    }

    /**
     * The caller's view of a run: completes with the work's result, or at once with the reason the run was stopped
     * (timeout, budget, a failed stage); cancelling it stops the run.
     */
    private <T> CompletableFuture<T> supervise(ConsultationRun run, CompletableFuture<T> work) {
        CompletableFuture<T> result = new CompletableFuture<>();
        ScheduledFuture<?> timeout = TIMER.schedule(() -> run.stop(new ConsultationTimeoutException(settings.timeout())),
                settings.timeout().toMillis(), TimeUnit.MILLISECONDS);
        run.onStop(result::completeExceptionally);
        work.whenComplete((value, failure) -> {
            if (failure == null) {
                result.complete(value);
            } else {
                RuntimeException cause = unwrap(failure);
                run.stop(cause);
                result.completeExceptionally(cause);
            }
        });
        result.whenComplete((value, failure) -> {
            timeout.cancel(false);
            if (failure instanceof CancellationException cancelled) {
                run.stop(cancelled);
            }
        });
        return result;
    }

    /** The exception a stage threw, out of the wrappers {@code CompletableFuture} put around it. */
    static RuntimeException unwrap(Throwable failure) {
        Throwable t = failure;
        while ((t instanceof CompletionException || t instanceof ExecutionException) && t.getCause() != null) {
            t = t.getCause();
        }
        if (t instanceof RuntimeException r) {
            return r;
        }
        return new IllegalStateException(t);
    }

    /** Blocks for a result and rethrows the stage's own exception, not a wrapper. */
    public static <T> T await(CompletableFuture<T> future) {
        try {
            return future.join();
        } catch (CompletionException | CancellationException e) {
            throw unwrap(e);
        }
    }

    private static ScheduledThreadPoolExecutor timer() {
        ScheduledThreadPoolExecutor timer = new ScheduledThreadPoolExecutor(1, r -> {
            Thread t = new Thread(r, "architect-timeout");
            t.setDaemon(true);
            return t;
        });
        timer.setRemoveOnCancelPolicy(true);
        return timer;
    }
}
