package dev.architect.deliverables;

import static dev.architect.deliverables.testing.Postgres.databaseFor;
import static dev.architect.deliverables.testing.Postgres.run;
import static dev.architect.deliverables.testing.Postgres.schemaOfTable;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.architect.deliverables.document.Deliverable;
import dev.architect.deliverables.document.OpenApiDocument;
import dev.architect.deliverables.testing.DdlRequests;
import dev.architect.deliverables.testing.Rendered;
import dev.architect.deliverables.testing.SafeOutput;
import dev.architect.dossier.Consultation;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The records of capabilities named by their verbs ("inspect and certify a weld"), through every tool that reads our files:
 * their DDL runs on PostgreSQL, their OpenAPI parses with its examples, their sequences render; and in the database a weld is
 * only in the states its name's verbs lead to.
 */
class VerbLedRecordsInEveryToolTest {

    private static final Path REQUESTS = Path.of("..", "core", "src", "test", "resources", "verb-led-requests");

    static Stream<Path> requests() {
        return DdlRequests.in(REQUESTS);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("requests")
    void everyFileOfAVerbLedDossierIsAcceptedByItsTool(Path request) throws Exception {
        Consultation dossier = DdlRequests.consult(request);
        List<Deliverable> files = DossierWriter.builder().svg(false).build().deliverables(dossier);
        assertThat(Rendered.ofType(files, OpenApiDocument.class)).hasSize(2 * dossier.apis().size());
        SafeOutput.check(dossier, files, true);
    }

    @Test
    void aWeldIsOnlyInTheStatesItsNamesVerbsLeadTo() throws Exception {
        try (Connection db = databaseFor(REQUESTS.resolve("weldmark.yaml"))) {
            String s = schemaOfTable(db, "weld");
            String weld = "insert into " + s + ".weld (id, owner_id, status, version, idempotency_key, created_at, updated_at) values"
                    + " (gen_random_uuid(), gen_random_uuid(), '%s', 0, '%s', now(), now())";
            run(db, String.format(Locale.ROOT, weld, "INSPECTED", "w1"));
            run(db, String.format(Locale.ROOT, weld, "CERTIFIED", "w2"));
            // a state no verb of the name leads to
            assertThatThrownBy(() -> run(db, String.format(Locale.ROOT, weld, "PAINTED", "w3"))).isInstanceOf(SQLException.class);
        }
    }
}
