package dev.architect;

import dev.architect.consultation.Persona;
import dev.architect.consultation.StructuredOutput;
import dev.architect.dossier.Consultation;
import dev.architect.event.ConsultationEvent;
import dev.architect.event.ConsultationListener;
import dev.architect.event.Stage;
import dev.architect.exceptions.ConsultationTimeoutException;
import dev.architect.exceptions.InvalidDossierException;
import dev.architect.exceptions.ProviderConfigurationException;
import dev.architect.exceptions.ProviderException;
import dev.architect.exceptions.StageFailedException;
import dev.architect.exceptions.TokenBudgetExceededException;
import dev.architect.internal.engine.Analysis;
import dev.architect.internal.engine.ConsultationEngine;
import dev.architect.internal.engine.EngineSettings;
import dev.architect.internal.engine.Grounding;
import dev.architect.internal.engine.Sleeper;
import dev.architect.internal.lifecycle.DecisionLineage;
import dev.architect.internal.lifecycle.Reconsultation;
import dev.architect.request.ConsultationRequest;
import dev.architect.spi.ArchitectProvider;
import dev.architect.spi.ProviderConfig;
import dev.architect.spi.ProviderRegistry;
import dev.architect.validation.DossierValidator;
import dev.architect.validation.ValidationReport;
import dev.langchain4j.model.chat.ChatModel;
import java.time.Duration;
import java.util.LinkedHashMap;
import dev.architect.offline.OfflineQuestions;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import org.slf4j.LoggerFactory;

/**
 * The architect: hand it a {@link ConsultationRequest}, get back the dossier.
 *
 * <pre>{@code
 * Architect architect = Architect.builder()
 *         .chatModel(anyLangChain4jChatModel)
 *         .listener(event -> log.info("{}", event))
 *         .build();
 * Consultation dossier = architect.consult(request);
 * }</pre>
 *
 * With a chat model, a consultation runs the staged workflow ({@link Stage}): every reply is schema-bound,
 * validated and repaired, capacity and cost figures come from the SDK, and the seven detail stages run in
 * parallel. Without one, the deterministic offline architect answers. Immutable and thread-safe: share one
 * instance across threads and consultations.
 */
public final class Architect {

    /** Each provider's warm-up, started once per JVM by the first architect built on it. */
    private static final Map<String, CompletableFuture<Void>> PROVIDER_WARM_UPS = new java.util.concurrent.ConcurrentHashMap<>();
    /**
     * The longest {@code build()} waits for what the first model call needs to be loaded (a few hundred milliseconds
     * in a fresh JVM on an idle machine); past it the consultation loads the rest itself.
     */
    private static final Duration MAX_WARM_UP_WAIT = Duration.ofSeconds(5);
    private static final ExecutorService DEFAULT_EXECUTOR = Executors.newCachedThreadPool(daemonThreads());

    private final ConsultationEngine engine; // null: offline
    private final Function<ConsultationRequest, Consultation> offline;
    private final Executor executor;
    private final ConsultationListener listener;

    private Architect(Builder b) {
        this.executor = b.executor;
        this.listener = b.listener;
        this.offline = OfflineSeams.offlineArchitect(b.clock);
        ChatModel model = b.chatModel != null ? b.chatModel : b.providerModel();
        this.engine = model == null ? null : new ConsultationEngine(new EngineSettings(model, b.persona,
                b.listener, b.executor, b.grounding == null ? OfflineSeams.grounding() : b.grounding, b.structuredOutput,
                b.maxRepairs, b.maxRetries, b.initialBackoff, b.maxBackoff, b.tokenBudget, b.timeout, b.sleeper,
                b.chatModel != null ? null : b.chosenProvider));
        if (engine != null) {
            awaitWarmUp(CompletableFuture.allOf(engine.firstCallReady(), engine.figuresReady()),
                    b.chatModel != null ? null : PROVIDER_WARM_UPS.get(b.chosenProvider));
        } else {
            OfflineSeams.startReadingOffline();
        }
    }

