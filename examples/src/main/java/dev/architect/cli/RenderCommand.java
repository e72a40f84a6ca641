package dev.architect.cli;

import dev.architect.dossier.Consultation;
import dev.architect.dossier.DossierJson;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code architect render CONSULTATION.json --out DIR}: writes the dossier folder of a saved dossier. */
@Command(name = "render", mixinStandardHelpOptions = true,
        description = "Write the dossier folder from a saved consultation.json, e.g. after editing it or upgrading the renderers.")
final class RenderCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "CONSULTATION.json", description = "A dossier saved as JSON (consultation.json).")
    Path saved;

    @Mixin
    OutputOptions output;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        ValidateCommand.checkReadable(saved, "saved dossier");
        Consultation dossier = DossierJson.read(saved);
        output.checkWritable();
        Summary.print(spec.commandLine().getOut(), dossier, output.write(dossier));
        return ExitCodes.OK.code;
    }
}
