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
 * The records a noun-led capability name's head designs (a status on its subject's record, a decision per subject, an amount
 * per key, versioned settings, a partner's messages), through every tool that reads our files: their DDL runs on
 * PostgreSQL, their OpenAPI parses with its examples, their sequences render; and in the database a stock never goes below
 * zero where the request says so, and a load is decided once.
 */
class HeadKindRecordsInEveryToolTest {

    private static final Path REQUESTS = Path.of("..", "core", "src", "test", "resources", "head-kind-requests");

    static Stream<Path> requests() {
        return DdlRequests.in(REQUESTS);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("requests")
    void everyFileOfAHeadKindDossierIsAcceptedByItsTool(Path request) throws Exception {
        Consultation dossier = DdlRequests.consult(request);
        List<Deliverable> files = DossierWriter.builder().svg(false).build().deliverables(dossier);
        assertThat(Rendered.ofType(files, OpenApiDocument.class)).hasSize(2 * dossier.apis().size());
        SafeOutput.check(dossier, files, true);
    }

    @Test
    void aStockNeverGoesBelowZeroAndALoadIsDecidedOnce() throws Exception {
        try (Connection db = databaseFor(REQUESTS.resolve("grainco-intake.yaml"))) {
            String s = schemaOfTable(db, "bin_stock");
            String stock = "insert into " + s + ".bin_stock (id, bin_id, grade_id, quantity, version, updated_at) values"
                    + " (gen_random_uuid(), '00000000-0000-0000-0000-0000000000e1', '%s', %s, 1, now())";
            run(db, String.format(Locale.ROOT, stock, "00000000-0000-0000-0000-0000000000a1", "120.5"));
            // "must never go below zero": a negative stock is refused by the database
            assertThatThrownBy(() -> run(db, String.format(Locale.ROOT, stock, "00000000-0000-0000-0000-0000000000a2", "-1")))
                    .isInstanceOf(SQLException.class);
            // one row per bin and grade
            assertThatThrownBy(() -> run(db, String.format(Locale.ROOT, stock, "00000000-0000-0000-0000-0000000000a1", "3")))
                    .isInstanceOf(SQLException.class).hasMessageContaining("duplicate key");
            String d = schemaOfTable(db, "load_intake_decision");
            String decision = "insert into " + d + ".load_intake_decision (id, subject_ref, outcome, reasons, inputs, decided_by, idempotency_key,"
                    + " decided_at) values (gen_random_uuid(), '%s', '%s', '[]', '{}', 'intake clerk', '%s', now())";
            run(db, String.format(Locale.ROOT, decision, "load-1", "ACCEPTED", "k1"));
            // decided once per load, and only with an outcome the sentences name
            assertThatThrownBy(() -> run(db, String.format(Locale.ROOT, decision, "load-1", "REJECTED", "k2")))
                    .isInstanceOf(SQLException.class).hasMessageContaining("duplicate key");
            assertThatThrownBy(() -> run(db, String.format(Locale.ROOT, decision, "load-2", "MAYBE", "k3"))).isInstanceOf(SQLException.class);
        }
    }
}