    /**
     * Waits, at most {@link #MAX_WARM_UP_WAIT}, for the engine's and the provider's warm-ups to have loaded what the
     * first model call needs and what the SDK's figures need (they run on threads of their own at once), so that call
     * leaves soon after {@code consult} and the second does not wait for files to be read. A
     * warm-up that fails or is slow only costs that time back in the first consultation; it never fails the build.
     */
    private static void awaitWarmUp(CompletableFuture<Void> engineReady, CompletableFuture<Void> providerReady) {
        CompletableFuture<Void> ready = providerReady == null ? engineReady : CompletableFuture.allOf(engineReady, providerReady);
        try {
            ready.get(MAX_WARM_UP_WAIT.toMillis(), java.util.concurrent.TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (java.util.concurrent.ExecutionException | java.util.concurrent.TimeoutException e) {
            LoggerFactory.getLogger(Architect.class).debug("built without waiting for the rest of the warm-up", e);
        }
    }

    /**
     * A builder for an architect configured in code, with no provider unless one is named: the offline architect by
     * default, a model with {@link Builder#chatModel(ChatModel)} or {@link Builder#provider(String)}. Unlike
     * {@link #builderFromEnvironment()}, it reads no {@code ARCHITECT_PROVIDER} or key variable to pick a provider.
     *
     * <pre>{@code
     * Architect architect = Architect.builder().provider("openai").providerOption("model", "gpt-4o")
     *         .listener(event -> System.err.println(event)).timeout(Duration.ofMinutes(10)).build();
     * }</pre>
     *
     * @return a new builder with the defaults listed on each of its methods
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * An architect configured from the environment: the provider named by {@code ARCHITECT_PROVIDER} (which may say
     * {@code offline}), else OpenAI when {@code OPENAI_API_KEY} is set, else Ollama when {@code OLLAMA_BASE_URL} is
     * set (each only if its module is on the class path), else the offline architect.
     *
     * @return the architect, ready to share between threads
     * @throws ProviderConfigurationException when {@code ARCHITECT_PROVIDER} names an unknown provider or the
     *                                        chosen provider lacks a required setting
     */
    public static Architect create() {
        return builderFromEnvironment().build();
    }

    /**
     * A builder preset as {@link #create()} would choose, to add a listener, timeout or other options before building.
     *
     * @return a builder with the provider the environment names, if any
     * @throws ProviderConfigurationException when {@code ARCHITECT_PROVIDER} names an unknown provider
     */
    public static Builder builderFromEnvironment() {
        return fromEnvironment(System::getenv, ProviderRegistry.load());
    }

    static Builder fromEnvironment(Function<String, String> environment, ProviderRegistry registry) {
        Builder builder = builder();
        builder.registry = registry;
        builder.environment = environment;
        registry.fromEnvironment(environment).ifPresent(p -> builder.provider(p.name()));
        return builder;
    }

    /**
     * Runs a whole consultation and blocks until the dossier is ready. Questions become stated assumptions.
     *
     * @param request what the system must do and under which constraints
     * @return the dossier, valid against every invariant and cross-reference rule
     * @throws dev.architect.exceptions.ArchitectException the same exceptions {@link #consultAsync} fails with, unwrapped
     */
    public Consultation consult(ConsultationRequest request) {
        return ConsultationEngine.await(consultAsync(request));
    }

    /**
     * Runs a consultation on the executor. The future fails with the SDK's exception ({@link StageFailedException},
     * {@link ProviderException}, {@link TokenBudgetExceededException}, {@link ConsultationTimeoutException});
     * cancelling it stops every stage still running.
     *
     * @param request what the system must do and under which constraints
     * @return the dossier to come
     */
    public CompletableFuture<Consultation> consultAsync(ConsultationRequest request) {
        Objects.requireNonNull(request, "request");
        if (engine == null) {
            return CompletableFuture.supplyAsync(() -> consultOffline(request), executor);
        }
        return engine.consult(request);
    }

    /**
     * Consults again after the requirements changed, keeping what still holds: a decision whose subject, choice and
     * drivers did not change keeps its number, text and date; a decision whose choice or drivers moved gets a new,
     * higher number and supersedes the old one, which stays in the dossier as superseded; containers, API operations,
     * entities and risks whose subject did not change keep their ids. Without the previous request a model sees the
     * previous dossier as context but no decision is pinned; see {@link #reconsult(Consultation, ConsultationRequest,
     * ConsultationRequest)}. {@code DossierDiff.between(previous, result)} lists what changed.
     *
     * @param previous the earlier dossier, e.g. read back with {@code DossierJson.read}
     * @param changed  the request as it reads now
     * @return the new dossier, carrying forward what still holds
     * @throws dev.architect.exceptions.InvalidDossierException when {@code previous} does not validate, naming the
     *                                                          problems
     */
    public Consultation reconsult(Consultation previous, ConsultationRequest changed) {
        return carryForward(previous, null, Objects.requireNonNull(changed, "changed"));
    }

    /**
     * Consults again after the requirements changed, as {@link #reconsult(Consultation, ConsultationRequest)}, knowing
     * the request the previous dossier was made from. With a model, the SDK compares the two requests field by field:
     * the model sees the previous dossier in compact form, which request fields moved, and which decisions are pinned
     * because none of their drivers moved. A reply that changes a pinned decision is sent back naming the decision; if
     * the model still changes it, the SDK restores the previous decision and records a warning in the metadata. Offline,
     * the result is the same as without the previous request (the offline architect is deterministic).
     *
     * @param previous        the earlier dossier
     * @param previousRequest the request the earlier dossier was made from
     * @param changed         the request as it reads now
     * @return the new dossier, carrying forward what still holds
     * @throws dev.architect.exceptions.InvalidDossierException when {@code previous} does not validate, naming the
     *                                                          problems
     */
    public Consultation reconsult(Consultation previous, ConsultationRequest previousRequest, ConsultationRequest changed) {
        return carryForward(previous, Objects.requireNonNull(previousRequest, "previousRequest"),
                Objects.requireNonNull(changed, "changed"));
    }

    private Consultation carryForward(Consultation previous, ConsultationRequest previousRequest, ConsultationRequest changed) {
        Objects.requireNonNull(previous, "previous");
        ValidationReport report = DossierValidator.validate(previous);
        if (report.hasErrors()) {
            throw new InvalidDossierException("the previous dossier does not validate:\n"
                    + report.errors().stream().map(Object::toString).collect(java.util.stream.Collectors.joining("\n")));
        }
        if (engine == null) {
            return DecisionLineage.carryForward(previous, consult(changed));
        }
        Reconsultation context = Reconsultation.of(previous, previousRequest, changed);
        return DecisionLineage.carryForward(previous, ConsultationEngine.await(engine.reconsult(changed, context)));
    }

    /**
     * Analyses the request and returns the clarifying questions; blocks for the one model call that takes.
     *
     * @param request what the system must do and under which constraints
     * @return the session holding the questions, to answer and then complete
     */
    public Session startSession(ConsultationRequest request) {
        Objects.requireNonNull(request, "request");
        if (engine == null) {
            // Offline, the questions come from what the request leaves open; the answers amend the request.
            Analysis asked = new Analysis("offline", request, null, null, OfflineQuestions.ask(request), List.of());
            return new Session(asked, answers -> CompletableFuture.supplyAsync(
                    () -> consultOffline(OfflineQuestions.apply(request, answers)), executor));
        }
        Analysis analysis = ConsultationEngine.await(engine.analyze(request));
        return new Session(analysis, answers -> engine.complete(analysis, answers));
    }

    private Consultation consultOffline(ConsultationRequest request) {
        long started = System.nanoTime();
        Consultation dossier = offline.apply(request);
        listener.onEvent(new ConsultationEvent.ConsultationCompleted(UUID.randomUUID().toString(),
                Duration.ofNanos(System.nanoTime() - started), 0, 0, 0));
        return dossier;
    }

    /** Configures an {@link Architect}. Not thread-safe; {@link #build()} copies what it needs. */
    public static final class Builder {
        private ChatModel chatModel;
        private Persona persona = Persona.defaultPersona();
        private ConsultationListener listener = ConsultationListener.NONE;
        private Executor executor = DEFAULT_EXECUTOR;
        private StructuredOutput structuredOutput = StructuredOutput.AUTO;
        private int maxRepairs = 2;
        private String chosenProvider;
        private int maxRetries = 3;
        private Duration initialBackoff = Duration.ofMillis(500);
        private Duration maxBackoff = Duration.ofSeconds(30);
        private long tokenBudget;
        private Duration timeout = Duration.ofMinutes(5);
        private Grounding grounding;
        private Sleeper sleeper = Sleeper.REAL;
        private String provider;
        private final Map<String, String> providerOptions = new LinkedHashMap<>();
        private ProviderRegistry registry;
        private Function<String, String> environment = System::getenv;
        private java.time.Clock clock = java.time.Clock.systemUTC();

        private Builder() {
        }

        /**
         * Any LangChain4j chat model; without one the offline architect answers. Wins over {@link #provider(String)}.
         *
         * @param chatModel the model every stage calls
         * @return this builder
         */
        public Builder chatModel(ChatModel chatModel) {
            this.chatModel = chatModel;
            return this;
        }

        /**
         * A provider by name ({@code openai}, {@code ollama}, a plugin's name, or {@code offline}), found on the class
         * path with {@link java.util.ServiceLoader}; configured by {@link #providerOption}, system properties and
         * environment variables, in that order.
         *
         * @param name the provider's name, case-insensitive
         * @return this builder
         */
        public Builder provider(String name) {
            this.provider = Objects.requireNonNull(name, "name");
            return this;
        }

        /**
         * A setting for the provider, e.g. {@code providerOption("model", "gpt-4o")}; wins over properties and environment.
         *
         * @param key   the setting's key, as the README's configuration table lists it
         * @param value its value
         * @return this builder
         */
        public Builder providerOption(String key, String value) {
            providerOptions.put(Objects.requireNonNull(key, "key"), Objects.requireNonNull(value, "value"));
            return this;
        }

        private ChatModel providerModel() {
            if (provider == null || provider.strip().equalsIgnoreCase(ProviderRegistry.OFFLINE)) {
                return null;
            }
            ArchitectProvider chosen = (registry == null ? ProviderRegistry.load() : registry).require(provider);
            chosenProvider = chosen.name(); // the provider's own name in metadata, not the client library's enum
            warmUp(chosen);
            return chosen.create(ProviderConfig.of(chosen.name(), providerOptions, System::getProperty, environment));
        }

        /**
         * Starts the provider's warm-up once per JVM and provider, on a daemon thread; the future completes when it has
         * finished, failed or not, and never fails.
         */
        private static void warmUp(ArchitectProvider provider) {
            PROVIDER_WARM_UPS.computeIfAbsent(provider.name(), name -> {
                CompletableFuture<Void> done = new CompletableFuture<>();
                Thread thread = new Thread(() -> {
                    try {
                        provider.warmUp();
                    } catch (RuntimeException | LinkageError e) {
                        LoggerFactory.getLogger(Architect.class).debug("warm-up of provider {} failed", name, e);
                    } finally {
                        done.complete(null);
                    }
                }, "architect-warmup-" + name);
                thread.setDaemon(true);
                thread.start();
                return done;
            });
        }

        /**
         * The architect's persona in the system prompt; {@link Persona#defaultPersona()} by default.
         *
         * @param persona who the model is told it is and what it values
         * @return this builder
         */
        public Builder persona(Persona persona) {
            this.persona = Objects.requireNonNull(persona, "persona");
            return this;
        }

        /**
         * Receives each stage's start, completion, retries and warnings; none by default. Called from several threads.
         *
         * @param listener the listener, thread-safe
         * @return this builder
         */
        public Builder listener(ConsultationListener listener) {
            this.listener = Objects.requireNonNull(listener, "listener");
            return this;
        }

        /**
         * Where stages run; the seven detail stages of a consultation run on it at the same time.
         *
         * @param executor the executor; a shared pool of daemon threads by default
         * @return this builder
         */
        public Builder executor(Executor executor) {
            this.executor = Objects.requireNonNull(executor, "executor");
            return this;
        }

        /**
         * How replies are held to their schema; {@link StructuredOutput#AUTO} by default.
         *
         * @param structuredOutput native JSON-schema output, the schema in the prompt, or whichever the model supports
         * @return this builder
         */
        public Builder structuredOutput(StructuredOutput structuredOutput) {
            this.structuredOutput = Objects.requireNonNull(structuredOutput, "structuredOutput");
            return this;
        }

        /**
         * How many times a stage may send its problems back to the model for repair; 2 by default.
         *
         * @param maxRepairs zero or more
         * @return this builder
         */
        public Builder maxRepairs(int maxRepairs) {
            this.maxRepairs = maxRepairs;
            return this;
        }

        /**
         * How many times one model call is retried after a retriable provider fault; 3 by default.
         *
         * @param maxRetries zero or more
         * @return this builder
         */
        public Builder maxRetries(int maxRetries) {
            this.maxRetries = maxRetries;
            return this;
        }

        /**
         * Backoff between retries when the provider did not say how long to wait: 500 ms doubling to 30 s.
         *
         * @param initial the first wait
         * @param max     the longest wait
         * @return this builder
         */
        public Builder backoff(Duration initial, Duration max) {
            this.initialBackoff = initial;
            this.maxBackoff = max;
            return this;
        }

        /**
         * The most tokens (input plus output) one consultation may use; 0, the default, means no limit.
         *
         * @param tokenBudget the limit, or 0
         * @return this builder
         */
        public Builder tokenBudget(long tokenBudget) {
            this.tokenBudget = tokenBudget;
            return this;
        }

        /**
         * The longest one consultation may take, retries included; 5 minutes by default.
         *
         * @param timeout a positive duration
         * @return this builder
         */
        public Builder timeout(Duration timeout) {
            this.timeout = timeout;
            return this;
        }

        /**
         * The clock the offline architect reads the date of a consultation from: a request's calendar dates ("live by
         * 2027-04-15", "before the season starts in March") are counted in weeks from it, for the roadmap's launch cut,
         * its open question and its risk. The system clock in UTC by default; fix it ({@link java.time.Clock#fixed}) for
         * output that is the same on any day, as the command line's {@code --date} does.
         *
         * @param clock the clock; its zone decides which day "today" is
         * @return this builder
         * @throws NullPointerException when {@code clock} is null
         */
        public Builder clock(java.time.Clock clock) {
            this.clock = Objects.requireNonNull(clock, "clock");
            return this;
        }

        /** For tests: fixed facts and prices instead of the offline architect's calculators. */
        Builder grounding(Grounding grounding) {
            this.grounding = grounding;
            return this;
        }

        /** For tests: record backoff waits instead of sleeping. */
        Builder sleeper(Sleeper sleeper) {
            this.sleeper = sleeper;
            return this;
        }

        /**
         * Builds the architect. Every setting is checked here, whether or not a model is configured, so a setting
         * that would fail in production fails on a laptop too; a named provider is looked up and configured now, so
         * a missing key fails here too. With a model, it also loads what the first model call needs (the engine's
         * prompts and schemas, the provider's request path: a few hundred milliseconds in a fresh JVM, at most 5 s),
         * so that call leaves soon after {@code consult}; what later stages need goes on loading in the background.
         *
         * @return the architect, immutable and thread-safe
         * @throws IllegalArgumentException       naming the setting, when a limit is negative, a duration not
         *                                        positive, or the longest backoff shorter than the first
         * @throws ProviderConfigurationException when the named provider is unknown or lacks a required setting
         */
        public Architect build() {
            EngineSettings.checkLimits(maxRepairs, maxRetries, initialBackoff, maxBackoff, tokenBudget, timeout);
            return new Architect(this);
        }
    }

    private static java.util.concurrent.ThreadFactory daemonThreads() {
        AtomicInteger n = new AtomicInteger();
        return r -> {
            Thread t = new Thread(r, "architect-stage-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        };
    }
}
