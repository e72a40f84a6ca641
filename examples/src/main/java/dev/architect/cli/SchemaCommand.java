package dev.architect.cli;

import dev.architect.request.RequestSchema;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code architect schema}: prints the JSON Schema of request documents. */
@Command(name = "schema", mixinStandardHelpOptions = true,
        description = "Print the JSON Schema of request documents, for editors that validate YAML or JSON as you type.")
final class SchemaCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        spec.commandLine().getOut().print(RequestSchema.json());
        spec.commandLine().getOut().flush();
        return ExitCodes.OK.code;
    }
}
