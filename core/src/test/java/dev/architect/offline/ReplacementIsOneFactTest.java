package dev.architect.offline;

import static org.assertj.core.api.Assertions.assertThat;

import dev.architect.request.ConsultationRequest;
import dev.architect.request.RequestReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * "Does this request replace a running system" has one answer: what the model path's plan stage is told
 * ({@link OfflineArchitect#replacesARunningSystem}) is whether the offline dossier carries a migration, for a described
 * existing system, for a running system named only in words, and for words that only look like one.
 */
class ReplacementIsOneFactTest {

    private static final OfflineArchitect ARCHITECT = OfflineArchitect.create();

    @Test
    void thePlanStagesAnswerIsWhetherTheDossierCarriesAMigration() throws Exception {
        Map<String, ConsultationRequest> requests = new LinkedHashMap<>(Requests.everyRequest());
        String mainframe = Files.readString(Path.of("src", "test", "resources", "archetype-requests", "claims-mainframe.yaml"));
        requests.put("claims-mainframe (words only)", RequestReader.readString(mainframe));
        // "schema migration from" is one of the replacement's notWithin phrases: a schema change, not a system left behind.
        requests.put("claims-mainframe (a schema migration)", RequestReader.readString(mainframe
                .replace("migrate from the mainframe", "run a schema migration from the old tables")
                .replace("mainframe", "record store")));

        Map<String, Boolean> told = new LinkedHashMap<>();
        Map<String, Boolean> designed = new LinkedHashMap<>();
        requests.forEach((name, request) -> {
            told.put(name, ARCHITECT.replacesARunningSystem(request));
            designed.put(name, ARCHITECT.consult(request).migration() != null);
        });

        assertThat(told).isEqualTo(designed);
        assertThat(told).containsEntry("bookshelf-legacy-migration", true).containsEntry("claims-mainframe (words only)", true)
                .containsEntry("claims-mainframe (a schema migration)", false).containsEntry("tasktrack-saas", false);
    }
}
