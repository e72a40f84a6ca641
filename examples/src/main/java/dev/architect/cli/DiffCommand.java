package dev.architect.cli;

import dev.architect.change.DossierDiff;
import dev.architect.deliverables.markdown.ChangesMarkdown;
import dev.architect.deliverables.sql.MigrationSql;
import dev.architect.dossier.Consultation;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code architect diff A B}: what changed from one dossier to another, as CHANGES.md or as the SQL migration. */
@Command(name = "diff", mixinStandardHelpOptions = true,
        description = {"Show what changed between two dossiers (folders or consultation.json files): decisions, containers,"
                + " API operations with breaking changes, data model, cost at months 1 and 36, risks and roadmap."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:no difference", "7:the dossiers differ", "2:a dossier could not be read",
                "4:a dossier does not validate", "1:any other failure"})
final class DiffCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "A", description = "The older dossier.")
    Path before;

    @Parameters(index = "1", paramLabel = "B", description = "The newer dossier.")
    Path after;

    @Option(names = "--sql", description = "Print the PostgreSQL migration from A's schema to B's instead.")
    boolean sql;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        Consultation a = SavedDossier.read(before);
        Consultation b = SavedDossier.read(after);
        DossierDiff diff = DossierDiff.between(a, b);
        PrintWriter out = spec.commandLine().getOut();
        out.print(sql ? new MigrationSql().render(a.dataModel(), b.dataModel(), diff.data()).content()
                : new ChangesMarkdown().render(a, b, diff).content());
        out.flush();
        // Scripts can tell without parsing the output, as with diff(1).
        return diff.isEmpty() ? ExitCodes.OK.code : ExitCodes.DIFFERENT.code;
    }
}
