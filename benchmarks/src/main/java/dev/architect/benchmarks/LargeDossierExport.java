package dev.architect.benchmarks;

import dev.architect.dossier.DossierJson;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Saves the large dossier ({@link Fixtures#largeDossier()}) as a consultation.json, so whole-process benchmarks can
 * time {@code architect render} of it (benchmarks/whole-process.sh). Argument: the file to write.
 */
public final class LargeDossierExport {

    private LargeDossierExport() {
    }

    public static void main(String[] args) throws Exception {
        Path file = Path.of(args.length > 0 ? args[0] : "target/large-consultation.json").toAbsolutePath();
        Files.createDirectories(file.getParent());
        DossierJson.write(Fixtures.largeDossier(), file);
        System.out.println("wrote " + file);
    }
}
