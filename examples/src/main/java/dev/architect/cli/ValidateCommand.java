package dev.architect.cli;

import dev.architect.exceptions.InvalidRequestException;
import dev.architect.exceptions.RequestProblem;
import dev.architect.request.ConsultationRequest;
import dev.architect.request.RequestReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code architect validate REQUEST}: reads a request and prints every problem with its field path and line. */
@Command(name = "validate", mixinStandardHelpOptions = true,
        description = "Check a request file (YAML or JSON) and print every problem with its field path and line.")
final class ValidateCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "REQUEST", description = "The request file, YAML or JSON.")
    Path request;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        ConsultationRequest parsed;
        try {
            parsed = readRequest(request);
        } catch (InvalidRequestException e) {
            var err = spec.commandLine().getErr();
            err.println(request + ": " + e.problems().size() + (e.problems().size() == 1 ? " problem" : " problems"));
            for (RequestProblem p : e.problems()) {
                err.println("  " + p);
            }
            return ExitCodes.INVALID_INPUT.code;
        }
        spec.commandLine().getOut().println(request + ": valid request for \"" + parsed.system() + "\"");
        return ExitCodes.OK.code;
    }

    static ConsultationRequest readRequest(Path file) {
        checkReadable(file, "request file");
        return RequestReader.read(file);
    }

    /** A missing file, a folder or an unreadable file named on the command line, said in plain words. */
    static void checkReadable(Path file, String what) {
        String problem = Files.isDirectory(file) ? "it is a folder, not a file"
                : !Files.exists(file) ? "no such file"
                : !Files.isReadable(file) ? "permission denied" : null;
        if (problem != null) {
            throw new ExitCodes.UsageException("cannot read " + what + " " + file + ": " + problem);
        }
    }
}
