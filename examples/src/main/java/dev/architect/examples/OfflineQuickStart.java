package dev.architect.examples;

import dev.architect.Architect;
import dev.architect.deliverables.DossierWriter;
import dev.architect.dossier.Consultation;
import dev.architect.request.ConsultationRequest;
import dev.architect.request.RequestReader;
import java.nio.file.Path;

/**
 * The quick start: no model, no key, no network. The offline architect turns a request into a dossier and the
 * writer lays it out as Markdown, PlantUML (with SVG), OpenAPI, SQL, a Structurizr workspace, JSON and one HTML page.
 *
 * <p>Run: {@code java -cp examples/target/architect.jar dev.architect.examples.OfflineQuickStart
 * examples/requests/shopfast-ecommerce.yaml target/shopfast}
 */
public final class OfflineQuickStart {

    public static void main(String[] args) {
        Path request = Path.of(args.length > 0 ? args[0] : "examples/requests/shopfast-ecommerce.yaml");
        Path folder = Path.of(args.length > 1 ? args[1] : "target/dossier");
        Consultation dossier = run(request, folder);
        System.out.println(dossier.system() + ": " + dossier.decisions().size() + " decisions, $" + dossier.cost().monthlyTotal()
                + " a month in month 1, $" + dossier.cost().monthlyTotalAt(36).orElse(dossier.cost().monthlyTotal()) + " in month 36; open "
                + folder.resolve("index.html"));
    }

    static Consultation run(Path requestFile, Path folder) {
        ConsultationRequest request = RequestReader.read(requestFile);      // YAML or JSON; errors name the field
        Consultation dossier = Architect.builder().build().consult(request); // no chat model: the offline architect
        DossierWriter.builder().overwrite(true).build().write(dossier, folder);
        return dossier;
    }
}
