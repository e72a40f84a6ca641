package dev.architect.deliverables;

import static dev.architect.deliverables.testing.Postgres.databaseFor;
import static dev.architect.deliverables.testing.Postgres.rows;
import static dev.architect.deliverables.testing.Postgres.run;
import static dev.architect.deliverables.testing.Postgres.schemaOfTable;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * A protection against an outcome holds in a real PostgreSQL: "overbooking protection" is a capacity row whose taken count
 * the conditional update never raises past the capacity (and a direct write past it breaks the check); "double-use
 * prevention" refuses a second standing use of one subject while a voided one frees it. Each test runs its request's whole DDL first.
 */
class OutcomeLimitsOnPostgresTest {

    private static final Path REQUESTS = Path.of("..", "core", "src", "test", "resources", "outcome-limit-requests");

    @Test
    void theLastPlaceIsTakenOnceAndNoWritePassesTheCapacity() throws Exception {
        try (Connection db = databaseFor(REQUESTS.resolve("hostel-beds.yaml"))) {
            String s = schemaOfTable(db, "booking_capacity");
            String dorm = "00000000-0000-0000-0000-0000000000b1";
            run(db, "insert into " + s + ".booking_capacity (id, resource_id, for_date, capacity, taken, version, updated_at) values (gen_random_uuid(), '"
                    + dorm + "', date '2027-03-01', 2, 0, 0, now())");
            // the flow's conditional update: two places, then a third that finds no row
            String take = "update " + s + ".booking_capacity set taken = taken + 1, version = version + 1 where resource_id = '" + dorm
                    + "' and for_date = date '2027-03-01' and taken + 1 <= capacity returning taken";
            assertThat(rows(db, take)).hasSize(1);
            assertThat(rows(db, take)).hasSize(1);
            assertThat(rows(db, take)).isEmpty();
            // a write that skips the condition is refused by the check itself
            assertThatThrownBy(() -> run(db, "update " + s + ".booking_capacity set taken = 3 where resource_id = '" + dorm + "'"))
                    .isInstanceOf(SQLException.class);
            // a second capacity row for the same dorm and date is refused
            assertThatThrownBy(() -> run(db, "insert into " + s + ".booking_capacity (id, resource_id, for_date, capacity, taken, version, updated_at)"
                    + " values (gen_random_uuid(), '" + dorm + "', date '2027-03-01', 5, 0, 0, now())")).isInstanceOf(SQLException.class)
                    .hasMessageContaining("duplicate key");
        }
    }

    @Test
    void aSecondStandingUseOfOneTicketIsRefusedAndAVoidedOneFreesIt() throws Exception {
        try (Connection db = databaseFor(REQUESTS.resolve("transit-tickets.yaml"))) {
            String s = schemaOfTable(db, "use_guard");
            String insert = "insert into " + s + ".use_guard (id, subject_id, use_id, status, idempotency_key, created_at) values (gen_random_uuid(),"
                    + " '00000000-0000-0000-0000-0000000000c1', gen_random_uuid(), '%s', '%s', now())";
            run(db, String.format(Locale.ROOT, insert, "STANDING", "u1"));
            assertThatThrownBy(() -> run(db, String.format(Locale.ROOT, insert, "STANDING", "u2"))).isInstanceOf(SQLException.class)
                    .hasMessageContaining("duplicate key");
            run(db, "update " + s + ".use_guard set status = 'VOIDED', voided_at = now() where idempotency_key = 'u1'");
            run(db, String.format(Locale.ROOT, insert, "STANDING", "u3"));
        }
    }
}
