package dev.architect.internal.engine;

import dev.architect.internal.Prompts;
import dev.architect.internal.schema.OutputNegotiation;
import dev.architect.internal.schema.ReplySchemas;
import dev.architect.request.ConsultationRequest;
import dev.architect.validation.DossierValidator;
import dev.langchain4j.data.message.SystemMessage;
import dev.langchain4j.data.message.UserMessage;
import dev.langchain4j.model.chat.request.ChatRequest;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicBoolean;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Loads, once per JVM and on a daemon thread of its own, what a consultation needs before and around its first
 * model call: the prompt files, every stage's reply schema, the JSON writer and binder, the validator and the
 * grounding's price table and calculators (the provider's own request path is warmed by
 * {@code ArchitectProvider.warmUp}). In a fresh JVM these cost hundreds of milliseconds of class loading and
 * initialisation. An engine starts this when it is made and {@code Architect.build()} waits for the first part, what
 * the first call needs, so the first call leaves soon after {@code consult} is called; the rest, which only later
 * stages need, goes on in the background and waits while a consultation is preparing its first call
 * ({@link FirstCalls}), so on a machine with few cores it never competes with that call.
 * Nothing here touches the network or the model. Failures are logged and ignored: a warm-up only saves time.
 */
final class Warmup {

    private static final Logger LOG = LoggerFactory.getLogger(Warmup.class);
    private static final AtomicBoolean STARTED = new AtomicBoolean();
    /** The longest the later part waits for consultations preparing their first call; they take milliseconds. */
    private static final long MAX_YIELD_MILLIS = 2000;

    private static final CompletableFuture<Void> FIRST_CALL_READY = new CompletableFuture<>();
    private static final CompletableFuture<Void> GROUNDING_READY = new CompletableFuture<>();

    private Warmup() {
    }

    /**
     * Starts the warm-up once per JVM (later calls only return the first one's progress).
     *
     * @return completes when what the first call needs is loaded (or the warm-up stopped early); the rest goes on
     */
    static CompletableFuture<Void> start(EngineSettings settings, StageSpec<?> first, List<StageSpec<?>> later) {
        if (STARTED.compareAndSet(false, true)) {
            daemon("architect-warmup", () -> run(settings, first, later));
            // The price table and design files take longer to read than the first model call takes to answer, and
            // the second call waits for the figures made from them: read them beside the first call's preparation,
            // not after the first call has left.
            daemon("architect-grounding-warmup", () -> load(settings.grounding()));
        }
        return FIRST_CALL_READY;
    }

    /**
     * Completes once the grounding's files are read (or reading them failed, which the first consultation then
     * reports); started with {@link #start}.
     */
    static CompletableFuture<Void> groundingReady() {
        return GROUNDING_READY;
    }

    private static void daemon(String name, Runnable work) {
        Thread thread = new Thread(work, name);
        thread.setDaemon(true);
        thread.start();
    }

    private static void load(Grounding grounding) {
        try {
            grounding.load();
        } catch (RuntimeException | LinkageError e) {
            LOG.debug("the grounding's files were not read in the warm-up; the first consultation reads them", e);
            return;
        } finally {
            GROUNDING_READY.complete(null);
        }
        try {
            // The second model call waits for the request's figures, and in a fresh JVM their design pass is the
            // longest step between calls: one pass now, while the caller is still reading its request, leaves the
            // consultation's own pass loaded and compiled code to run. build() does not wait for it.
            grounding.warm();
        } catch (RuntimeException | LinkageError e) {
            LOG.debug("the figures' warm-up pass stopped early; the first consultation's pass loads the rest", e);
        }
    }

    private static void run(EngineSettings settings, StageSpec<?> first, List<StageSpec<?>> later) {
        try {
            // What the first call needs: persona, the first stage's prompt and schema, the request as JSON, an id.
            ConsultationRequest request = ConsultationRequest.builder("Warm-up", "A system to warm the engine up")
                    .capabilities("orders").build();
            UUID.randomUUID(); // every consultation's id; the first draws the JVM's secure random seed
            new StageRunner(settings).firstRequest(first, new StageInput(request, settings.grounding(), null,
                    DossierDraft.start(request.system()), null));
            ReplyParser.json("{\"warm\":true}");
            FIRST_CALL_READY.complete(null);
            // The rest in the order a consultation needs it, each step after any first call in preparation has left:
            // the first reply's reader, then the SDK's figures (the second call waits for them, and in a fresh JVM
            // their design pass is the longest step), then what the later stages need.
            FirstCalls.awaitNonePreparing(MAX_YIELD_MILLIS);
            request(settings, first);
            for (StageSpec<?> spec : later) {
                FirstCalls.awaitNonePreparing(MAX_YIELD_MILLIS);
                request(settings, spec);
            }
            FirstCalls.awaitNonePreparing(MAX_YIELD_MILLIS);
            Prompts.resource("repair.md");
            DossierValidator.validate(DossierDraft.start(request.system()));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (RuntimeException | LinkageError e) {
            LOG.debug("warm-up stopped early; the first consultation loads the rest itself", e);
        } finally {
            FIRST_CALL_READY.complete(null);
        }
    }

    /**
     * Builds one stage's request as a consultation would (its schema generated and cached), without sending it, and
     * has the JSON binder make its reply type's reader (an empty reply fails its invariants, after the reader is made).
     */
    private static void request(EngineSettings settings, StageSpec<?> spec) {
        try {
            dev.architect.dossier.DossierJson.bind(ReplyParser.json("{}"), spec.replyType());
        } catch (RuntimeException expected) {
            // an empty reply is refused; its reader is cached all the same
        }
        ReplySchemas.ReplySchema schema = ReplySchemas.of(spec.replyType());
        String task = Prompts.resource("stages/" + spec.stage().id() + ".md")
                + OutputNegotiation.instructions(settings.structuredOutput(), schema);
        ChatRequest.builder().messages(SystemMessage.from(settings.persona().systemPrompt()), UserMessage.from(task))
                .responseFormat(OutputNegotiation.responseFormat(new OutputNegotiation(settings.model(),
                        settings.structuredOutput()).mode(), schema)).build();
    }
}
