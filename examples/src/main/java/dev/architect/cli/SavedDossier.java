package dev.architect.cli;

import dev.architect.dossier.Consultation;
import dev.architect.dossier.DossierJson;
import java.nio.file.Files;
import java.nio.file.Path;

/** A dossier saved by an earlier run: its folder (holding consultation.json) or the JSON file itself. */
final class SavedDossier {

    private SavedDossier() {
    }

    static Consultation read(Path path) {
        Path json = Files.isDirectory(path) ? path.resolve("consultation.json") : path;
        if (!Files.isRegularFile(json)) {
            throw new ExitCodes.UsageException(Files.isDirectory(path)
                    ? path + " is a folder without consultation.json, so it is not a dossier"
                    : "cannot read " + path + ": no such file");
        }
        return DossierJson.read(json);
    }
}
