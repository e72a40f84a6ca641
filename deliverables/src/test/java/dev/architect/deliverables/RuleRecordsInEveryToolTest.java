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
 * The records a rule sentence designs (a number never reused or skipped within a scope), through every tool that reads our
 * files: their DDL runs on PostgreSQL, their OpenAPI parses with its examples, their sequences render; and in the database
 * a tag number is taken once per show, and a show's counter is one row.
 */
class RuleRecordsInEveryToolTest {

    private static final Path REQUESTS = Path.of("..", "core", "src", "test", "resources", "rule-record-requests");

    static Stream<Path> requests() {
        return DdlRequests.in(REQUESTS);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("requests")
    void everyFileOfARuleRecordDossierIsAcceptedByItsTool(Path request) throws Exception {
        Consultation dossier = DdlRequests.consult(request);
        assertThat(dossier.dataModel().entities()).anyMatch(e -> e.name().endsWith("_counter"));
        List<Deliverable> files = DossierWriter.builder().svg(false).build().deliverables(dossier);
        assertThat(Rendered.ofType(files, OpenApiDocument.class)).hasSize(2 * dossier.apis().size());
        SafeOutput.check(dossier, files, true);
    }

    @Test
    void aTagNumberIsTakenOncePerShowAndEachShowHasOneCounter() throws Exception {
        try (Connection db = databaseFor(REQUESTS.resolve("ringside-dog-show.yaml"))) {
            String s = schemaOfTable(db, "tag_assignment");
            String tag = "insert into " + s + ".tag_assignment (id, show_id, number, idempotency_key, created_at) values"
                    + " (gen_random_uuid(), '%s', %d, '%s', now())";
            String show = "00000000-0000-0000-0000-0000000000a1";
            run(db, String.format(java.util.Locale.ROOT, tag, show, 1, "t1"));
            // number 1 of another show is allowed; number 1 of the same show again is not
            run(db, String.format(java.util.Locale.ROOT, tag, "00000000-0000-0000-0000-0000000000a2", 1, "t2"));
            assertThatThrownBy(() -> run(db, String.format(java.util.Locale.ROOT, tag, show, 1, "t3")))
                    .isInstanceOf(SQLException.class).hasMessageContaining("duplicate key");
            String counter = "insert into " + s + ".tag_assignment_counter (id, show_id, next_number, updated_at) values"
                    + " (gen_random_uuid(), '" + show + "', 2, now())";
            run(db, counter);
            assertThatThrownBy(() -> run(db, counter)).isInstanceOf(SQLException.class).hasMessageContaining("duplicate key");
        }
    }
}
