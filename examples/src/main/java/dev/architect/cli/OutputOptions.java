package dev.architect.cli;

import dev.architect.deliverables.DossierWriter;
import dev.architect.dossier.Consultation;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
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

    @Option(names = "--force", description = "Replace the folder if it exists and is not empty.")
    boolean force;

    @Option(names = "--date", paramLabel = "YYYY-MM-DD",
            description = "The date in every ADR's front matter; default: today.")
    java.time.LocalDate date = java.time.LocalDate.now();

    /** Fails before any work is done when the folder cannot be written, so no model call is wasted. */
    void checkWritable() {
        if (svgThreads != null && svgThreads < 1) {
            throw new ExitCodes.UsageException("--svg-threads must be at least 1, was " + svgThreads);
        }
        if (Files.isRegularFile(folder)) {
            throw new ExitCodes.UsageException(folder + " is a file, not a folder");
        }
        if (!force && Files.isDirectory(folder)) {
            try (Stream<Path> entries = Files.list(folder)) {
                if (entries.findAny().isPresent()) {
                    throw new ExitCodes.UsageException(folder + " is not empty; use --force to replace it");
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    /** Loads PlantUML in the background while the consultation runs (a head start on a 2-core machine). */
    void prepare() {
        writer().prepareInBackground();
    }

    Path write(Consultation dossier) {
        return writer().write(dossier, folder);
    }

    private DossierWriter writer() {
        DossierWriter.Builder writer = DossierWriter.builder().svg(!noSvg).overwrite(force).decisionDate(date);
        if (svgThreads != null) {
            writer.svgThreads(svgThreads);
        }
        return writer.build();
    }
}
