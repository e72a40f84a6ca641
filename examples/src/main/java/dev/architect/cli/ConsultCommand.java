package dev.architect.cli;

import dev.architect.Architect;
import dev.architect.Session;
import dev.architect.consultation.ClarifyingQuestion;
import dev.architect.deliverables.DossierWriter;
import dev.architect.dossier.Consultation;
import dev.architect.exceptions.ProviderConfigurationException;
import dev.architect.request.ConsultationRequest;
import dev.architect.spi.ProviderRegistry;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code architect consult REQUEST --out DIR}: runs a consultation and writes the dossier folder. */
@Command(name = "consult", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Run a consultation on a request and write the dossier folder.",
                "Uses the offline architect unless a provider is named (--provider) or configured in the environment "
                        + "(ARCHITECT_PROVIDER, OPENAI_API_KEY, OLLAMA_BASE_URL). Progress goes to stderr; the dossier's "
                        + "location and a summary to stdout. A failed run writes nothing."})
final class ConsultCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "REQUEST", description = "The request file, YAML or JSON.")
    Path request;

    @Mixin
    OutputOptions output;

    @Option(names = "--provider", paramLabel = "NAME",
            description = "offline, openai, ollama or a plugin's name; default: chosen from the environment, else offline.")
    String provider;

    @Option(names = "--model", paramLabel = "M", description = "The model name for the provider, e.g. gpt-4o.")
    String model;

    @Option(names = "--plugins", paramLabel = "DIR",
            description = "A folder of provider plugin jars, besides the plugins folder next to architect.jar.")
    Path plugins;

    @Option(names = "--interactive", description = "Answer the architect's clarifying questions on the terminal first.")
    boolean interactive;

    @Option(names = "--previous", paramLabel = "DIR",
            description = "A previous dossier (its folder or consultation.json): decisions that still hold keep their "
                    + "number, text and date, changed ones supersede them, and CHANGES.md says what changed.")
    Path previous;

    @Option(names = "--previous-request", paramLabel = "FILE",
            description = "The request the previous dossier was made from. With a model, the architect compares it with "
                    + "REQUEST and pins every decision none of whose drivers moved; without it nothing is pinned.")
    Path previousRequest;

    @Spec
    CommandSpec spec;

    /**
     * A system property for the latency harness: with it, the command prints when the consultation started and ended
     * ({@code System.nanoTime}, one clock for every process on the machine), so the consultation is timed apart from
     * the JVM's start and the writing of the dossier.
     */
    static final String CONSULT_CLOCK = "architect.cli.clock";

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (previousRequest != null && previous == null) {
            throw new ExitCodes.UsageException("--previous-request needs --previous: the dossier made from that request");
        }
        // Providers are found through the context class loader; plugins are visible for the whole run.
        Thread thread = Thread.currentThread();
        ClassLoader callerLoader = thread.getContextClassLoader();
        thread.setContextClassLoader(Plugins.loader(plugins, getClass().getClassLoader()));
        try {
            // The request is read and checked on another thread while the architect is built: building it loads
            // what the first model call needs (the engine's prompts and schemas, the provider's request path), and
            // the two share nothing. The errors keep their order: a bad request first, a provider that cannot be
            // configured last.
            CompletableFuture<ConsultationRequest> reading = CompletableFuture.supplyAsync(() -> ValidateCommand.readRequest(request));
            Architect architect = null;
            ProviderConfigurationException misconfigured = null;
            try {
                architect = architect(err);
            } catch (ProviderConfigurationException e) {
                misconfigured = e;
            }
            ConsultationRequest parsed = joined(reading);
            Consultation before = previous == null ? null : SavedDossier.read(previous);
            ConsultationRequest beforeRequest = previousRequest == null ? null : ValidateCommand.readRequest(previousRequest);
            output.checkWritable();
            if (misconfigured != null) {
                throw misconfigured;
            }
            output.prepare();
            Consultation dossier;
            long consultStarted = System.nanoTime();
            if (before != null) {
                if (interactive) {
                    throw new ExitCodes.UsageException("--interactive and --previous cannot be combined yet");
                }
                dossier = beforeRequest == null ? architect.reconsult(before, parsed)
                        : architect.reconsult(before, beforeRequest, parsed);
            } else {
                dossier = interactive ? askThenConsult(architect, parsed, out) : architect.consult(parsed);
            }
            if (Boolean.getBoolean(CONSULT_CLOCK)) {
                err.printf(java.util.Locale.ROOT, "consult-clock %d %d%n", consultStarted, System.nanoTime());
                err.flush();
            }
            Path written = output.write(dossier, before);
            Summary.print(out, dossier, written);
            return ExitCodes.OK.code;
        } finally {
            thread.setContextClassLoader(callerLoader);
        }
    }

    /** The value, or the exception the work threw as it was thrown (the exit code depends on its type). */
    private static <T> T joined(CompletableFuture<T> work) {
        try {
            return work.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException thrown) {
                throw thrown;
            }
            if (e.getCause() instanceof Error error) {
                throw error;
            }
            throw e;
        }
    }

    /** The named provider, else the one the environment names: both fail alike when the name is unknown. */
    private Architect architect(PrintWriter err) {
        Architect.Builder builder = provider == null ? Architect.builderFromEnvironment() : Architect.builder().provider(provider);
        if (model != null) {
            builder.providerOption("model", model);
        }
        // The date of the ADRs is also the day the request's calendar dates are counted from, so --date reproduces both.
        builder.clock(java.time.Clock.fixed(output.date.atStartOfDay(java.time.ZoneOffset.UTC).toInstant(), java.time.ZoneOffset.UTC));
        return builder.listener(new Progress(err, System.console() != null, System::nanoTime)).build();
    }

    /** Shows each question with its options; Enter takes the recommended one. */
    private Consultation askThenConsult(Architect architect, ConsultationRequest parsed, PrintWriter out) {
        Session session = architect.startSession(parsed);
        BufferedReader in = new BufferedReader(new InputStreamReader(((ArchitectCli) spec.root().userObject()).in(), StandardCharsets.UTF_8));
        if (session.questions().isEmpty()) {
            out.println("The architect has no questions about this request.");
        }
        for (ClarifyingQuestion q : session.questions()) {
            out.println();
            out.println(q.question());
            out.println("  Why it matters: " + q.whyItMatters());
            for (int i = 0; i < q.options().size(); i++) {
                String option = q.options().get(i);
                out.println("  " + (i + 1) + ") " + option + (option.equals(q.recommended()) ? "  (recommended)" : ""));
            }
            String chosen = ask(in, out, q);
            session.answer(q.id(), chosen);
            out.println("  -> " + chosen);
        }
        out.flush();
        return session.complete();
    }

    private static String ask(BufferedReader in, PrintWriter out, ClarifyingQuestion q) {
        while (true) {
            out.print("Choose 1-" + q.options().size() + " [Enter: recommended]: ");
            out.flush();
            String line;
            try {
                line = in.readLine();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            if (line == null || line.isBlank()) {
                return q.recommended();
            }
            try {
                int n = Integer.parseInt(line.strip());
                if (n >= 1 && n <= q.options().size()) {
                    return q.options().get(n - 1);
                }
            } catch (NumberFormatException notANumber) {
                // ask again
            }
            out.println("  Please type a number from 1 to " + q.options().size() + ".");
        }
    }
}
