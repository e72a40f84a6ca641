package dev.architect.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.architect.Architect;
import dev.architect.dossier.Consultation;
import dev.architect.dossier.CostLineItem;
import dev.architect.dossier.StageMetrics;
import dev.architect.event.ConsultationEvent;
import dev.architect.exceptions.ProviderConfigurationException;
import dev.architect.exceptions.ProviderRejectedException;
import dev.architect.exceptions.ProviderUnavailableException;
import dev.architect.request.ConsultationRequest;
import dev.architect.request.Load;
import dev.architect.request.Team;
import dev.architect.spi.ArchitectProvider;
import dev.architect.spi.ModelHttpException;
import dev.architect.spi.ProviderConfig;
import dev.architect.spi.ProviderRegistry;
import dev.architect.spi.ProviderSetting;
import dev.architect.testing.SampleStageReplies;
import dev.architect.validation.DossierValidator;
import dev.langchain4j.data.message.SystemMessage;
import dev.langchain4j.data.message.UserMessage;
import dev.langchain4j.model.chat.Capability;
import dev.langchain4j.model.chat.ChatModel;
import dev.langchain4j.model.chat.request.ChatRequest;
import dev.langchain4j.model.chat.request.ResponseFormat;
import dev.langchain4j.model.chat.request.ResponseFormatType;
import dev.langchain4j.model.chat.request.json.JsonObjectSchema;
import dev.langchain4j.model.chat.request.json.JsonSchema;
import dev.langchain4j.model.chat.response.ChatResponse;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.CopyOnWriteArrayList;
import mockwebserver3.Dispatcher;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The behaviour every {@link ArchitectProvider} must show, proven against a real HTTP server on 127.0.0.1 that
 * speaks the provider's wire format. A provider's test extends this class and describes its wire format; the
 * tests here are inherited. (Named without "Test" so it only runs through its subclasses.)
 */
public abstract class ProviderContract {

    protected static final String SECRET = "sk-contract-7f3a9c2e51d84b06";
    protected static final ObjectMapper JSON = new ObjectMapper();

    protected MockWebServer server;

    /** The provider under test. */
    protected abstract ArchitectProvider provider();

    /** Builder options pointing the provider at {@code baseUrl}, with {@link #SECRET} as its key where it takes one. */
    protected abstract Map<String, String> options(String baseUrl);

    /** The server's base URL as the provider expects it (e.g. with {@code /v1}). */
    protected abstract String baseUrl(String root);

    /** The path the provider posts chat requests to. */
    protected abstract String chatPath();

    /** A successful chat reply in the provider's wire format, carrying {@code content} and token counts. */
    protected abstract MockResponse reply(String content, int inputTokens, int outputTokens);

    /**
     * Where the provider puts the JSON schema of a structured-output request in its request body. Only asked of
     * providers that claim {@code RESPONSE_FORMAT_JSON_SCHEMA}; the others get a JSON-mode request instead (the SDK
     * then puts the schema in the prompt) and must show it through {@link #asksForJsonIn(JsonNode)}.
     */
    protected JsonNode schemaIn(JsonNode requestBody) {
        throw new UnsupportedOperationException(provider().name() + " claims native JSON schemas but does not say where it sends them");
    }

    /** For providers without native schemas: whether the request body asks the server for JSON output. */
    protected boolean asksForJsonIn(JsonNode requestBody) {
        throw new UnsupportedOperationException(provider().name() + " does not say how it asks for JSON output");
    }

    private boolean nativeSchemas() {
        return provider().capabilities().contains(Capability.RESPONSE_FORMAT_JSON_SCHEMA);
    }

    /** The messages array of a request body, each with {@code role} and {@code content}. */
    protected JsonNode messagesIn(JsonNode requestBody) {
        return requestBody.get("messages");
    }

    /** An error reply in the provider's wire format. */
    protected abstract MockResponse errorReply(int status, String message);

    /** The setting whose absence must stop the provider, or null if it needs none. */
    protected abstract ProviderSetting requiredSetting();

    @BeforeEach
    void startServer() throws Exception {
        server = new MockWebServer();
        server.start(java.net.InetAddress.getLoopbackAddress(), 0);
    }

    @AfterEach
    void stopServer() {
        server.close();
    }

