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
 * Rules the client writes as sentences hold in a real PostgreSQL, each request's whole DDL run first: "each boat may have
 * only one insurance certificate that stands" is a partial unique index, "a boat can never have two overlapping berth
 * assignments" an exclusion constraint, "no purchase order may exceed the customer's credit limit" a limit row whose
 * reservation the conditional update and the CHECK never pass, "each invoice is paid only once" a unique retry key.
 */
class RuleInvariantsOnPostgresTest {

    private static final Path REQUESTS = Path.of("..", "core", "src", "test", "resources", "rule-invariant-requests");
    private static final String BOAT = "00000000-0000-0000-0000-0000000000b1";

    @Test
    void aSecondStandingCertificateOfOneBoatIsRefusedAndAnEndedOneIsNot() throws Exception {
        try (Connection db = databaseFor(REQUESTS.resolve("marina-berths.yaml"))) {
            String s = schemaOfTable(db, "insurance_certificate");
            String insert = "insert into " + s + ".insurance_certificate (id, created_at, boat_id, status) values (gen_random_uuid(), now(), '"
                    + BOAT + "', '%s')";
            run(db, String.format(Locale.ROOT, insert, "ACTIVE"));
            run(db, String.format(Locale.ROOT, insert, "ENDED"));
            assertThatThrownBy(() -> run(db, String.format(Locale.ROOT, insert, "ACTIVE"))).isInstanceOf(SQLException.class)
                    .hasMessageContaining("duplicate key");
        }
    }

    @Test
    void twoOverlappingAssignmentsOfOneBoatAreRefused() throws Exception {
        try (Connection db = databaseFor(REQUESTS.resolve("marina-berths.yaml"))) {
            String s = schemaOfTable(db, "berth_assignment");
            String insert = "insert into " + s + ".berth_assignment (id, created_at, boat_id, starts_at, ends_at) values (gen_random_uuid(), now(), '"
                    + BOAT + "', timestamptz '%s', timestamptz '%s')";
            run(db, String.format(Locale.ROOT, insert, "2027-06-01 12:00+00", "2027-06-03 12:00+00"));
            // back to back is no overlap: the periods are half-open
            run(db, String.format(Locale.ROOT, insert, "2027-06-03 12:00+00", "2027-06-05 12:00+00"));
            assertThatThrownBy(() -> run(db, String.format(Locale.ROOT, insert, "2027-06-02 12:00+00", "2027-06-04 12:00+00")))
                    .isInstanceOf(SQLException.class).hasMessageContaining("exclusion");
        }
    }

    @Test
    void noReservationPassesTheCustomersCreditLimit() throws Exception {
        try (Connection db = databaseFor(REQUESTS.resolve("food-distributor-credit.yaml"))) {
            String s = schemaOfTable(db, "customer_credit_limit");
            String customer = "00000000-0000-0000-0000-0000000000c1";
            run(db, "insert into " + s + ".customer_credit_limit (id, customer_id, limit_amount, reserved, version, updated_at)"
                    + " values (gen_random_uuid(), '" + customer + "', 1000, 0, 0, now())");
            // the sequence's conditional update: 600, then 400 (exactly the limit), then 1 more finds no row
            String reserve = "update " + s + ".customer_credit_limit set reserved = reserved + %s, version = version + 1 where customer_id = '" + customer
                    + "' and reserved + %s <= limit_amount returning reserved";
            assertThat(rows(db, String.format(Locale.ROOT, reserve, "600", "600"))).hasSize(1);
            assertThat(rows(db, String.format(Locale.ROOT, reserve, "400", "400"))).hasSize(1);
            assertThat(rows(db, String.format(Locale.ROOT, reserve, "1", "1"))).isEmpty();
            // a write that skips the condition is refused by the CHECK itself
            assertThatThrownBy(() -> run(db, "update " + s + ".customer_credit_limit set reserved = 1001 where customer_id = '" + customer + "'"))
                    .isInstanceOf(SQLException.class);
            // one limit row per customer
            assertThatThrownBy(() -> run(db, "insert into " + s + ".customer_credit_limit (id, customer_id, limit_amount, reserved, version, updated_at)"
                    + " values (gen_random_uuid(), '" + customer + "', 5000, 0, 0, now())")).isInstanceOf(SQLException.class)
                    .hasMessageContaining("duplicate key");
        }
    }

    @Test
    void anInvoiceKeepsWhenItWasPaidAndAUniqueKeyOfThePayingRequest() throws Exception {
        try (Connection db = databaseFor(REQUESTS.resolve("food-distributor-credit.yaml"))) {
            assertThat(rows(db, "select column_name from information_schema.columns where table_name = 'invoice' and column_name in ('paid_at', 'paid_key')"))
                    .hasSize(2);
            assertThat(rows(db, "select indexdef from pg_indexes where tablename = 'invoice' and indexdef like '%UNIQUE%(paid_key)%'")).hasSize(1);
        }
    }
}
