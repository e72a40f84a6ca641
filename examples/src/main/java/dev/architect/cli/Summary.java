package dev.architect.cli;

import dev.architect.dossier.Consultation;
import dev.architect.dossier.Risk;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Locale;

/** The short report on stdout after a dossier is written. */
final class Summary {

    private Summary() {
    }

    static void print(PrintWriter out, Consultation c, Path folder) {
        out.println("Dossier for " + c.system() + " written to " + folder);
        out.println("  open " + folder.resolve("index.html") + " in a browser, or start at " + folder.resolve("README.md"));
        out.println("  " + c.summary());
        out.println("  " + String.join(", ", count(c.decisions().size(), "decision", "decisions"),
                count(c.c4().containers().size(), "container", "containers"), count(c.apis().size(), "API", "APIs"),
                count(c.dataModel().entities().size(), "entity", "entities"), count(c.risks().size(), "risk", "risks")));
        out.printf(Locale.ROOT, "  running cost: $%,.2f a month in month 1, $%,.2f in month 36, $%,.2f over three years (TCO)%n",
                c.cost().monthlyTotal(), c.cost().monthlyTotalAt(36).orElse(c.cost().monthlyTotal()), c.cost().threeYearTco());
        c.risksByScore().stream().limit(3).forEach((Risk r) ->
                out.printf(Locale.ROOT, "  risk %s (%s, %d): %s%n", r.id(), r.band().name().toLowerCase(Locale.ROOT), r.score(), r.title()));
        out.println("  made by " + c.metadata().provider() + (c.metadata().model() == null ? "" : " / " + c.metadata().model()));
        out.flush();
    }

    static String count(int n, String singular, String plural) {
        return n + " " + (n == 1 ? singular : plural);
    }
}
