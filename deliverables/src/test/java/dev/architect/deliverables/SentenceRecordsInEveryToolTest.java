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
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The records a capability's own sentences describe, through every tool that reads our files: their DDL runs on PostgreSQL,
 * their OpenAPI parses with its examples, their sequences render; and in the database a berth window is one per berth and
 * tide, a port due only in the states its sentences name.
 */
class SentenceRecordsInEveryToolTest {

    private static final Path REQUESTS = Path.of("..", "core", "src", "test", "resources", "sentence-record-requests");

    static Stream<Path> requests() {
        return DdlRequests.in(REQUESTS);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("requests")
    void everyFileOfASentenceRecordDossierIsAcceptedByItsTool(Path request) throws Exception {
        Consultation dossier = DdlRequests.consult(request);
        List<Deliverable> files = DossierWriter.builder().svg(false).build().deliverables(dossier);
        assertThat(Rendered.ofType(files, OpenApiDocument.class)).hasSize(2 * dossier.apis().size());
        SafeOutput.check(dossier, files, true);
    }

    @Test
    void aBerthWindowIsOnePerBerthAndTideAndAPortDueOnlyInItsStates() throws Exception {
        try (Connection db = databaseFor(REQUESTS.resolve("berthline-port.yaml"))) {
            String s = schemaOfTable(db, "berth_window");
            String window = "insert into " + s + ".berth_window (id, berth_id, tide_id, idempotency_key, created_at, updated_at) values"
                    + " (gen_random_uuid(), '00000000-0000-0000-0000-0000000000b1', '%s', '%s', now(), now())";
            run(db, String.format(java.util.Locale.ROOT, window, "00000000-0000-0000-0000-0000000000e1", "w1"));
            // the same berth on the next tide is allowed; the same berth and tide again is not
            run(db, String.format(java.util.Locale.ROOT, window, "00000000-0000-0000-0000-0000000000e2", "w2"));
            assertThatThrownBy(() -> run(db, String.format(java.util.Locale.ROOT, window, "00000000-0000-0000-0000-0000000000e1", "w3")))
                    .isInstanceOf(SQLException.class).hasMessageContaining("duplicate key");
            String d = schemaOfTable(db, "port_due");
            String due = "insert into " + d + ".port_due (id, vessel_call_id, status, idempotency_key, created_at, updated_at) values"
                    + " (gen_random_uuid(), gen_random_uuid(), '%s', '%s', now(), now())";
            run(db, String.format(java.util.Locale.ROOT, due, "CHARGED", "d1"));
            assertThatThrownBy(() -> run(db, String.format(java.util.Locale.ROOT, due, "PAID", "d2"))).isInstanceOf(SQLException.class);
        }
    }
}
