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

    private static String version(String s, String id, int version, String supersedes) {
        return "insert into " + s + ".sign_a_survey_certificate_version (id, sign_a_survey_certificate_id, version, content, content_sha256,"
                + " supersedes_id, created_by, created_at, retain_until) values ('" + id + "', '" + CERTIFICATE + "', " + version
                + ", '{}', 'h', " + (supersedes == null ? "null" : "'" + supersedes + "'") + ", gen_random_uuid(), now(), current_date + interval '12 years')";
    }

    @Test
    void aStoredVersionIsNeverUpdatedOrDeletedAndACorrectionIsTheNextVersion() throws Exception {
        try (Connection db = databaseFor(REQUEST)) {
            String s = schemaOfTable(db, "sign_a_survey_certificate_version");
            // the certificate row's own columns are other tests' concern: its link is dropped so the version rows stand alone
            for (String fk : rows(db, "select conname from pg_constraint where conrelid = '" + s + ".sign_a_survey_certificate_version'::regclass"
                    + " and contype = 'f' and pg_get_constraintdef(oid) like '%(sign_a_survey_certificate_id)%'")) {
                run(db, "alter table " + s + ".sign_a_survey_certificate_version drop constraint \"" + fk + "\"");
            }
            String first = "00000000-0000-0000-0000-0000000000a1";
            String second = "00000000-0000-0000-0000-0000000000a2";
            run(db, version(s, first, 1, null));
            run(db, version(s, second, 2, first));
            assertThatThrownBy(() -> run(db, "update " + s + ".sign_a_survey_certificate_version set content = '{\"hull\": 1}' where id = '" + first + "'"))
                    .isInstanceOf(SQLException.class).hasMessageContaining("append-only");
            assertThatThrownBy(() -> run(db, "delete from " + s + ".sign_a_survey_certificate_version where id = '" + first + "'"))
                    .isInstanceOf(SQLException.class).hasMessageContaining("append-only");
            // a second row of version 2 (two corrections racing for the same next version) is refused
            assertThatThrownBy(() -> run(db, version(s, "00000000-0000-0000-0000-0000000000a3", 2, first))).isInstanceOf(SQLException.class)
                    .hasMessageContaining("duplicate key");
            assertThat(rows(db, "select version from " + s + ".sign_a_survey_certificate_version where id = '" + first + "'")).containsExactly("1");
        }
    }
}
