package dev.architect.internal.engine;

import com.fasterxml.jackson.databind.JsonNode;
import dev.architect.consultation.StructuredOutput;
import dev.architect.dossier.Consultation;
import dev.architect.dossier.DossierJson;
import dev.architect.dossier.StageMetrics;
import dev.architect.event.ConsultationEvent.StageRetried.Reason;
import dev.architect.event.ConsultationEvent;
import dev.architect.exceptions.ArchitectException;
import dev.architect.exceptions.InvalidDossierException;
import dev.architect.exceptions.ProviderUnavailableException;
import dev.architect.exceptions.StageFailedException;
import dev.architect.internal.Prompts;
import dev.architect.internal.schema.OutputNegotiation;
import dev.architect.internal.schema.ReplySchemas;
import dev.architect.validation.DossierValidator;
import dev.architect.validation.Violation;
import dev.langchain4j.data.message.AiMessage;
import dev.langchain4j.data.message.ChatMessage;
import dev.langchain4j.data.message.SystemMessage;
import dev.langchain4j.data.message.UserMessage;
import dev.langchain4j.exception.UnsupportedFeatureException;
import dev.langchain4j.model.chat.request.ChatRequest;
import dev.langchain4j.model.chat.response.ChatResponse;
import dev.langchain4j.model.output.TokenUsage;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Runs one stage as a conversation: ask, parse tolerantly, bind to the reply record (its invariants run), apply
 * the stage's own checks, apply the reply to the dossier so far and validate that with {@code DossierValidator};
 * on any problem send the exact problems back and ask again, at most {@code maxRepairs} times. Provider faults
 * that may pass are retried with backoff underneath, without counting as repairs.
 */
final class StageRunner {

    private final EngineSettings settings;
    private final OutputNegotiation negotiation;
    private final Backoff backoff;

    StageRunner(EngineSettings settings) {
        this.settings = settings;
        this.negotiation = new OutputNegotiation(settings.model(), settings.structuredOutput());
        this.backoff = new Backoff(settings.initialBackoff(), settings.maxBackoff());
    }

    /** An accepted reply and the dossier so far with it applied. */
    record Result<R>(R reply, Consultation applied) {
    }

    <R> Result<R> run(StageSpec<R> spec, StageInput in, ConsultationRun run) {
        run.throwIfStopped();
        run.emit(new ConsultationEvent.StageStarted(run.id, spec.stage()));
        long start = System.nanoTime();
        ReplySchemas.ReplySchema schema = ReplySchemas.of(spec.replyType());
        // The shared context (the same text for every stage that sees it) is built once; the repairs follow it.
        String context = context(spec, in);
        List<ChatMessage> conversation = new ArrayList<>();
        List<String> raw = new ArrayList<>();
        Tally tally = new Tally();
        for (int repair = 0; ; repair++) {
            String reply = ask(spec, schema, context, conversation, run, tally);
            raw.add(reply);
            Checked<R> checked = accept(spec, in, reply);
            if (!checked.problems().isEmpty() && repair == settings.maxRepairs()) {
                checked = restored(spec, in, checked, run);
            }
            if (checked.problems().isEmpty()) {
                spec.warnings(checked.reply(), in).forEach(w -> run.warn(spec.stage(), w));
                Duration took = Duration.ofNanos(System.nanoTime() - start);
                run.completed(new StageMetrics(spec.stage().id(), tally.calls, took.toMillis(), tally.input, tally.output,
                        tally.characters));
                run.emit(new ConsultationEvent.StageCompleted(run.id, spec.stage(), tally.calls, took, tally.input,
                        tally.output, tally.characters));
                return new Result<>(checked.reply(), checked.applied());
            }
            if (repair == settings.maxRepairs()) {
                throw new StageFailedException(spec.stage(), tally.calls, raw, checked.problems());
            }
            run.emit(new ConsultationEvent.StageRetried(run.id, spec.stage(), tally.calls + 1, Reason.INVALID_REPLY,
                    checked.problems(), Duration.ZERO));
            conversation.add(AiMessage.from(reply));
            conversation.add(UserMessage.from(Prompts.render("repair.md",
                    Map.of("problems", "- " + String.join("\n- ", checked.problems())))));
        }
    }

    /** One model answer to the conversation, retrying provider faults that may pass. */
    private String ask(StageSpec<?> spec, ReplySchemas.ReplySchema schema, String context, List<ChatMessage> conversation,
                       ConsultationRun run, Tally tally) {
        for (int retry = 0; ; ) {
            StructuredOutput mode = negotiation.mode();
            List<ChatMessage> messages = messages(spec, schema, context, conversation, mode);
            ChatRequest request = ChatRequest.builder().messages(messages)
                    .responseFormat(OutputNegotiation.responseFormat(mode, schema)).build();
            try {
                tally.calls++;
                tally.characters += characters(messages);
                ChatResponse response = run.call(request);
                tally.add(response.tokenUsage());
                String text = response.aiMessage() == null ? null : response.aiMessage().text();
                return text == null ? "" : text;
            } catch (UnsupportedFeatureException refused) {
                if (!negotiation.downgrade(mode)) {
                    throw ProviderErrors.classify(refused);
                }
            } catch (RuntimeException e) {
                ArchitectException fault = ProviderErrors.classify(e);
                if (!ProviderErrors.isRetriable(fault) || retry >= settings.maxRetries()) {
                    throw fault;
                }
                retry++;
                Duration wait = backoff.before(retry, (ProviderUnavailableException) fault);
                run.emit(new ConsultationEvent.StageRetried(run.id, spec.stage(), tally.calls + 1, Reason.PROVIDER_FAULT,
                        List.of(fault.getMessage()), wait));
                run.sleep(wait);
            }
        }
    }

