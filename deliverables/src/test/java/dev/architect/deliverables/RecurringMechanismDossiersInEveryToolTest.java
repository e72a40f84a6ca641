package dev.architect.deliverables;

import static org.assertj.core.api.Assertions.assertThat;

import dev.architect.deliverables.document.Deliverable;
import dev.architect.deliverables.document.OpenApiDocument;
import dev.architect.deliverables.testing.DdlRequests;
import dev.architect.deliverables.testing.Rendered;
import dev.architect.deliverables.testing.SafeOutput;
import dev.architect.dossier.Consultation;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The dossiers of the recurring mechanisms (a batch run, a comparison check, a partner exchange, the validation of
 * readings, a tariff applied to usage, a sync with an assumed other system) through every tool that reads our files:
 * their DDL runs on PostgreSQL, their OpenAPI parses with its examples, their sequences render.
 */
class RecurringMechanismDossiersInEveryToolTest {

    static Stream<Path> requests() {
        return DdlRequests.in(DdlRequests.RECURRING);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("requests")
    void everyFileOfARecurringMechanismDossierIsAcceptedByItsTool(Path request) throws Exception {
        Consultation dossier = DdlRequests.consult(request);
        List<Deliverable> files = DossierWriter.builder().svg(false).build().deliverables(dossier);

        assertThat(Rendered.ofType(files, OpenApiDocument.class)).hasSize(2 * dossier.apis().size());
        SafeOutput.check(dossier, files, true);
    }
}
