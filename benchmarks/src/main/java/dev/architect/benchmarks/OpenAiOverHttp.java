package dev.architect.benchmarks;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.knuddels.jtokkit.Encodings;
import com.knuddels.jtokkit.api.Encoding;
import com.knuddels.jtokkit.api.EncodingType;
import dev.architect.Architect;
import dev.architect.dossier.Consultation;
import dev.architect.event.Stage;
import dev.architect.offline.OfflineArchitect;
import dev.architect.request.Actor;
import dev.architect.request.Availability;
import dev.architect.request.Budget;
import dev.architect.request.ComplianceRegime;
import dev.architect.request.ConsultationRequest;
import dev.architect.request.DataVolume;
import dev.architect.request.Latency;
import dev.architect.request.Load;
import dev.architect.request.Team;
import dev.architect.testing.SampleStageReplies;
import java.io.BufferedReader;
import java.io.Closeable;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import mockwebserver3.Dispatcher;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;

/**
 * A whole consultation through the OpenAI provider over HTTP, against an OpenAI-compatible server on 127.0.0.1 that
 * answers every call after a fixed latency with a realistic reply (cut from the dossier the offline architect makes
 * for a realistic request). Prints, as medians:
 * <ul>
 *   <li>cold: in a fresh JVM per run, how long after {@code consult} is called the first model call reaches the
 *   server, and wall time over the critical path (3 calls x latency);</li>
 *   <li>warm: the same in a JVM that has run consultations before;</li>
 *   <li>what a consultation sends: characters of the messages and of the reply schemas (the {@code response_format}),
 *   tokens of the messages (o200k_base, as GPT-4o counts them), per stage and in total;</li>
 *   <li>the share of each parallel (fan-out) call's messages that is a prefix shared by all seven, which a provider's
 *   prefix cache can reuse.</li>
 * </ul>
 * Not a test: run it on demand (see README). Usage: {@code OpenAiOverHttp [latencyMillis] [coldRuns] [warmRuns]}.
 */
public final class OpenAiOverHttp {

    private static final int CRITICAL_PATH_CALLS = 3;
    /** A CLI reads and checks its request, and so on, after building the architect; the warm-up runs meanwhile. */
    private static final long COLD_PAUSE_MILLIS = 1000;
    private static final List<Stage> FAN_OUT = List.of(Stage.DECISIONS, Stage.COMPONENTS, Stage.APIS, Stage.DATA,
            Stage.FLOWS, Stage.RISKS, Stage.PLAN);

    public static void main(String[] args) throws Exception {
        if (args.length > 0 && args[0].equals("classpath")) {
            System.out.println(System.getProperty("java.class.path"));
            return;
        }
        if (args.length > 0 && args[0].equals("cold")) {
            cold(Long.parseLong(args[1]), Long.parseLong(args[2]));
            return;
        }
        long latency = args.length > 0 ? Long.parseLong(args[0]) : 200;
        int coldRuns = args.length > 1 ? Integer.parseInt(args[1]) : 5;
        int warmRuns = args.length > 2 ? Integer.parseInt(args[2]) : 5;

        List<double[]> colds = new ArrayList<>();
        List<double[]> coldsAfterPause = new ArrayList<>();
        for (int i = 0; i < coldRuns; i++) {
            colds.add(coldInFreshJvm(latency, 0));
            coldsAfterPause.add(coldInFreshJvm(latency, COLD_PAUSE_MILLIS));
        }
        ConsultationRequest request = request();
        Consultation source = OfflineArchitect.create().consult(request);
        List<double[]> warms = new ArrayList<>();
        List<Call> lastCalls = List.of();
        try (FakeOpenAi server = new FakeOpenAi(source, latency)) {
            Architect architect = architect(server);
            for (int i = 0; i < 3; i++) {
                architect.consult(request);
            }
            for (int i = 0; i < warmRuns; i++) {
                server.calls.clear();
                long start = System.nanoTime();
                architect.consult(request);
                long end = System.nanoTime();
                warms.add(new double[] {(server.firstArrival() - start) / 1e6, (end - start) / 1e6 / (CRITICAL_PATH_CALLS * latency)});
                lastCalls = List.copyOf(server.calls);
            }
        }

        System.out.printf(Locale.ROOT, "model latency per call              : %d ms (OpenAI provider over HTTP on 127.0.0.1)%n", latency);
        System.out.printf(Locale.ROOT, "cold: first call leaves after       : %.0f ms (median of %d fresh JVMs)%n", median(colds, 0), coldRuns);
        System.out.printf(Locale.ROOT, "cold: wall / (critical path x lat.) : %.2f%n", median(colds, 1));
        System.out.printf(Locale.ROOT, "cold, consult %d ms after build:     first call after %.0f ms, wall / critical path %.2f%n",
                COLD_PAUSE_MILLIS, median(coldsAfterPause, 0), median(coldsAfterPause, 1));
        System.out.printf(Locale.ROOT, "warm: first call leaves after       : %.1f ms (median of %d)%n", median(warms, 0), warmRuns);
        System.out.printf(Locale.ROOT, "warm: wall / (critical path x lat.) : %.2f%n", median(warms, 1));
        report(lastCalls);
    }

