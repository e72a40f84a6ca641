package dev.architect.deliverables;

import static dev.architect.deliverables.testing.Postgres.databaseFor;
import static dev.architect.deliverables.testing.Postgres.run;
import static dev.architect.deliverables.testing.Postgres.schemaOfTable;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * "At most N active X per Y" holds in a real PostgreSQL: a second active loan of one kit is refused by the partial unique
 * index while a returned loan frees the kit ("never two active loans of the same kit"); a fourth active sandbox of one
 * developer is refused by the counting trigger while another developer's is accepted ("no more than 3 active sandboxes
 * per developer").
 */
class ActiveLimitsOnPostgresTest {

    private static final Path REQUESTS = Path.of("..", "core", "src", "test", "resources", "active-limit-requests");

    static java.util.stream.Stream<Path> requests() {
        return dev.architect.deliverables.testing.DdlRequests.in(REQUESTS);
    }

    /** Every request of the folder: its DDL (partial indexes, counting triggers, copies of another service's status) runs. */
    @ParameterizedTest(name = "{0}")
    @MethodSource("requests")
    void theDdlRunsOnPostgres(Path request) throws Exception {
        try (Connection db = databaseFor(request)) {
            org.assertj.core.api.Assertions.assertThat(db.isValid(5)).isTrue();
        }
    }

    @Test
    void aSecondActiveLoanOfOneKitIsRefusedAndAnEndedOneFreesIt() throws Exception {
        try (Connection db = databaseFor(REQUESTS.resolve("equipment-loans.yaml"))) {
            String s = schemaOfTable(db, "loan");
            String insert = "insert into " + s + ".loan (id, student_id, kit_id, status, version, renewal_count, renewal_limit, idempotency_key,"
                    + " created_at, updated_at) values (gen_random_uuid(), gen_random_uuid(), '00000000-0000-0000-0000-00000000000a', '%s', 0, 0, 2, '%s',"
                    + " now(), now())";
            run(db, String.format(Locale.ROOT, insert, "EXPIRED", "k0"));
            run(db, String.format(Locale.ROOT, insert, "BORROWED", "k1"));
            assertThatThrownBy(() -> run(db, String.format(Locale.ROOT, insert, "BORROWED", "k2"))).isInstanceOf(SQLException.class)
                    .hasMessageContaining("duplicate key");
            run(db, "update " + s + ".loan set status = 'EXPIRED' where idempotency_key = 'k1'");
            run(db, String.format(Locale.ROOT, insert, "BORROWED", "k3"));
        }
    }

    @Test
    void aFourthActiveSandboxOfOneDeveloperIsRefusedByTheCountingTrigger() throws Exception {
        try (Connection db = databaseFor(REQUESTS.resolve("dev-sandboxes.yaml"))) {
            String s = schemaOfTable(db, "sandbox");
            String insert = "insert into " + s + ".sandbox (id, developer_id, status, version, idempotency_key, created_at, updated_at)"
                    + " values (gen_random_uuid(), '%s', '%s', 0, '%s', now(), now())";
            String dev = "00000000-0000-0000-0000-0000000000d1";
            for (int i = 1; i <= 3; i++) {
                run(db, String.format(Locale.ROOT, insert, dev, "STARTED", "s" + i));
            }
            run(db, String.format(Locale.ROOT, insert, dev, "REVOKED", "s4"));
            assertThatThrownBy(() -> run(db, String.format(Locale.ROOT, insert, dev, "STARTED", "s5"))).isInstanceOf(SQLException.class)
                    .hasMessageContaining("at most 3 active sandbox rows");
            run(db, String.format(Locale.ROOT, insert, "00000000-0000-0000-0000-0000000000d2", "STARTED", "s6"));
        }
    }
}
