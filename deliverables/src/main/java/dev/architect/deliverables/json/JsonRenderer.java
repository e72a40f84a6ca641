package dev.architect.deliverables.json;

import dev.architect.deliverables.document.JsonDocument;
import dev.architect.dossier.Consultation;
import dev.architect.dossier.DossierJson;

/** The whole dossier as {@code consultation.json}, in the foundation's JSON layout (reads back equal). */
public final class JsonRenderer {

    public JsonDocument render(Consultation consultation) {
        return new JsonDocument("consultation.json", DossierJson.write(consultation));
    }
}