    /** One consultation in this (fresh) JVM; prints the first call's delay and the wall ratio for the parent. */
    private static void cold(long latency, long pause) throws Exception {
        ConsultationRequest request = request();
        // The fake server touches no SDK class (nor Jackson) before the first call arrives, so nothing is warmed for
        // the SDK; it then answers with the sample's replies.
        try (FakeOpenAi server = new FakeOpenAi(null, latency)) {
            server.warmItself();
            Architect architect = architect(server);
            Thread.sleep(pause); // a caller's own work between building the architect and consulting (0: none)
            long start = System.nanoTime();
            architect.consult(request);
            long end = System.nanoTime();
            System.out.printf(Locale.ROOT, "COLD %.1f %.3f%n", (server.firstArrival() - start) / 1e6,
                    (end - start) / 1e6 / (CRITICAL_PATH_CALLS * latency));
        }
    }

    private static double[] coldInFreshJvm(long latency, long pause) throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process p = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"), OpenAiOverHttp.class.getName(),
                "cold", String.valueOf(latency), String.valueOf(pause)).redirectErrorStream(true).start();
        String result = null;
        try (BufferedReader out = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
            for (String line; (line = out.readLine()) != null; ) {
                if (line.startsWith("COLD ")) {
                    result = line;
                }
            }
        }
        if (p.waitFor() != 0 || result == null) {
            throw new IllegalStateException("the cold run failed (exit " + p.exitValue() + ")");
        }
        String[] parts = result.split(" ");
        return new double[] {Double.parseDouble(parts[1]), Double.parseDouble(parts[2])};
    }

    private static void report(List<Call> calls) {
        Encoding tokens = Encodings.newDefaultEncodingRegistry().getEncoding(EncodingType.O200K_BASE);
        Map<Stage, long[]> perStage = new EnumMap<>(Stage.class);
        long messageChars = 0;
        long schemaChars = 0;
        long messageTokens = 0;
        for (Call c : calls) {
            int t = tokens.countTokensOrdinary(c.text());
            long[] s = perStage.computeIfAbsent(c.stage(), k -> new long[3]);
            s[0] += c.text().length();
            s[1] += c.schemaChars();
            s[2] += t;
            messageChars += c.text().length();
            schemaChars += c.schemaChars();
            messageTokens += t;
        }
        System.out.printf(Locale.ROOT, "model calls per consultation        : %d%n", calls.size());
        System.out.printf(Locale.ROOT, "characters sent per consultation    : %d (messages %d + reply schemas %d)%n",
                messageChars + schemaChars, messageChars, schemaChars);
        System.out.printf(Locale.ROOT, "message tokens per consultation     : %d (o200k_base)%n", messageTokens);
        perStage.forEach((stage, s) -> System.out.printf(Locale.ROOT, "  %-10s: %6d message chars, %5d schema chars, %5d tokens%n",
                stage.id(), s[0], s[1], s[2]));
        List<String> fanOut = FAN_OUT.stream().map(stage -> calls.stream().filter(c -> c.stage() == stage)
                .min(Comparator.comparingLong(Call::arrival)).orElseThrow().text()).toList();
        int shared = commonPrefix(fanOut);
        double least = fanOut.stream().mapToDouble(t -> shared / (double) t.length()).min().orElse(0);
        double mean = fanOut.stream().mapToDouble(t -> shared / (double) t.length()).average().orElse(0);
        String dump = System.getProperty("architect.dump.stage"); // -Darchitect.dump.stage=plan prints that stage's messages
        calls.stream().filter(c -> c.stage().id().equals(dump)).findFirst().ifPresent(c -> System.out.println(c.text()));
        System.out.printf(Locale.ROOT, "prefix shared by the 7 fan-out calls: %d chars = %.0f%% of each call's messages at least (%.0f%% on average)%n",
                shared, 100 * least, 100 * mean);
    }

    static int commonPrefix(List<String> texts) {
        String first = texts.get(0);
        int n = first.length();
        for (String t : texts) {
            int i = 0;
            int max = Math.min(n, t.length());
            while (i < max && first.charAt(i) == t.charAt(i)) {
                i++;
            }
            n = i;
        }
        return n;
    }

    private static double median(List<double[]> runs, int index) {
        double[] values = runs.stream().mapToDouble(r -> r[index]).sorted().toArray();
        if (values.length == 0) {
            return Double.NaN;
        }
        return values.length % 2 == 1 ? values[values.length / 2] : (values[values.length / 2 - 1] + values[values.length / 2]) / 2;
    }

    private static Architect architect(FakeOpenAi server) {
        return Architect.builder().provider("openai").providerOption("api-key", "sk-bench-0000000000000000")
                .providerOption("base-url", "http://127.0.0.1:" + server.server.getPort() + "/v1")
                .providerOption("timeout-seconds", "30").build();
    }

    /** A realistic request: several capabilities, load, data, two compliance regimes, a budget and a team. */
    public static ConsultationRequest request() {
        return ConsultationRequest.builder("TicketHub", "Sells tickets for concerts and sports events across Europe; "
                        + "promoters publish events, fans search, reserve seats and pay, and get mobile tickets")
                .goals("Sell out a 60,000-seat stadium in 10 minutes without overselling", "Launch in 6 months")
                .actor("Fan", "Buys tickets on the web and in the mobile app")
                .actor("Promoter", "Publishes events and seat maps, sees sales")
                .capabilities("events", "search", "seat reservation", "payments", "ticketing", "notifications")
                .integration("Stripe", "Card payments").integration("SendGrid", "Email")
                .compliance(ComplianceRegime.PCI_DSS, ComplianceRegime.GDPR)
                .constraints("Personal data stays in the EU")
                .load(new Load(4000.0, 30.0, 3_000_000L, null))
                .data(new DataVolume(200.0, 40.0, 7))
                .latency(new Latency(400, 120))
                .availability(new Availability(99.95, 5, 60))
                .budget(new Budget(20000.0))
                .team(new Team(12, List.of("Java", "PostgreSQL", "Kafka", "AWS")))
                .build();
    }

    /** Loaded on the first request, not before: Jackson must be as cold for the SDK as in a user's fresh JVM. */
    private static final class Json {
        static final ObjectMapper MAPPER = new ObjectMapper();
    }

    record Call(long arrival, Stage stage, String text, int schemaChars) {
    }

    /** The OpenAI chat-completions API on 127.0.0.1, answering after a fixed latency and recording every call. */
    static final class FakeOpenAi implements Closeable {
        final MockWebServer server = new MockWebServer();
        final List<Call> calls = new CopyOnWriteArrayList<>();
        volatile Consultation source;

        FakeOpenAi(Consultation source, long latencyMillis) throws Exception {
            this.source = source;
            server.setDispatcher(new Dispatcher() {
                @Override
                public MockResponse dispatch(RecordedRequest recorded) throws InterruptedException {
                    long arrival = System.nanoTime();
                    if ("GET".equals(recorded.getMethod())) {
                        return new MockResponse.Builder().code(204).build(); // the server's own warm-up
                    }
                    try {
                        JsonNode body = Json.MAPPER.readTree(recorded.getBody().utf8());
                        StringBuilder text = new StringBuilder();
                        body.get("messages").forEach(m -> text.append(m.path("role").asText()).append(": ")
                                .append(m.path("content").asText()).append('\n'));
                        String prompt = text.toString();
                        Stage stage = SampleStageReplies.stageOf(prompt);
                        JsonNode schema = body.at("/response_format/json_schema");
                        calls.add(new Call(arrival, stage, prompt, schema.isMissingNode() ? 0 : schema.toString().length()));
                        Consultation from = FakeOpenAi.this.source == null ? SampleStageReplies.SAMPLE : FakeOpenAi.this.source;
                        String reply = SampleStageReplies.reply(from, prompt);
                        Thread.sleep(latencyMillis);
                        return completion(reply, prompt.length() / 4, reply.length() / 4);
                    } catch (RuntimeException | java.io.IOException e) {
                        return new MockResponse.Builder().code(400).body(String.valueOf(e)).build();
                    }
                }
            });
            server.start(java.net.InetAddress.getLoopbackAddress(), 0);
        }

        /**
         * One request over a raw socket, so the fake server's own first-request costs (its HTTP parsing is cold too)
         * are not counted as the SDK's; a raw socket shares no classes with the SDK's HTTP client.
         */
        void warmItself() throws java.io.IOException {
            try (java.net.Socket socket = new java.net.Socket(java.net.InetAddress.getLoopbackAddress(), server.getPort())) {
                socket.getOutputStream().write("GET /warm HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n"
                        .getBytes(StandardCharsets.US_ASCII));
                java.io.InputStream in = socket.getInputStream();
                int matched = 0;
                for (int b; matched < 4 && (b = in.read()) >= 0; ) { // up to the end of the response head (204: no body)
                    matched = b == "\r\n\r\n".charAt(matched) ? matched + 1 : (b == '\r' ? 1 : 0);
                }
            }
        }

        long firstArrival() {
            return calls.stream().mapToLong(Call::arrival).min().orElseThrow();
        }

        @Override
        public void close() {
            server.close();
        }
    }

    static MockResponse completion(String content, int inputTokens, int outputTokens) {
        ObjectNode body = JsonNodeFactory.instance.objectNode();
        body.put("id", "chatcmpl-bench").put("object", "chat.completion").put("created", 1764028800).put("model", "gpt-4o-mini");
        ObjectNode choice = body.putArray("choices").addObject();
        choice.put("index", 0);
        choice.putObject("message").put("role", "assistant").put("content", content);
        choice.put("finish_reason", "stop");
        body.putObject("usage").put("prompt_tokens", inputTokens).put("completion_tokens", outputTokens)
                .put("total_tokens", inputTokens + outputTokens);
        return new MockResponse.Builder().code(200).addHeader("Content-Type", "application/json").body(body.toString()).build();
    }
}
