package dev.architect.deliverables.json;

import dev.architect.deliverables.document.JsonDocument;
import dev.architect.dossier.Consultation;
import dev.architect.dossier.DossierJson;

/** The whole dossier as {@code consultation.json}, in the foundation's JSON layout (reads back equal). */
public final class JsonRenderer {

    /**
     * The dossier as {@code consultation.json}, written by {@link dev.architect.dossier.DossierJson}.
     *
     * @param consultation the dossier
     * @return the JSON file
     */
    public JsonDocument render(Consultation consultation) {
        return new JsonDocument("consultation.json", DossierJson.write(consultation));
    }
}
