package dev.architect.testing;

import static org.assertj.core.api.Assertions.assertThat;

import dev.architect.dossier.Consultation;
import dev.architect.offline.OfflineArchitect;
import dev.architect.request.ConsultationRequest;
import dev.architect.request.RequestReader;
import dev.architect.validation.DossierValidator;

/** The offline architect's dossier for a request written in a test, held to the validator before the test reads it. */
public final class ValidDossiers {

    private static final OfflineArchitect ARCHITECT = OfflineArchitect.create();

    private ValidDossiers() {
    }

    /**
     * @param yaml a request as a YAML document
     * @return its offline dossier, which the validator accepts against the request
     */
    public static Consultation of(String yaml) {
        ConsultationRequest request = RequestReader.readString(yaml);
        Consultation c = ARCHITECT.consult(request);
        assertThat(DossierValidator.validate(c, request).errors()).as("validation errors of %s", request.system()).isEmpty();
        return c;
    }
}
