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
import java.util.concurrent.atomic.AtomicBoolean;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Loads, once per JVM and on a daemon thread of its own, what a consultation needs before and around its first
 * model call: the prompt files, every stage's reply schema, the JSON writer and binder, the validator and the
 * grounding's calculators (the provider's own request path is warmed by {@code ArchitectProvider.warmUp}). In a fresh JVM these cost hundreds of milliseconds of class loading and initialisation; an
 * engine starts this when it is made, so by the time {@code consult} is called the work is done or under way, off the
 * consultation's critical path. Nothing here touches the network or the model. Failures are logged and ignored: a
 * warm-up only saves time.
 */
final class Warmup {

    private static final Logger LOG = LoggerFactory.getLogger(Warmup.class);
    private static final AtomicBoolean STARTED = new AtomicBoolean();

    private Warmup() {
    }

    static void start(EngineSettings settings, List<StageSpec<?>> specs) {
        if (!STARTED.compareAndSet(false, true)) {
            return;
        }
        Thread thread = new Thread(() -> run(settings, specs), "architect-warmup");
        thread.setDaemon(true);
        thread.setPriority(Thread.NORM_PRIORITY - 1);
        thread.start();
    }

    private static void run(EngineSettings settings, List<StageSpec<?>> specs) {
        try {
            // First what the first call needs: persona, the analyze stage's prompt and schema, the request as JSON.
            ConsultationRequest request = ConsultationRequest.builder("Warm-up", "A system to warm the engine up")
                    .capabilities("orders").build();
            String persona = settings.persona().systemPrompt();
            for (StageSpec<?> spec : specs) {
                ReplySchemas.ReplySchema schema = ReplySchemas.of(spec.replyType());
                String task = Prompts.resource("stages/" + spec.stage().id() + ".md")
                        + OutputNegotiation.instructions(settings.structuredOutput(), schema);
                ChatRequest.builder().messages(SystemMessage.from(persona), UserMessage.from(task))
                        .responseFormat(OutputNegotiation.responseFormat(new OutputNegotiation(settings.model(),
                                settings.structuredOutput()).mode(), schema)).build();
            }
            Prompts.resource("repair.md");
            StageInput.untrusted(request);
            ReplyParser.json("{\"warm\":true}");
            // Then what the parts after the first call need: the SDK's figures, the validator.
            Grounding.Facts facts = settings.grounding().facts(request);
            DossierValidator.validate(DossierDraft.start(request.system(), facts));
        } catch (RuntimeException | LinkageError e) {
            LOG.debug("warm-up stopped early; the first consultation loads the rest itself", e);
        }
    }
}
