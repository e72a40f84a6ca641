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
import org.junit.jupiter.api.Test;

/**
 * "Once signed, a survey certificate is never altered: a correction is a new version ..., kept for 12 years" holds in a real
 * PostgreSQL, the request's whole DDL run first: the certificate's versions are rows the database refuses to UPDATE or
 * DELETE, one row per (certificate, version).
 */
class ImmutableRecordsOnPostgresTest {

    private static final Path REQUEST = Path.of("..", "core", "src", "test", "resources", "rule-invariant-requests", "boat-survey-certificates.yaml");
    private static final String CERTIFICATE = "00000000-0000-0000-0000-0000000000c1";

    /** A version row of the certificate's version table (its name follows the record the capability keeps, found below). */
    private static String version(String s, String table, String id, int version, String supersedes) {
        String owner = table.substring(0, table.length() - "_version".length()) + "_id";
        return "insert into " + s + "." + table + " (id, " + owner + ", version, content, content_sha256,"
                + " supersedes_id, created_by, created_at, retain_until) values ('" + id + "', '" + CERTIFICATE + "', " + version
                + ", '{}', 'h', " + (supersedes == null ? "null" : "'" + supersedes + "'") + ", gen_random_uuid(), now(), current_date + interval '12 years')";
    }

    @Test
    void aStoredVersionIsNeverUpdatedOrDeletedAndACorrectionIsTheNextVersion() throws Exception {
        try (Connection db = databaseFor(REQUEST)) {
            // the versions of the certificate: the one append-only version table the rule gives the certificate's record (named
            // after that record: "survey_certificate..._version"; the name is the capability designer's concern, not this test's)
            java.util.List<String> tables = rows(db, "select table_name from information_schema.tables where table_name like '%certificate%_version'");
            assertThat(tables).hasSize(1);
            String table = tables.get(0);
            String owner = table.substring(0, table.length() - "_version".length()) + "_id";
            String s = schemaOfTable(db, table);
            // the certificate row's own columns are other tests' concern: its link is dropped so the version rows stand alone
            for (String fk : rows(db, "select conname from pg_constraint where conrelid = '" + s + "." + table + "'::regclass"
                    + " and contype = 'f' and pg_get_constraintdef(oid) like '%(" + owner + ")%'")) {
                run(db, "alter table " + s + "." + table + " drop constraint \"" + fk + "\"");
            }
            String first = "00000000-0000-0000-0000-0000000000a1";
            String second = "00000000-0000-0000-0000-0000000000a2";
            run(db, version(s, table, first, 1, null));
            run(db, version(s, table, second, 2, first));
            assertThatThrownBy(() -> run(db, "update " + s + "." + table + " set content = '{\"hull\": 1}' where id = '" + first + "'"))
                    .isInstanceOf(SQLException.class).hasMessageContaining("append-only");
            assertThatThrownBy(() -> run(db, "delete from " + s + "." + table + " where id = '" + first + "'"))
                    .isInstanceOf(SQLException.class).hasMessageContaining("append-only");
            // a second row of version 2 (two corrections racing for the same next version) is refused
            assertThatThrownBy(() -> run(db, version(s, table, "00000000-0000-0000-0000-0000000000a3", 2, first))).isInstanceOf(SQLException.class)
                    .hasMessageContaining("duplicate key");
            assertThat(rows(db, "select version from " + s + "." + table + " where id = '" + first + "'")).containsExactly("1");
        }
    }
}