    protected String root() {
        return "http://127.0.0.1:" + server.getPort();
    }

    /** A chat model created the way users create it: through the provider and its configuration. */
    protected ChatModel model() {
        Map<String, String> options = new HashMap<>(options(baseUrl(root())));
        return provider().create(ProviderConfig.of(provider().name(), options, new Properties(), Map.of()));
    }

    /** A structured request shaped the way the SDK shapes it for this provider's capabilities. */
    protected ChatRequest structuredRequest() {
        JsonSchema schema = JsonSchema.builder().name("Verdict").rootElement(JsonObjectSchema.builder()
                .addStringProperty("choice").addIntegerProperty("confidence").required("choice", "confidence").build()).build();
        return ChatRequest.builder()
                .messages(SystemMessage.from("You are a careful software architect."),
                        UserMessage.from("Pick a database for 100 writes per second."))
                .responseFormat(nativeSchemas() ? ResponseFormat.builder().type(ResponseFormatType.JSON).jsonSchema(schema).build()
                        : ResponseFormat.JSON)
                .build();
    }

    @Test
    void itsWarmUpSendsNothingToTheConfiguredServerAndThenTheModelWorks() throws Exception {
        ChatModel model = model();

        provider().warmUp(); // a warm-up must cost no tokens: it may answer itself on a loopback socket, nothing more

        assertThat(server.getRequestCount()).isZero();
        server.enqueue(reply("{\"choice\":\"PostgreSQL\",\"confidence\":4}", 120, 18));
        assertThat(model.chat(structuredRequest()).aiMessage().text()).contains("PostgreSQL");
    }

    @Test
    void aStructuredRequestCarriesThePersonaTheQuestionAndTheSchema() throws Exception {
        server.enqueue(reply("{\"choice\":\"PostgreSQL\",\"confidence\":4}", 120, 18));

        model().chat(structuredRequest());

        RecordedRequest recorded = server.takeRequest();
        assertThat(recorded.getMethod()).isEqualTo("POST");
        assertThat(recorded.getUrl().encodedPath()).isEqualTo(chatPath());
        JsonNode body = JSON.readTree(recorded.getBody().utf8());
        JsonNode messages = messagesIn(body);
        assertThat(messages.get(0).get("role").asText()).isEqualTo("system");
        assertThat(messages.get(0).get("content").asText()).isEqualTo("You are a careful software architect.");
        assertThat(messages.get(1).get("role").asText()).isEqualTo("user");
        if (nativeSchemas()) {
            JsonNode schema = schemaIn(body);
            assertThat(schema.at("/properties/choice/type").asText()).isEqualTo("string");
            assertThat(schema.at("/properties/confidence/type").asText()).isEqualTo("integer");
            assertThat(schema.get("required").toString()).isEqualTo("[\"choice\",\"confidence\"]");
        } else {
            assertThat(asksForJsonIn(body)).as("the request asks for JSON output").isTrue();
        }
    }

    @Test
    void aReplyIsReadWithItsTokenUsage() {
        server.enqueue(reply("{\"choice\":\"PostgreSQL\",\"confidence\":4}", 120, 18));

        ChatResponse response = model().chat(structuredRequest());

        assertThat(response.aiMessage().text()).isEqualTo("{\"choice\":\"PostgreSQL\",\"confidence\":4}");
        assertThat(response.tokenUsage().inputTokenCount()).isEqualTo(120);
        assertThat(response.tokenUsage().outputTokenCount()).isEqualTo(18);
    }

    @org.junit.jupiter.params.ParameterizedTest(name = "HTTP {0}")
    @org.junit.jupiter.params.provider.ValueSource(ints = {400, 401, 403, 404, 429, 500, 503})
    void anHttpErrorReachesTheSdkWithItsStatusAndNoKey(int status) {
        server.enqueue(errorReply(status, "failure " + status));

        Throwable thrown = org.assertj.core.api.Assertions.catchThrowable(() -> model().chat(structuredRequest()));

        ModelHttpException http = causeOfType(thrown, ModelHttpException.class);
        assertThat(http).as("a ModelHttpException in the cause chain of %s", thrown).isNotNull();
        assertThat(http.statusCode()).isEqualTo(status);
        assertThat(messages(thrown)).doesNotContain(SECRET);
    }

