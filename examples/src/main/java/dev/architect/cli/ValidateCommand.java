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
        description = "Check a request file (YAML or JSON) and print every problem with its field path and line.",
        exitCodeListHeading = "%nExit codes:%n", exitCodeList = {"0:the request is valid", "2:the request has problems or cannot be read"})
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
            return ExitCodes.USAGE;
        }
        spec.commandLine().getOut().println(request + ": valid request for \"" + parsed.system() + "\"");
        return ExitCodes.OK;
    }

    static ConsultationRequest readRequest(Path file) {
        if (!Files.isRegularFile(file)) {
            throw new ExitCodes.UsageException("cannot read request file " + file + ": no such file");
        }
        return RequestReader.read(file);
    }
}
