package dev.architect.deliverables;

import static dev.architect.deliverables.testing.Postgres.databaseFor;
import static dev.architect.deliverables.testing.Postgres.run;
import static dev.architect.deliverables.testing.Postgres.schemaOfTable;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.architect.deliverables.testing.DdlRequests;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * The rules requests state in plain words hold in the database the dossier's DDL makes: a serial is held in one open
 * block and retired once, a message id is consumed once and an effect applied once, a custody event is never edited.
 */
class StatedInvariantsOnPostgresTest {

    private static final String BATCH = "00000000-0000-0000-0000-0000000000b1";

    @Test
    void aSerialIsHeldInOneOpenBlockAndRetiredOnceAndNoIssuanceOverlapsAnother() throws Exception {
        try (Connection db = databaseFor(DdlRequests.INVARIANTS.resolve("carbon-registry.yaml"))) {
            String s = schemaOfTable(db, "unit_batch");
            String batch = "insert into " + s + ".unit_batch (id, serial_prefix, source_type, source_id, first_serial, end_serial, issued_to, issued_by, idempotency_key, issued_at)"
                    + " values ('%s', 'VCS-1234', 'project', gen_random_uuid(), %d, %d, gen_random_uuid(), gen_random_uuid(), '%s', now())";
            run(db, String.format(Locale.ROOT, batch, BATCH, 1, 1001, "i1"));
            assertThatThrownBy(() -> run(db, String.format(Locale.ROOT, batch, "00000000-0000-0000-0000-0000000000b2", 500, 1500, "i2")))
                    .as("serials 500 to 1000 issued twice").isInstanceOf(SQLException.class).hasMessageContaining("exclusion constraint");
            String block = "insert into " + s + ".unit_holding (id, batch_id, first_serial, end_serial, holder_id, status, open, version, opened_at)"
                    + " values (gen_random_uuid(), '" + BATCH + "', %d, %d, gen_random_uuid(), '%s', %s, 0, now())";
            run(db, String.format(Locale.ROOT, block, 1, 1001, "ACTIVE", "false")); // the issued block, closed by a split
            run(db, String.format(Locale.ROOT, block, 1, 101, "RETIRED", "true"));
            run(db, String.format(Locale.ROOT, block, 101, 1001, "ACTIVE", "true"));
            assertThatThrownBy(() -> run(db, String.format(Locale.ROOT, block, 50, 60, "ACTIVE", "true")))
                    .as("a retired serial held again").isInstanceOf(SQLException.class).hasMessageContaining("exclusion constraint");
            String movement = "insert into " + s + ".unit_movement (id, batch_id, kind, first_serial, end_serial, requested_by, idempotency_key, moved_at)"
                    + " values ('%s', '" + BATCH + "', 'RETIRE', 1, 101, '00000000-0000-0000-0000-0000000000c1', 'r1', now())";
            run(db, String.format(Locale.ROOT, movement, "00000000-0000-0000-0000-0000000000d1"));
            assertThatThrownBy(() -> run(db, String.format(Locale.ROOT, movement, "00000000-0000-0000-0000-0000000000d2")))
                    .as("a retried retirement").isInstanceOf(SQLException.class).hasMessageContaining("duplicate key");
            String retirement = "insert into " + s + ".unit_retirement (id, batch_id, first_serial, end_serial, movement_id, beneficiary, purpose, retired_at)"
                    + " values (gen_random_uuid(), '" + BATCH + "', %d, %d, '00000000-0000-0000-0000-0000000000d1', 'Acme', '2026 claim', now())";
            run(db, String.format(Locale.ROOT, retirement, 1, 101));
            assertThatThrownBy(() -> run(db, String.format(Locale.ROOT, retirement, 90, 120)))
                    .as("serials 90 to 100 retired twice").isInstanceOf(SQLException.class).hasMessageContaining("exclusion constraint");
            assertThatThrownBy(() -> run(db, "delete from " + s + ".unit_retirement"))
                    .as("a retirement undone").isInstanceOf(SQLException.class).hasMessageContaining("append-only");
        }
    }

    @Test
    void aRedeliveredMessageIsRecordedOnceAndAnEffectAppliedOnce() throws Exception {
        try (Connection db = databaseFor(DdlRequests.INVARIANTS.resolve("parking-sessions.yaml"))) {
            String s = schemaOfTable(db, "inbox_message");
            String inbox = "insert into " + s + ".inbox_message (id, consumer, message_id, source, message_type, payload_sha256, status, received_at)"
                    + " values (gen_random_uuid(), 'session-billing', 'cam-42-exit-7', 'camera gateway', 'exit', 'ab12', 'PROCESSED', now())";
            run(db, inbox);
            assertThatThrownBy(() -> run(db, inbox)).as("the redelivered message").isInstanceOf(SQLException.class).hasMessageContaining("duplicate key");
            String effect = "insert into " + s + ".applied_effect (id, effect_type, subject_key, applied_at) values (gen_random_uuid(), 'CHARGE', 'session-7', now())";
            run(db, effect);
            assertThatThrownBy(() -> run(db, effect)).as("a session charged twice").isInstanceOf(SQLException.class).hasMessageContaining("duplicate key");
        }
    }

    @Test
    void aCustodyEventIsNeverEditedAndTwoWritersCannotAppendAfterTheSameEvent() throws Exception {
        try (Connection db = databaseFor(DdlRequests.INVARIANTS.resolve("evidence-locker.yaml"))) {
            String s = schemaOfTable(db, "custody_event");
            String event = "insert into " + s + ".custody_event (id, subject_type, subject_id, sequence, event_type, actor_id, detail, previous_hash, event_hash, occurred_at, recorded_at)"
                    + " values (gen_random_uuid(), 'evidence', '00000000-0000-0000-0000-0000000000e1', %d, 'VIEWED', gen_random_uuid(), '{}', '%s', '%s', now(), now())";
            run(db, String.format(Locale.ROOT, event, 1, "0", "h1"));
            assertThatThrownBy(() -> run(db, String.format(Locale.ROOT, event, 1, "0", "h1b")))
                    .as("a second event at the same place in the chain").isInstanceOf(SQLException.class).hasMessageContaining("duplicate key");
            assertThatThrownBy(() -> run(db, "update " + s + ".custody_event set event_type = 'CHANGED'"))
                    .as("an edited custody event").isInstanceOf(SQLException.class).hasMessageContaining("append-only");
        }
    }
}