    @Test
    void retryAfterOfARateLimitReachesTheSdk() {
        server.enqueue(errorReply(429, "rate limited").newBuilder().addHeader("Retry-After", "2").build());

        Throwable thrown = org.assertj.core.api.Assertions.catchThrowable(() -> model().chat(structuredRequest()));

        assertThat(causeOfType(thrown, ModelHttpException.class).retryAfter()).hasValue(java.time.Duration.ofSeconds(2));
    }

    @Test
    void aReadTimeoutIsReportedAsATimeout() {
        Map<String, String> options = new HashMap<>(options(baseUrl(root())));
        options.put("timeout-seconds", "1");
        ChatModel model = provider().create(ProviderConfig.of(provider().name(), options, new Properties(), Map.of()));
        server.enqueue(reply("{}", 1, 1).newBuilder().headersDelay(3, java.util.concurrent.TimeUnit.SECONDS).build());

        Throwable thrown = org.assertj.core.api.Assertions.catchThrowable(() -> model.chat(structuredRequest()));

        assertThat(causeOfType(thrown, dev.langchain4j.exception.TimeoutException.class)).as("timeout in %s", thrown).isNotNull();
    }

    @Test
    void aDroppedConnectionIsReportedAsAnIoFailure() {
        server.enqueue(reply("{}", 1, 1).newBuilder()
                .onResponseStart(new mockwebserver3.SocketEffect.CloseSocket(true, false, false)).build());

        Throwable thrown = org.assertj.core.api.Assertions.catchThrowable(() -> model().chat(structuredRequest()));

        assertThat(causeOfType(thrown, java.io.IOException.class)).as("an IOException in the cause chain of %s", thrown).isNotNull();
    }

    protected static <T extends Throwable> T causeOfType(Throwable thrown, Class<T> type) {
        for (Throwable t = thrown; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (type.isInstance(t)) {
                return type.cast(t);
            }
        }
        return null;
    }

    private static String messages(Throwable thrown) {
        StringBuilder sb = new StringBuilder();
        for (Throwable t = thrown; t != null; t = t.getCause() == t ? null : t.getCause()) {
            sb.append(t).append('\n');
        }
        return sb.toString();
    }

    /** An architect on this provider, built the way users build it: by name, with options. */
    protected Architect.Builder architect() {
        Architect.Builder builder = Architect.builder().provider(provider().name())
                .backoff(Duration.ofMillis(10), Duration.ofMillis(50)).timeout(Duration.ofSeconds(60));
        options(baseUrl(root())).forEach(builder::providerOption);
        return builder;
    }

    protected static ConsultationRequest request() {
        return ConsultationRequest.builder("ShopFast", "Online store for a mid-size retailer")
                .capabilities("catalog", "orders", "payments").load(new Load(2000.0, 20.0, 2_000_000L, null))
                .team(new Team(8, List.of("Java", "PostgreSQL"))).build();
    }

    /** Answers every stage the way a model following its instructions would, in this provider's wire format. */
    protected Dispatcher stageByStage() {
        return new Dispatcher() {
            @Override
            public MockResponse dispatch(RecordedRequest recorded) {
                try {
                    JsonNode messages = messagesIn(JSON.readTree(recorded.getBody().utf8()));
                    String prompt = SampleStageReplies.prompt(messages);
                    String reply = SampleStageReplies.reply(prompt, prompt);
                    return reply(reply, 1000, 400);
                } catch (Exception e) {
                    return errorReply(400, "unexpected request: " + e.getMessage());
                }
            }
        };
    }

    @Test
    void aWholeConsultationRunsOverHttpStageByStage() {
        server.setDispatcher(stageByStage());
        List<ConsultationEvent> events = new CopyOnWriteArrayList<>();

        Consultation dossier = architect().listener(events::add).build().consult(request());

        assertThat(server.getRequestCount()).isEqualTo(9);
        assertThat(DossierValidator.validate(dossier).errors()).isEmpty();
        assertThat(dossier.system()).isEqualTo("ShopFast");
        assertThat(dossier.metadata().inputTokens()).isEqualTo(9 * 1000);
        assertThat(dossier.metadata().outputTokens()).isEqualTo(9 * 400);
        assertThat(dossier.metadata().stages()).extracting(StageMetrics::stage)
                .contains("analyze", "design", "decisions", "components", "apis", "data", "flows", "risks", "plan");
        assertThat(dossier.cost().items()).extracting(CostLineItem::unitPrice).contains(70.08, 328.5);
        assertThat(events).filteredOn(e -> e instanceof ConsultationEvent.StageCompleted).hasSize(9);
    }

