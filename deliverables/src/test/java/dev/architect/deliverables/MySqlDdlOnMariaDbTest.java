package dev.architect.deliverables;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.architect.deliverables.sql.SqlDialect;
import dev.architect.deliverables.sql.SqlRenderer;
import dev.architect.deliverables.testing.DdlRequests;
import dev.architect.deliverables.testing.MariaDb;
import dev.architect.dossier.Consultation;
import dev.architect.offline.OfflineArchitect;
import dev.architect.request.ConsultationRequest;
import dev.architect.request.RequestReader;
import dev.architect.request.Team;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The MySQL DDL of the archetype dossiers runs on a real server (MariaDB from Debian, which .ci/run installs) with its
 * keys and foreign keys, and its constraints hold: checks, a unique idempotency key, an append-only ledger.
 */
class MySqlDdlOnMariaDbTest {

    private static final Path REQUESTS = DdlRequests.ARCHETYPES;

    @BeforeAll
    static void server() {
        Assumptions.assumeTrue(MariaDb.installed() || System.getenv("CI") != null, "mariadb-server is not installed");
    }

    private static final DdlRequests.Matched MATCHED = new DdlRequests.Matched();

    @AfterAll
    static void someRequestDeclaredIndexes() {
        MATCHED.assertSomeWereMatched();
    }

    static Stream<Path> requests() {
        return DdlRequests.in(DdlRequests.ARCHETYPES, DdlRequests.SHAPES, DdlRequests.DOMAINS);
    }

    private static Consultation consult(Path request) throws Exception {
        return DdlRequests.consult(request);
    }

    private static String mysql(Consultation c) {
        return new SqlRenderer(SqlDialect.MYSQL).render(c.dataModel()).content();
    }

    private static long count(String query) {
        return Long.parseLong(MariaDb.run("", query).strip());
    }

    private static final String USER_SCHEMAS = "table_schema NOT IN ('mysql', 'information_schema', 'performance_schema', 'sys')";

    @ParameterizedTest(name = "{0}")
    @MethodSource("requests")
    void theDdlRunsWithEveryTableAndForeignKey(Path request) throws Exception {
        Consultation c = consult(request);
        synchronized (MariaDb.LOCK) {
            MariaDb.reset();
            MariaDb.run("", mysql(c));
            assertThat(count("SELECT count(*) FROM information_schema.tables WHERE " + USER_SCHEMAS)).isEqualTo(c.dataModel().entities().size());
            assertThat(count("SELECT count(*) FROM information_schema.table_constraints WHERE constraint_type = 'FOREIGN KEY' AND " + USER_SCHEMAS))
                    .isEqualTo(c.dataModel().entities().stream().mapToLong(e -> e.relations().size()).sum());
            // each declared index, on its table, its columns in order, unique where declared (foreign-key indexes come on top)
            List<String> declared = DdlRequests.declaredIndexes(c.dataModel());
            assertThat(MariaDb.run("", "SELECT CONCAT(IF(non_unique = 0, 'unique ', ''), table_name, '(', GROUP_CONCAT(column_name ORDER BY seq_in_index"
                    + " SEPARATOR ', '), ')') FROM information_schema.statistics WHERE " + USER_SCHEMAS + " AND index_name <> 'PRIMARY'"
                    + " GROUP BY table_schema, table_name, index_name, non_unique;").lines().toList()).containsAll(declared);
            MATCHED.add(declared);
        }
    }

    @Test
    void theLedgerNeverAcceptsAnUpdateOrDelete() throws Exception {
        Consultation c = consult(REQUESTS.resolve("card-payments.yaml"));
        synchronized (MariaDb.LOCK) {
            MariaDb.reset();
            MariaDb.run("", mysql(c));
            String s = "`" + MariaDb.run("", "SELECT table_schema FROM information_schema.tables WHERE table_name = 'ledger_entry';").strip() + "`";
            MariaDb.run("", "INSERT INTO " + s + ".ledger_account VALUES ('00000000-0000-0000-0000-00000000000a', 'clearing', NULL, 'EUR', 'asset', NOW());"
                    + "INSERT INTO " + s + ".journal_transaction VALUES ('00000000-0000-0000-0000-000000000001', 'payment.authorised', UUID(), NOW());"
                    + "INSERT INTO " + s + ".ledger_entry VALUES (UUID(), '00000000-0000-0000-0000-000000000001', '00000000-0000-0000-0000-00000000000a', -125.00, 'EUR', NOW());");

            assertThatThrownBy(() -> MariaDb.run("", "UPDATE " + s + ".ledger_entry SET amount = 0;")).hasMessageContaining("append-only");
            assertThatThrownBy(() -> MariaDb.run("", "DELETE FROM " + s + ".ledger_entry;")).hasMessageContaining("append-only");
            assertThat(MariaDb.run("", "SELECT count(*) FROM " + s + ".ledger_entry;").strip()).isEqualTo("1");
        }
    }

    @Test
    void aSecondPaymentWithTheSameIdempotencyKeyAndANegativeAmountAreRejected() throws Exception {
        Consultation c = consult(REQUESTS.resolve("online-store.yaml"));
        synchronized (MariaDb.LOCK) {
            MariaDb.reset();
            MariaDb.run("", mysql(c));
            String p = "`" + MariaDb.run("", "SELECT table_schema FROM information_schema.tables WHERE table_name = 'payment';").strip() + "`";
            String pay = "INSERT INTO " + p + ".payment (id, merchant_id, idempotency_key, amount, currency, status, initiated_by, created_at, updated_at) "
                    + "VALUES (UUID(), '00000000-0000-0000-0000-000000000009', 'key-1', 10.00, 'EUR', 'PENDING', 'CUSTOMER', NOW(), NOW());";
            MariaDb.run("", pay);

            assertThatThrownBy(() -> MariaDb.run("", pay)).hasMessageContaining("Duplicate entry");
            assertThatThrownBy(() -> MariaDb.run("", pay.replace("key-1", "key-2").replace("10.00", "-1.00"))).hasMessageContaining("CONSTRAINT");
        }
    }

    @Test
    void aTeamOnMySqlGetsMySqlDdlInItsDossier() throws Exception {
        ConsultationRequest request = RequestReader.read(REQUESTS.resolve("online-store.yaml"));
        Consultation c = OfflineArchitect.create().consult(request.toBuilder().team(new Team(6, List.of("PHP", "Laravel", "MySQL"))).build());

        assertThat(SqlDialect.of(c)).isEqualTo(SqlDialect.MYSQL);
        String ddl = SqlRenderer.render(c).content();
        assertThat(ddl).startsWith("-- MySQL 8 DDL").contains("CREATE TABLE `").doesNotContain("uuid,").doesNotContain("timestamp with time zone")
                .doesNotContain("CREATE TABLE \"");
    }
}
