package dev.architect.examples;

import dev.architect.deliverables.DossierWriter;
import dev.architect.deliverables.document.Deliverable;
import dev.architect.dossier.Consultation;
import dev.architect.dossier.DossierJson;
import java.nio.file.Path;
import java.util.List;

/**
 * Renders a saved {@code consultation.json} again, e.g. after editing it by hand or upgrading the SDK. The folder
 * is written atomically; {@link DossierWriter#deliverables} gives the files in memory instead, to publish them
 * somewhere else (a wiki, an object store).
 */
public final class RenderSavedDossierExample {

    public static void main(String[] args) {
        render(Path.of(args[0]), Path.of(args[1]));
    }

    static List<Deliverable> render(Path savedJson, Path folder) {
        Consultation dossier = DossierJson.read(savedJson);        // refuses unknown fields and broken invariants
        DossierWriter writer = DossierWriter.builder().svg(false).overwrite(true).build();
        writer.write(dossier, folder);
        return writer.deliverables(dossier);
    }
}