    @Test
    void aRejectedKeyFailsFastWithoutRetrying() {
        server.enqueue(errorReply(401, "Incorrect API key provided: " + SECRET));

        assertThatThrownBy(() -> architect().build().startSession(request()))
                .isInstanceOfSatisfying(ProviderRejectedException.class, e -> {
                    assertThat(e.isRetriable()).isFalse();
                    assertThat(e.statusCode()).hasValue(401);
                    assertThat(messages(e)).doesNotContain(SECRET);
                });
        assertThat(server.getRequestCount()).isEqualTo(1);
    }

    @Test
    void aRateLimitIsRetriedAfterTheServersRetryAfter() {
        server.enqueue(errorReply(429, "slow down").newBuilder().addHeader("Retry-After", "1").build());
        server.setDispatcher(new Dispatcher() {
            private final java.util.concurrent.atomic.AtomicInteger calls = new java.util.concurrent.atomic.AtomicInteger();

            @Override
            public MockResponse dispatch(RecordedRequest recorded) throws InterruptedException {
                return calls.getAndIncrement() == 0 ? errorReply(429, "slow down").newBuilder().addHeader("Retry-After", "1").build()
                        : stageByStage().dispatch(recorded);
            }
        });
        List<ConsultationEvent> events = new CopyOnWriteArrayList<>();

        var session = architect().listener(events::add).build().startSession(request());

        assertThat(session.questions()).isNotEmpty();
        assertThat(server.getRequestCount()).isEqualTo(2);
        assertThat(events).filteredOn(e -> e instanceof ConsultationEvent.StageRetried).singleElement()
                .satisfies(e -> assertThat(((ConsultationEvent.StageRetried) e).delay()).isGreaterThanOrEqualTo(Duration.ofSeconds(1)));
    }

    @org.junit.jupiter.params.ParameterizedTest(name = "HTTP {0}")
    @org.junit.jupiter.params.provider.ValueSource(ints = {500, 503})
    void aServerErrorIsRetriedAndThenReportedAsRetriable(int status) {
        server.setDispatcher(new Dispatcher() {
            @Override
            public MockResponse dispatch(RecordedRequest recorded) {
                return errorReply(status, "overloaded");
            }
        });

        assertThatThrownBy(() -> architect().maxRetries(2).build().startSession(request()))
                .isInstanceOfSatisfying(ProviderUnavailableException.class, e -> assertThat(e.isRetriable()).isTrue());
        assertThat(server.getRequestCount()).isEqualTo(3);
    }

    @org.junit.jupiter.params.ParameterizedTest(name = "HTTP {0}")
    @org.junit.jupiter.params.provider.ValueSource(ints = {400, 403, 404})
    void aClientErrorIsNotRetried(int status) {
        server.enqueue(errorReply(status, "no"));

        assertThatThrownBy(() -> architect().build().startSession(request()))
                .isInstanceOfSatisfying(ProviderRejectedException.class, e -> assertThat(e.statusCode()).hasValue(status));
        assertThat(server.getRequestCount()).isEqualTo(1);
    }

    @Test
    void aTimeoutIsReportedAsARetriableProviderFault() {
        server.enqueue(reply("{}", 1, 1).newBuilder().headersDelay(3, java.util.concurrent.TimeUnit.SECONDS).build());

        assertThatThrownBy(() -> architect().providerOption("timeout-seconds", "1").maxRetries(0).build().startSession(request()))
                .isInstanceOfSatisfying(ProviderUnavailableException.class, e -> assertThat(e.isRetriable()).isTrue());
    }

