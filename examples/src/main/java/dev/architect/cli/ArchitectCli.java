package dev.architect.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import picocli.CommandLine.Command;
import picocli.CommandLine;

/**
 * The {@code architect} command: consult, validate, render and schema. Each kind of failure has its own exit code
 * (see {@link ExitCodes}, printed by {@code --help}).
 */
@Command(name = "architect", mixinStandardHelpOptions = true, versionProvider = ArchitectCli.Version.class,
        description = "An expert backend architect on the command line: turns a system request into an architecture dossier.",
        subcommands = {ConsultCommand.class, ValidateCommand.class, RenderCommand.class, DiffCommand.class, SchemaCommand.class,
                CommandLine.HelpCommand.class})
public final class ArchitectCli {

    /** Where {@code --interactive} reads answers. */
    private final InputStream in;

    private ArchitectCli(InputStream in) {
        this.in = in;
    }

    InputStream in() {
        return in;
    }

    /**
     * Runs the command line and exits the JVM with its exit code.
     *
     * @param args the command and its options, e.g. {@code consult request.yaml --out dossier}
     */
    public static void main(String[] args) {
        // The terminal's own charset, named explicitly so no output depends on an accident of the platform.
        Charset console = Charset.defaultCharset();
        System.exit(run(System.in, new PrintWriter(new OutputStreamWriter(System.out, console), true),
                new PrintWriter(new OutputStreamWriter(System.err, console), true), args));
    }

    /**
     * Runs the command in-process with the given streams.
     *
     * @param in   what the user types ({@code --interactive})
     * @param out  where results go
     * @param err  where progress and errors go
     * @param args the command and its options
     * @return the exit code
     */
    public static int run(InputStream in, PrintWriter out, PrintWriter err, String... args) {
        CommandLine cli = new CommandLine(new ArchitectCli(in));
        cli.setOut(out);
        cli.setErr(err);
        cli.registerConverter(LocalDate.class, ArchitectCli::date);
        ExitCodes.document(cli);
        everyCommand(cli, c -> c.getCommandSpec().versionProvider(new Version()));
        cli.setParameterExceptionHandler((e, a) -> {
            err.println("error: " + e.getMessage());
            if (!CommandLine.UnmatchedArgumentException.printSuggestions(e, err)) {
                err.println("Run '" + e.getCommandLine().getCommandSpec().qualifiedName() + " --help' for the options.");
            }
            return ExitCodes.USAGE.code;
        });
        cli.setExecutionExceptionHandler((e, commandLine, parseResult) -> {
            err.println("error: " + ExitCodes.describe(e));
            return ExitCodes.of(e).code;
        });
        return cli.execute(args);
    }

    private static void everyCommand(CommandLine cli, java.util.function.Consumer<CommandLine> action) {
        action.accept(cli);
        cli.getSubcommands().values().forEach(sub -> everyCommand(sub, action));
    }

    private static LocalDate date(String text) {
        try {
            return LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            throw new CommandLine.TypeConversionException("expected a date as YYYY-MM-DD, e.g. 2026-03-01, but got \"" + text + "\"");
        }
    }

    /** The version Maven wrote into {@code version.txt} when it built this jar. */
    static final class Version implements CommandLine.IVersionProvider {

        static String number() {
            try (InputStream stream = ArchitectCli.class.getResourceAsStream("version.txt")) {
                if (stream == null) {
                    throw new IllegalStateException("version.txt is missing from the build");
                }
                return new String(stream.readAllBytes(), StandardCharsets.UTF_8).strip();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        @Override
        public String[] getVersion() {
            return new String[] {"architect " + number()};
        }
    }
}
