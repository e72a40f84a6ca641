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
import dev.architect.request.ConsultationRequest;
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
 * for a realistic request). The server lives in this JVM, warmed by the warm runs; every cold run is a fresh JVM that
 * holds only the SDK (or the command-line tool), so the server's own start-up is never counted and nothing it loads
 * warms the SDK. Times across the two JVMs are {@link System#nanoTime()} readings, which on Linux are one
 * machine-wide monotonic clock. Prints, as medians:
 * <ul>
 *   <li>cold SDK: in a fresh JVM per run, how long after {@code consult} is called the first model call reaches the
 *   server, with {@code consult} called right after {@code build()} and {@value #CALLER_PAUSE_MILLIS} ms after it
 *   (a caller's own start-up work); and wall time of {@code consult} over the critical path (3 calls x latency);</li>
 *   <li>cold CLI: {@code java -jar architect.jar consult REQUEST --provider openai --no-svg}, without and with the
 *   class-data-sharing archive (as {@code ./architect} starts it): whole-process wall time over the critical path, and
 *   when the first call reaches the server after the process was started;</li>
 *   <li>warm: the same in a JVM that has run consultations before;</li>
 *   <li>what a consultation sends: characters of the messages and of the reply schemas (the {@code response_format}),
 *   tokens of the messages (o200k_base, as GPT-4o counts them), per stage and in total;</li>
 *   <li>the share of each parallel (fan-out) call's messages that is a prefix shared by all seven, which a provider's
 *   prefix cache can reuse.</li>
 * </ul>
 * Not a test: run it on demand (see README). Usage: {@code OpenAiOverHttp [latencyMillis] [coldRuns] [warmRuns]};
 * {@code -Darchitect.cli.jar=PATH} names the command-line jar (its {@code .jsa} archive next to it is used when present).
 */
public final class OpenAiOverHttp {

    private static final int CRITICAL_PATH_CALLS = 3;
    /** A caller's own start-up between building the architect and consulting, e.g. reading its request. */
    private static final long CALLER_PAUSE_MILLIS = 200;
    private static final List<Stage> FAN_OUT = List.of(Stage.DECISIONS, Stage.COMPONENTS, Stage.APIS, Stage.DATA,
            Stage.FLOWS, Stage.RISKS, Stage.PLAN);

    public static void main(String[] args) throws Exception {
        if (args.length > 0 && args[0].equals("classpath")) { // to run it with java directly, without Maven
            System.out.println(System.getProperty("java.class.path"));
            return;
        }
        if (args.length > 0 && args[0].equals("sdk")) {
            coldSdk(Integer.parseInt(args[1]), Long.parseLong(args[2]));
            return;
        }
        long latency = args.length > 0 ? Long.parseLong(args[0]) : 200;
        int coldRuns = args.length > 1 ? Integer.parseInt(args[1]) : 5;
        int warmRuns = args.length > 2 ? Integer.parseInt(args[2]) : 5;
        double criticalPath = CRITICAL_PATH_CALLS * latency;

        ConsultationRequest request = request();
        Consultation source = OfflineArchitect.create().consult(request);
        Path cliJar = cliJar();
        Path work = java.nio.file.Files.createTempDirectory("architect-cold-");
        Path requestFile = work.resolve("tickethub.yaml");
        java.nio.file.Files.writeString(requestFile, REQUEST_YAML);
        if (!dev.architect.request.RequestReader.read(requestFile).equals(request)) {
            throw new IllegalStateException("the CLI's request file does not read as the SDK's request");
        }
        String load = String.format(Locale.ROOT, "%.1f", java.lang.management.ManagementFactory.getOperatingSystemMXBean()
                .getSystemLoadAverage());
        List<double[]> warms = new ArrayList<>();
        List<Call> lastCalls = List.of();
        Map<String, List<double[]>> cold = new java.util.LinkedHashMap<>();
        try (FakeOpenAi server = new FakeOpenAi(source, latency)) {
            // Warm runs first: they warm the server (this JVM) before any cold run is timed against it.
            Architect architect = architect(server.port());
            for (int i = 0; i < 3; i++) {
                architect.consult(request);
            }
            for (int i = 0; i < warmRuns; i++) {
                server.calls.clear();
                long start = System.nanoTime();
                architect.consult(request);
                long end = System.nanoTime();
                warms.add(new double[] {(server.firstArrival() - start) / 1e6, (end - start) / 1e6 / criticalPath});
                lastCalls = List.copyOf(server.calls);
            }
            // The kinds of cold run alternate, so a change in the machine's load touches all of them alike.
            // -Dbench.cold=sdk,cds: only those kinds (sdk, sdk-pause, cli, cds), e.g. for many runs on a busy machine
            List<String> kinds = List.of(System.getProperty("bench.cold", "sdk,sdk-pause,cli,cds").split(","));
            for (int i = 0; i < coldRuns; i++) {
                if (kinds.contains("sdk")) {
                    cold.computeIfAbsent("sdk, consult right after build", k -> new ArrayList<>()).add(coldSdk(server, 0, criticalPath));
                }
                if (kinds.contains("sdk-pause")) {
                    cold.computeIfAbsent("sdk, consult " + CALLER_PAUSE_MILLIS + " ms after build", k -> new ArrayList<>())
                            .add(coldSdk(server, CALLER_PAUSE_MILLIS, criticalPath));
                }
                if (cliJar != null) {
                    if (kinds.contains("cli")) {
                        cold.computeIfAbsent("cli, java -jar", k -> new ArrayList<>())
                                .add(coldCli(server, cliJar, false, requestFile, work, criticalPath));
                    }
                    if (kinds.contains("cds") && archive(cliJar) != null) {
                        cold.computeIfAbsent("cli, as ./architect starts it (CDS, C1)", k -> new ArrayList<>())
                                .add(coldCli(server, cliJar, true, requestFile, work, criticalPath));
                    }
                }
            }
        } finally {
            Fixtures.deleteTree(work);
        }
        String loadAfter = String.format(Locale.ROOT, "%.1f", java.lang.management.ManagementFactory.getOperatingSystemMXBean()
                .getSystemLoadAverage());

        System.out.printf(Locale.ROOT, "model latency per call              : %d ms (OpenAI provider over HTTP on 127.0.0.1), critical path %d calls = %.0f ms%n",
                latency, CRITICAL_PATH_CALLS, criticalPath);
        System.out.printf(Locale.ROOT, "load average (1 min), before / after : %s / %s on %d cores%n", load, loadAfter,
                Runtime.getRuntime().availableProcessors());
        System.out.printf(Locale.ROOT, "cold, median of %d fresh JVMs each:%n", coldRuns);
        System.out.printf(Locale.ROOT, "  %-42s %14s %14s %14s %14s %12s %16s%n", "", "JVM->1st call", "build()", "consult->1st",
                "consult / c.p.", "wall / c.p.", "last reply->end");
        cold.forEach((name, runs) -> System.out.printf(Locale.ROOT, "  %-42s %11.0f ms %14s %11.0f ms %14.2f %12.2f %13.0f ms%n", name,
                median(runs, 0), runs.get(0)[1] < 0 ? "-" : String.format(Locale.ROOT, "%.0f ms", median(runs, 1)),
                median(runs, 2), median(runs, 5), median(runs, 3), median(runs, 4)));
        System.out.println("  (consult / c.p.: consult from its call to its return over the critical path; wall: for the sdk the same,"
                + " for the cli the whole process, JVM start to exit, writing the dossier without SVG)");
        if (cliJar == null) {
            System.out.println("  (no CLI runs: examples/target/architect.jar not found; build it or set -Darchitect.cli.jar)");
        }
        System.out.printf(Locale.ROOT, "warm: first call leaves after       : %.1f ms (median of %d)%n", median(warms, 0), warmRuns);
        System.out.printf(Locale.ROOT, "warm: wall / (critical path x lat.) : %.2f%n", median(warms, 1));
        report(lastCalls);
    }

    /** In a fresh JVM: builds the architect, waits {@code pause}, consults once; prints its clock readings for the parent. */
    private static void coldSdk(int port, long pause) throws Exception {
        ConsultationRequest request = request();
        long build = System.nanoTime();
        Architect architect = architect(port);
        long built = System.nanoTime();
        Thread.sleep(pause);
        if (Boolean.getBoolean("bench.marker")) { // with -Xlog:class+load, marks in the log where consult starts
            new ConsultStarts();
        }
        long start = System.nanoTime();
        architect.consult(request);
        long end = System.nanoTime();
        System.out.printf(Locale.ROOT, "SDK %d %d %d %d%n", build, built, start, end);
    }

    private static final class ConsultStarts {
    }

    /** {JVM start to first call, build() itself, consult to first call, wall / critical path, last reply to end, consult / critical path}. */
    private static double[] coldSdk(FakeOpenAi server, long pause, double criticalPath) throws Exception {
        server.calls.clear();
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString()));
        command.addAll(childOptions());
        // -Dbench.child.classpath: the SDK jars of another build (e.g. main's) for a before/after comparison
        command.addAll(List.of("-cp", System.getProperty("bench.child.classpath", System.getProperty("java.class.path")),
                OpenAiOverHttp.class.getName(),
                "sdk", String.valueOf(server.port()), String.valueOf(pause)));
        long spawned = System.nanoTime();
        String[] line = run(new ProcessBuilder(command), "SDK ").split(" ");
        long build = Long.parseLong(line[1]);
        long built = Long.parseLong(line[2]);
        long start = Long.parseLong(line[3]);
        long end = Long.parseLong(line[4]);
        long first = server.firstArrival();
        gaps(pause == 0 ? "sdk, consult right after build" : "sdk, consult " + pause + " ms after build", server, start, end);
        return new double[] {(first - spawned) / 1e6, (built - build) / 1e6, (first - start) / 1e6, (end - start) / 1e6 / criticalPath,
                (end - server.lastReply()) / 1e6, (end - start) / 1e6 / criticalPath};
    }

    /** Extra options for the fresh JVMs, e.g. {@code -Dbench.child.options="-Xlog:class+load:file=cl.log:uptime -Dbench.marker=true"}. */
    private static List<String> childOptions() {
        String options = System.getProperty("bench.child.options", "").strip();
        return options.isEmpty() ? List.of() : List.of(options.split("\\s+"));
    }

    /** {process start to first call, -, consult to first call, whole-process wall / critical path, last reply to exit, consult / critical path}. */
    private static double[] coldCli(FakeOpenAi server, Path jar, boolean withArchive, Path requestFile, Path work,
                                    double criticalPath) throws Exception {
        server.calls.clear();
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString()));
        command.addAll(childOptions());
        if (withArchive) {
            // as ./architect starts it: the archive and the first compiler tier only
            command.addAll(List.of("-XX:SharedArchiveFile=" + archive(jar), "-Xlog:cds=off,cds+dynamic=off", "-XX:TieredStopAtLevel=1"));
        }
        command.addAll(List.of("-Darchitect.cli.clock=true", "-jar", jar.toString(), "consult", requestFile.toString(), "--provider", "openai", "--no-svg",
                "--force", "--out", work.resolve("dossier").toString()));
        ProcessBuilder builder = new ProcessBuilder(command);
        builder.environment().put("OPENAI_API_KEY", "sk-bench-0000000000000000");
        builder.environment().put("OPENAI_BASE_URL", "http://127.0.0.1:" + server.port() + "/v1");
        long spawned = System.nanoTime();
        String[] clock = run(builder, "consult-clock ").split(" ");
        long exited = System.nanoTime();
        if (server.calls.size() < 9) {
            throw new IllegalStateException("the CLI made " + server.calls.size() + " model calls, not 9");
        }
        long start = Long.parseLong(clock[1]);
        long end = Long.parseLong(clock[2]);
        gaps(withArchive ? "cli, as ./architect starts it" : "cli, java -jar", server, start, end);
        return new double[] {(server.firstArrival() - spawned) / 1e6, -1, (server.firstArrival() - start) / 1e6,
                (exited - spawned) / 1e6 / criticalPath, (exited - server.lastReply()) / 1e6, (end - start) / 1e6 / criticalPath};
    }

    /** Runs a process to its end; returns its last output line starting with {@code marker} (null: none wanted). */
    private static String run(ProcessBuilder builder, String marker) throws Exception {
        Process p = builder.redirectErrorStream(true).start();
        String result = null;
        StringBuilder output = new StringBuilder();
        try (BufferedReader out = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
            for (String line; (line = out.readLine()) != null; ) {
                output.append(line).append('\n');
                if (marker != null && line.startsWith(marker)) {
                    result = line;
                }
            }
        }
        if (p.waitFor() != 0 || (marker != null && result == null)) {
            throw new IllegalStateException("a cold run failed (exit " + p.exitValue() + "):\n" + output);
        }
        return result;
    }

    private static Path cliJar() {
        String named = System.getProperty("architect.cli.jar");
        for (Path p : named != null ? List.of(Path.of(named)) : List.of(Path.of("../examples/target/architect.jar"),
                Path.of("examples/target/architect.jar"))) {
            if (java.nio.file.Files.isRegularFile(p)) {
                return p.toAbsolutePath().normalize();
            }
        }
        return null;
    }

    /** The archive ./architect would use: next to the jar and not older than it. */
    private static Path archive(Path jar) throws java.io.IOException {
        Path jsa = jar.resolveSibling("architect.jsa");
        return java.nio.file.Files.isRegularFile(jsa) && java.nio.file.Files.getLastModifiedTime(jsa)
                .compareTo(java.nio.file.Files.getLastModifiedTime(jar)) >= 0 ? jsa : null;
    }

    /** {@link #request()} as the command-line tool reads it. */
    private static final String REQUEST_YAML = """
            system: TicketHub
            description: Sells tickets for concerts and sports events across Europe; promoters publish events, fans search, reserve seats and pay, and get mobile tickets
            goals:
              - Sell out a 60,000-seat stadium in 10 minutes without overselling
              - Launch in 6 months
            actors:
              - {name: Fan, description: Buys tickets on the web and in the mobile app}
              - {name: Promoter, description: "Publishes events and seat maps, sees sales"}
            capabilities: [events, search, seat reservation, payments, ticketing, notifications]
            integrations:
              - {name: Stripe, purpose: Card payments}
              - {name: SendGrid, purpose: Email}
            compliance: [PCI-DSS]
            constraints: [Personal data stays in the EU]
            load: {peakRequestsPerSecond: 4000, readWriteRatio: 30, monthlyActiveUsers: 3000000}
            data: {initialVolumeGb: 200, growthGbPerMonth: 40, retentionYears: 7}
            latency: {p99Ms: 400, p50Ms: 120}
            availability: {targetPercent: 99.95, rpoMinutes: 5, rtoMinutes: 60}
            budget: {monthlyUsd: 20000}
            team: {size: 12, expertise: [Java, PostgreSQL, Kafka, AWS]}
            deployment: {cloud: aws, regions: [eu-west-1]}
            """;

    private static void report(List<Call> calls) throws java.io.IOException {
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
        String dumpDir = System.getProperty("architect.dump.dir"); // -Darchitect.dump.dir=DIR writes each stage's first call there
        if (dumpDir != null) {
            for (Call c : calls.stream().sorted(Comparator.comparingLong(Call::arrival)).toList()) {
                Path file = Path.of(dumpDir, c.stage().id() + ".txt");
                if (!java.nio.file.Files.exists(file)) {
                    java.nio.file.Files.createDirectories(file.getParent());
                    java.nio.file.Files.writeString(file, c.text());
                    java.nio.file.Files.writeString(Path.of(dumpDir, c.stage().id() + ".schema.json"), c.schema());
                }
            }
        }
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

    /** With -Dbench.gaps=true, where a cold consultation's time went between the model's replies. */
    private static void gaps(String run, FakeOpenAi server, long start, long end) {
        if (!Boolean.getBoolean("bench.gaps")) {
            return;
        }
        long first = server.firstArrival();
        System.out.printf(Locale.ROOT, "  gaps, %s: consult->analyze %.0f ms, analyze reply->design %.0f ms, design reply->first fan-out %.0f ms,"
                        + " first->last fan-out %.0f ms, last reply->end %.0f ms%n", run, (first - start) / 1e6,
                (server.arrival(Stage.DESIGN) - server.arrival(Stage.ANALYZE) - server.latencyNanos) / 1e6,
                (FAN_OUT.stream().mapToLong(server::arrival).min().orElseThrow() - server.arrival(Stage.DESIGN) - server.latencyNanos) / 1e6,
                (FAN_OUT.stream().mapToLong(server::arrival).max().orElseThrow() - FAN_OUT.stream().mapToLong(server::arrival).min().orElseThrow()) / 1e6,
                (end - server.lastReply()) / 1e6);
    }

    private static double median(List<double[]> runs, int index) {
        double[] values = runs.stream().mapToDouble(r -> r[index]).sorted().toArray();
        if (values.length == 0) {
            return Double.NaN;
        }
        return values.length % 2 == 1 ? values[values.length / 2] : (values[values.length / 2 - 1] + values[values.length / 2]) / 2;
    }

    private static Architect architect(int port) {
        return Architect.builder().provider("openai").providerOption("api-key", "sk-bench-0000000000000000")
                .providerOption("base-url", "http://127.0.0.1:" + port + "/v1")
                .providerOption("timeout-seconds", "30").build();
    }

    /** A realistic request, shared with the over-HTTP tests that pin what a consultation sends. */
    public static ConsultationRequest request() {
        return dev.architect.testing.SampleRequests.ticketHub();
    }

    private static final class Json {
        static final ObjectMapper MAPPER = new ObjectMapper();
    }

    record Call(long arrival, Stage stage, String text, String schema) {
        int schemaChars() {
            return schema.length();
        }

    }

    /** The OpenAI chat-completions API on 127.0.0.1, answering after a fixed latency and recording every call. */
    static final class FakeOpenAi implements Closeable {
        final MockWebServer server = new MockWebServer();
        final List<Call> calls = new CopyOnWriteArrayList<>();
        final Consultation source;
        final long latencyNanos;

        FakeOpenAi(Consultation source, long latencyMillis) throws Exception {
            this.source = source;
            this.latencyNanos = latencyMillis * 1_000_000;
            server.setDispatcher(new Dispatcher() {
                @Override
                public MockResponse dispatch(RecordedRequest recorded) throws InterruptedException {
                    long arrival = System.nanoTime();
                    try {
                        JsonNode body = Json.MAPPER.readTree(recorded.getBody().utf8());
                        StringBuilder text = new StringBuilder();
                        body.get("messages").forEach(m -> text.append(m.path("role").asText()).append(": ")
                                .append(m.path("content").asText()).append('\n'));
                        String prompt = text.toString();
                        Stage stage = SampleStageReplies.stageOf(prompt);
                        JsonNode schema = body.at("/response_format/json_schema");
                        calls.add(new Call(arrival, stage, prompt, schema.isMissingNode() ? "" : schema.toString()));
                        String reply = SampleStageReplies.reply(source, prompt);
                        Thread.sleep(latencyMillis);
                        return completion(reply, prompt.length() / 4, reply.length() / 4);
                    } catch (RuntimeException | java.io.IOException e) {
                        return new MockResponse.Builder().code(400).body(String.valueOf(e)).build();
                    }
                }
            });
            server.start(java.net.InetAddress.getLoopbackAddress(), 0);
        }

        int port() {
            return server.getPort();
        }

        /** When the last reply left: the last call's arrival plus the latency the server waits before answering. */
        long lastReply() {
            return calls.stream().mapToLong(Call::arrival).max().orElseThrow() + latencyNanos;
        }

        /** When the first call of a stage arrived. */
        long arrival(Stage stage) {
            return calls.stream().filter(c -> c.stage() == stage).mapToLong(Call::arrival).min().orElseThrow();
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