    @Test
    void theKeyAppearsInNoLogLineAndNoMessageEvenWhenTheServerEchoesIt() {
        ch.qos.logback.classic.Logger root = (ch.qos.logback.classic.Logger) org.slf4j.LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
        ch.qos.logback.core.read.ListAppender<ch.qos.logback.classic.spi.ILoggingEvent> logs = new ch.qos.logback.core.read.ListAppender<>();
        logs.start();
        root.addAppender(logs);
        ch.qos.logback.classic.Level level = root.getLevel();
        root.setLevel(ch.qos.logback.classic.Level.TRACE);
        try {
            server.enqueue(errorReply(401, "Incorrect API key provided: " + SECRET + ". Find your key at the dashboard."));
            Throwable thrown = org.assertj.core.api.Assertions.catchThrowable(() -> architect().build().consult(request()));

            assertThat(thrown).isInstanceOf(ProviderRejectedException.class);
            assertThat(messages(thrown)).doesNotContain(SECRET);
            assertThat(logs.list).allSatisfy(event -> {
                assertThat(event.getFormattedMessage()).doesNotContain(SECRET);
                if (event.getThrowableProxy() != null) {
                    assertThat(event.getThrowableProxy().getMessage()).doesNotContain(SECRET);
                }
            });
        } finally {
            root.detachAppender(logs);
            root.setLevel(level);
        }
    }

    @Test
    void aServerEchoingThePartOfTheKeyAfterItsFirstEightCharactersLeaksNothing() {
        if (!options(baseUrl(root())).containsValue(SECRET)) {
            return; // the provider takes no key
        }
        String tail = SECRET.substring(8);
        server.enqueue(errorReply(401, "Incorrect API key provided: ********" + tail + ". Find your key at the dashboard."));

        Throwable thrown = org.assertj.core.api.Assertions.catchThrowable(() -> architect().build().consult(request()));

        assertThat(thrown).isInstanceOf(ProviderRejectedException.class);
        assertThat(messages(thrown)).doesNotContain(tail).doesNotContain(tail.substring(0, 8))
                .contains("Incorrect API key provided: ***********");
    }

    @Test
    void theProviderIsFoundOnTheClassPathByItsName() {
        ProviderRegistry registry = ProviderRegistry.load(getClass().getClassLoader());

        assertThat(registry.find(provider().name())).get().isInstanceOf(provider().getClass());
        assertThat(registry.available()).startsWith("offline").contains(provider().name());
        assertThatThrownBy(() -> registry.require("watsonx"))
                .isInstanceOf(ProviderConfigurationException.class)
                .hasMessageContaining("unknown provider \"watsonx\"; available: offline, ")
                .hasMessageContaining(provider().name());
    }

    @Test
    void aMissingRequiredSettingIsNamedWithWhereToSetIt() {
        ProviderSetting required = requiredSetting();
        if (required == null) {
            return;
        }
        Map<String, String> options = new HashMap<>(options(baseUrl(root())));
        options.remove(required.key());

        assertThatThrownBy(() -> provider().create(ProviderConfig.of(provider().name(), options, new Properties(), Map.of())))
                .isInstanceOf(ProviderConfigurationException.class)
                .hasMessageContaining(required.environmentVariable())
                .hasMessageContaining(required.systemProperty())
                .satisfies(e -> assertThat(e.getMessage()).doesNotContain(SECRET));
    }

    @Test
    void builderOptionsWinOverSystemPropertiesWhichWinOverTheEnvironment() {
        ProviderSetting model = provider().settings().stream().filter(s -> s.key().equals("model")).findFirst().orElseThrow();
        Properties props = new Properties();
        props.setProperty(model.systemProperty(), "from-property");
        Map<String, String> env = Map.of(model.environmentVariable(), "from-environment");

        assertThat(ProviderConfig.of(provider().name(), Map.of("model", "from-builder"), props, env).value(model)).hasValue("from-builder");
        assertThat(ProviderConfig.of(provider().name(), Map.of(), props, env).value(model)).hasValue("from-property");
        assertThat(ProviderConfig.of(provider().name(), Map.of(), new Properties(), env).value(model)).hasValue("from-environment");
        assertThat(ProviderConfig.of(provider().name(), Map.of(), new Properties(), Map.of()).value(model)).hasValue(model.defaultValue());
    }

    @Test
    void theConfigurationNeverPrintsTheKey() {
        ProviderConfig config = ProviderConfig.of(provider().name(), Map.of("api-key", SECRET), new Properties(), Map.of());

        assertThat(config.toString()).doesNotContain(SECRET).contains("***");
    }
}