    /**
     * A stage's first request exactly as {@link #run} would send it, without sending it: the warm-up builds one so
     * that every class and cache the first call needs is loaded before a consultation asks for it.
     */
    <R> ChatRequest firstRequest(StageSpec<R> spec, StageInput in) {
        ReplySchemas.ReplySchema schema = ReplySchemas.of(spec.replyType());
        StructuredOutput mode = negotiation.mode();
        return ChatRequest.builder().messages(messages(spec, schema, context(spec, in), List.of(), mode))
                .responseFormat(OutputNegotiation.responseFormat(mode, schema)).build();
    }

    private static String context(StageSpec<?> spec, StageInput in) {
        return in.rendered().of(spec.context(in)) + StageInput.context(spec.ownContext(in));
    }

    private List<ChatMessage> messages(StageSpec<?> spec, ReplySchemas.ReplySchema schema, String context,
                                       List<ChatMessage> conversation, StructuredOutput mode) {
        List<ChatMessage> messages = new ArrayList<>();
        messages.add(SystemMessage.from(settings.persona().systemPrompt()));
        messages.add(UserMessage.from(context + stageTask(spec, schema, mode)));
        messages.addAll(conversation);
        return messages;
    }

    /**
     * What differs between stages, after the context they share: the stage's instructions, the reply's format and
     * the task line. Everything before it (persona, request, facts, and after the design its reply) is the same text
     * for every stage that sees it, so a provider's prefix cache serves the parallel stages from one copy.
     */
    private static String stageTask(StageSpec<?> spec, ReplySchemas.ReplySchema schema, StructuredOutput mode) {
        return Prompts.resource("stages/" + spec.stage().id() + ".md") + "\n" + OutputNegotiation.instructions(mode, schema);
    }

    /** The characters of the messages' texts: what the model reads, whatever the provider's tokenizer. */
    private static long characters(List<ChatMessage> messages) {
        long n = 0;
        for (ChatMessage m : messages) {
            if (m instanceof SystemMessage s) {
                n += s.text().length();
            } else if (m instanceof UserMessage u) {
                n += u.singleText().length();
            } else if (m instanceof AiMessage a && a.text() != null) {
                n += a.text().length();
            }
        }
        return n;
    }

    /** What one stage has spent so far; confined to the stage's thread. */
    private static final class Tally {
        int calls;
        long characters;
        long input;
        long output;

        void add(TokenUsage usage) {
            if (usage != null) {
                input += usage.inputTokenCount() == null ? 0 : usage.inputTokenCount();
                output += usage.outputTokenCount() == null ? 0 : usage.outputTokenCount();
            }
        }
    }

    private record Checked<R>(R reply, Consultation applied, List<String> problems) {
        static <R> Checked<R> rejected(List<String> problems) {
            return new Checked<>(null, null, problems);
        }
    }

    /**
     * Once the repairs are spent: the reply as the SDK puts it right itself (e.g. a pinned decision restored), with a
     * warning for each thing it changed, when the stage can and the result passes every check; else {@code checked}.
     */
    private static <R> Checked<R> restored(StageSpec<R> spec, StageInput in, Checked<R> checked, ConsultationRun run) {
        if (checked.reply() == null) {
            return checked;
        }
        return spec.restore(checked.reply(), in).map(fixed -> {
            Checked<R> again = check(spec, in, fixed.reply());
            if (again.problems().isEmpty()) {
                fixed.warnings().forEach(w -> run.warn(spec.stage(), w));
                return again;
            }
            return checked;
        }).orElse(checked);
    }

    private static <R> Checked<R> accept(StageSpec<R> spec, StageInput in, String raw) {
        R reply;
        try {
            JsonNode json = ReplyParser.json(raw);
            reply = DossierJson.bind(json, spec.replyType());
        } catch (ReplyParser.MalformedReplyException e) {
            return Checked.rejected(List.of(e.getMessage()));
        } catch (InvalidDossierException e) {
            return Checked.rejected(List.of(BindingProblems.describe(e)));
        }
        return check(spec, in, reply);
    }

    /** A bound reply through the stage's checks and the validator; a rejected one keeps the reply for a restore. */
    private static <R> Checked<R> check(StageSpec<R> spec, StageInput in, R reply) {
        List<String> problems = spec.check(reply, in);
        if (!problems.isEmpty()) {
            return new Checked<>(reply, null, problems);
        }
        Consultation applied;
        try {
            applied = spec.apply(in.base(), reply, in);
        } catch (InvalidDossierException e) {
            return new Checked<>(reply, null, List.of(e.getMessage()));
        }
        List<String> violations = DossierValidator.validate(applied, in.request()).errors().stream()
                .filter(v -> spec.owns(v.path(), in)).map(Violation::toString).toList();
        return new Checked<>(reply, applied, violations);
    }
}
