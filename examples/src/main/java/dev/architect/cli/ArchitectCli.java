package dev.architect.cli;

import java.io.InputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.Charset;
import java.util.Locale;
import picocli.CommandLine.Command;
import picocli.CommandLine;

/**
 * The {@code architect} command: consult, validate, render and schema. Exit codes: 0 success, 2 invalid input or
 * usage, 3 model or provider failure, 1 anything else (see {@link ExitCodes}).
 */
@Command(name = "architect", mixinStandardHelpOptions = true, versionProvider = ArchitectCli.Version.class,
        description = "An expert backend architect on the command line: turns a system request into an architecture dossier.",
        subcommands = {ConsultCommand.class, ValidateCommand.class, RenderCommand.class, DiffCommand.class, SchemaCommand.class,
                CommandLine.HelpCommand.class},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:success", "2:invalid input or usage", "3:model or provider failure", "1:any other failure"})
public final class ArchitectCli {

    /** Where {@code --interactive} reads answers. */
    private final InputStream in;

    private ArchitectCli(InputStream in) {
        this.in = in;
    }

    InputStream in() {
        return in;
    }

    public static void main(String[] args) {
        // The terminal's own charset, named explicitly so no output depends on an accident of the platform.
        Charset console = Charset.defaultCharset();
        System.exit(run(System.in, new PrintWriter(new OutputStreamWriter(System.out, console), true),
                new PrintWriter(new OutputStreamWriter(System.err, console), true), args));
    }

    /** Runs the command in-process with the given streams; returns the exit code. */
    public static int run(InputStream in, PrintWriter out, PrintWriter err, String... args) {
        CommandLine cli = new CommandLine(new ArchitectCli(in));
        cli.setOut(out);
        cli.setErr(err);
        cli.setParameterExceptionHandler((e, a) -> {
            err.println("error: " + e.getMessage());
            e.getCommandLine().usage(err);
            return ExitCodes.USAGE;
        });
        cli.setExecutionExceptionHandler((e, commandLine, parseResult) -> {
            err.println("error: " + ExitCodes.describe(e));
            return ExitCodes.of(e);
        });
        return cli.execute(args);
    }

    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            String v = ArchitectCli.class.getPackage().getImplementationVersion();
            return new String[] {"architect " + (v == null ? "development build" : v)};
        }
    }
}
