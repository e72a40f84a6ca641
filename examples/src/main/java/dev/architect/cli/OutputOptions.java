package dev.architect.cli;

import dev.architect.deliverables.DossierWriter;
import dev.architect.dossier.Consultation;
import java.nio.file.Path;
import picocli.CommandLine.Option;

/** Where and how a dossier folder is written; shared by {@code consult} and {@code render}. */
final class OutputOptions {

    @Option(names = {"-o", "--out"}, paramLabel = "DIR", required = true, description = "The dossier folder to write.")
    Path folder;

    @Option(names = "--no-svg", description = "Skip rendering diagrams to SVG (faster; the .puml files are still written).")
    boolean noSvg;

    @Option(names = "--svg-threads", paramLabel = "N",
            description = "How many diagrams are drawn to SVG at once; default: the number of processors. The files are the same whatever N.")
    Integer svgThreads;

    @Option(names = "--force", description = "Replace the folder if it holds a previous dossier and nothing else "
            + "(never the working directory, its parents or the home directory).")
    boolean force;

    @Option(names = "--date", paramLabel = "YYYY-MM-DD",
            description = "The date in every ADR's front matter, and the day from which the request's calendar dates "
                    + "(\"live by 2027-04-15\") are counted in weeks; default: today.")
    java.time.LocalDate date = java.time.LocalDate.now(java.time.ZoneId.systemDefault()); // today where the user is

    /** Fails before any work is done when the folder would be refused or cannot be written, so no model call is wasted. */
    void checkWritable() {
        if (svgThreads != null && svgThreads < 1) {
            throw new ExitCodes.UsageException("--svg-threads must be at least 1, was " + svgThreads);
        }
        writer().build().checkTarget(folder);
    }

    /** Loads PlantUML in the background while the consultation runs (a head start on a 2-core machine). */
    void prepare() {
        writer().build().prepareInBackground();
    }

    Path write(Consultation dossier) {
        return write(dossier, null);
    }

    /** @param previous the dossier this one re-consults, for CHANGES.md and the migration; null for none */
    Path write(Consultation dossier, Consultation previous) {
        return writer().previous(previous).build().write(dossier, folder);
    }

    private DossierWriter.Builder writer() {
        DossierWriter.Builder writer = DossierWriter.builder().svg(!noSvg).overwrite(force).decisionDate(date);
        if (svgThreads != null) {
            writer.svgThreads(svgThreads);
        }
        return writer;
    }
}
