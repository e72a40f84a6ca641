package dev.architect.deliverables;

import static dev.architect.deliverables.testing.Postgres.freshDatabase;
import static dev.architect.deliverables.testing.Postgres.rows;
import static dev.architect.deliverables.testing.Postgres.run;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.architect.deliverables.sql.SqlRenderer;
import dev.architect.deliverables.testing.DdlRequests;
import dev.architect.dossier.Consultation;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The DDL of the archetype dossiers runs on a real PostgreSQL, with its keys and indexes, and its constraints hold:
 * no double booking, an append-only and balanced ledger, one payment per idempotency key, no overselling.
 */
class ArchetypeDdlOnPostgresTest {

    private static final Path REQUESTS = DdlRequests.ARCHETYPES;
    private static final Path SHAPES = DdlRequests.SHAPES;

    private static final DdlRequests.Matched MATCHED = new DdlRequests.Matched();

    @AfterAll
    static void someRequestDeclaredIndexes() {
        MATCHED.assertSomeWereMatched();
    }

    static Stream<Path> requests() {
        return DdlRequests.in(DdlRequests.ARCHETYPES, DdlRequests.FRESH, DdlRequests.SHAPES, DdlRequests.INVARIANTS, DdlRequests.DOMAINS,
                DdlRequests.LIFECYCLES, DdlRequests.ACTIONS);
    }

    /**
     * Every index of the user's schemas as {@link DdlRequests#index} writes it, the primary keys' left out: plain
     * indexes on columns, unique or not (an exclusion constraint's index names its columns too and is simply extra).
     */
    private static final String INDEXES = "select (case when ix.indisunique then 'unique ' else '' end) || t.relname || '('"
            + " || string_agg(a.attname, ', ' order by k.ord) || ')'"
            + " from pg_index ix join pg_class t on t.oid = ix.indrelid join pg_namespace n on n.oid = t.relnamespace"
            + " cross join lateral unnest(ix.indkey) with ordinality as k(attnum, ord)"
            + " join pg_attribute a on a.attrelid = t.oid and a.attnum = k.attnum"
            + " where n.nspname not in ('pg_catalog', 'information_schema', 'pg_toast') and not ix.indisprimary"
            + " group by ix.indexrelid, ix.indisunique, t.relname";

    private static Connection schemaOf(String request) throws Exception {
        Consultation c = DdlRequests.consult(REQUESTS.resolve(request + ".yaml"));
        Connection db = freshDatabase();
        run(db, new SqlRenderer().render(c.dataModel()).content());
        return db;
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("requests")
    void theDdlRunsAndEveryDeclaredIndexExists(Path request) throws Exception {
        Consultation c = DdlRequests.consult(request);
        try (Connection db = freshDatabase()) {
            run(db, new SqlRenderer().render(c.dataModel()).content());
            long foreignKeys = c.dataModel().entities().stream().mapToLong(e -> e.relations().size()).sum();
            int tables = Integer.parseInt(rows(db, "select count(*) from pg_tables where schemaname not in ('pg_catalog', 'information_schema')").get(0));
            assertThat(tables).isEqualTo(c.dataModel().entities().size());
            // each declared index, on its table, its columns in order, unique where declared (foreign-key indexes come on top)
            List<String> declared = DdlRequests.declaredIndexes(c.dataModel());
            assertThat(rows(db, INDEXES)).containsAll(declared);
            MATCHED.add(declared);
            int fks = Integer.parseInt(rows(db, "select count(*) from information_schema.table_constraints where constraint_type = 'FOREIGN KEY'").get(0));
            assertThat(fks).isEqualTo((int) foreignKeys);
        }
    }

    /**
     * A record designed from its sentences keeps its invariants in the database: a status outside the states its verbs name is
     * rejected, a counted use never passes the limit the sentence states, and the transitions are never rewritten.
     */
    /**
     * A comparison the sentences state is kept by the record's own columns, and a record checked against another shares a
     * foreign key with it: an offer accepted above the fare quoted is rejected, and so is an offer for a charter that does
     * not exist (charter-offers: "an offer is accepted only at the fare quoted or lower").
     */
    @Test
    void aComparedValueIsKeptByItsColumnsAndTheCheckedRecordByAForeignKey() throws Exception {
        Consultation c = DdlRequests.consult(DdlRequests.LIFECYCLES.resolve("charter-offers.yaml"));
        try (Connection db = freshDatabase()) {
            run(db, new SqlRenderer().render(c.dataModel()).content());
            String s = "\"" + rows(db, "select table_schema from information_schema.tables where table_name = 'offer'").get(0) + "\"";
            run(db, "insert into " + s + ".charter (id, broker_id, status, version, idempotency_key, created_at, updated_at)"
                    + " values ('00000000-0000-0000-0000-00000000000c', gen_random_uuid(), 'OPEN', 0, 'c1', now(), now())");
            String insert = "insert into " + s + ".offer (id, operator_id, charter_id, status, version, fare_quoted, fare_accepted, currency, idempotency_key,"
                    + " created_at, updated_at) values (gen_random_uuid(), gen_random_uuid(), '%s', 'ACCEPTED', 1, 12000.00, %s, 'USD', '%s', now(), now())";
            run(db, String.format(java.util.Locale.ROOT, insert, "00000000-0000-0000-0000-00000000000c", "11500.00", "o1"));
            assertThatThrownBy(() -> run(db, String.format(java.util.Locale.ROOT, insert, "00000000-0000-0000-0000-00000000000c", "12500.00", "o2")))
                    .isInstanceOf(SQLException.class).hasMessageContaining("check constraint");
            assertThatThrownBy(() -> run(db, String.format(java.util.Locale.ROOT, insert, "00000000-0000-0000-0000-0000000000ff", "11000.00", "o3")))
                    .isInstanceOf(SQLException.class).hasMessageContaining("foreign key");
        }
    }

    @Test
    void aLifecycleRecordRejectsAnUnnamedStateACountPastItsLimitAndARewrittenTransition() throws Exception {
        Consultation c = DdlRequests.consult(DdlRequests.LIFECYCLES.resolve("seed-bank.yaml"));
        try (Connection db = freshDatabase()) {
            run(db, new SqlRenderer().render(c.dataModel()).content());
            String s = "\"" + rows(db, "select table_schema from information_schema.tables where table_name = 'seed_variety'").get(0) + "\"";
            // the owner column is named for the actor the sentences make the creator (curator_id here), so it is read, not assumed
            List<String> owners = rows(db, "select column_name from information_schema.columns where table_name = 'seed_variety' and column_name like '%\\_id'");
            assertThat(owners).hasSize(1);
            String insert = "insert into " + s + ".seed_variety (id, " + owners.get(0) + ", status, version, lending_count, lending_limit, idempotency_key, created_at, updated_at)"
                    + " values ('%s', gen_random_uuid(), '%s', 0, %d, 12, '%s', now(), now())";
            run(db, String.format(java.util.Locale.ROOT, insert, "00000000-0000-0000-0000-000000000001", "RECORDED", 11, "k1"));
            assertThatThrownBy(() -> run(db, String.format(java.util.Locale.ROOT, insert, "00000000-0000-0000-0000-000000000002", "LOST", 0, "k2")))
                    .isInstanceOf(SQLException.class).hasMessageContaining("check constraint");
            // the conditional update raises the count only below the limit; a direct write past it is rejected
            run(db, "update " + s + ".seed_variety set lending_count = lending_count + 1 where lending_count < lending_limit");
            assertThatThrownBy(() -> run(db, "update " + s + ".seed_variety set lending_count = lending_count + 1"))
                    .isInstanceOf(SQLException.class).hasMessageContaining("check constraint");
            run(db, "insert into " + s + ".seed_variety_transition (id, seed_variety_id, command, to_status, occurred_at)"
                    + " values (gen_random_uuid(), '00000000-0000-0000-0000-000000000001', 'suspend', 'SUSPENDED', now())");
            assertThatThrownBy(() -> run(db, "update " + s + ".seed_variety_transition set to_status = 'RELEASED'")).isInstanceOf(SQLException.class);
        }
    }

    @Test
    void twoOverlappingBookingsOfOneResourceAreRejectedAdjacentOnesAcceptedAndACancelledOneFreesItsSlot() throws Exception {
        try (Connection db = schemaOf("physio-booking")) {
            String schema = rows(db, "select table_schema from information_schema.tables where table_name = 'booking'").get(0);
            run(db, "insert into \"" + schema + "\".bookable_resource values ('00000000-0000-0000-0000-000000000001', 'therapist', 'Ana', 'Europe/Lisbon', 1)");
            String insert = "insert into \"" + schema + "\".booking (id, resource_id, customer_id, starts_at, ends_at, status, holds_slot, idempotency_key, created_at)"
                    + " values (gen_random_uuid(), '00000000-0000-0000-0000-000000000001', gen_random_uuid(), '%s', '%s', 'HELD', true, '%s', now())";
            run(db, String.format(java.util.Locale.ROOT, insert, "2026-03-02 09:00Z", "2026-03-02 10:00Z", "k1"));
            run(db, String.format(java.util.Locale.ROOT, insert, "2026-03-02 10:00Z", "2026-03-02 11:00Z", "k2"));
            assertThatThrownBy(() -> run(db, String.format(java.util.Locale.ROOT, insert, "2026-03-02 09:30Z", "2026-03-02 10:30Z", "k3")))
                    .isInstanceOf(SQLException.class).hasMessageContaining("conflicting key value violates exclusion constraint");
            assertThatThrownBy(() -> run(db, String.format(java.util.Locale.ROOT, insert, "2026-03-02 12:00Z", "2026-03-02 11:00Z", "k4")))
                    .isInstanceOf(SQLException.class).hasMessageContaining("check constraint");
            // cancelling frees the slot for someone else
            run(db, "update \"" + schema + "\".booking set status = 'CANCELLED', holds_slot = false where idempotency_key = 'k1'");
            run(db, String.format(java.util.Locale.ROOT, insert, "2026-03-02 09:15Z", "2026-03-02 09:45Z", "k5"));
        }
    }

    @Test
    void anOldKeyIsMappedOnceALoadWritesNoMoreThanItReadAndASyncPolicyOutsideTheListIsRejected() throws Exception {
        try (Connection db = schemaOf("claims-mainframe")) {
            String s = "\"" + rows(db, "select table_schema from information_schema.tables where table_name = 'legacy_id_map'").get(0) + "\"";
            String load = "insert into " + s + ".migration_load (id, kind, source_table, to_position, rows_read, rows_written, rows_rejected, started_at)"
                    + " values ('%s', '%s', 'CLAIMS', 'lsn-1', %d, %d, 0, now())";
            run(db, String.format(java.util.Locale.ROOT, load, "00000000-0000-0000-0000-000000000001", "BULK", 100, 100));
            assertThatThrownBy(() -> run(db, String.format(java.util.Locale.ROOT, load, "00000000-0000-0000-0000-000000000002", "BULK", 100, 101)))
                    .isInstanceOf(SQLException.class).hasMessageContaining("check constraint");
            assertThatThrownBy(() -> run(db, String.format(java.util.Locale.ROOT, load, "00000000-0000-0000-0000-000000000003", "SOMETIMES", 1, 1)))
                    .isInstanceOf(SQLException.class).hasMessageContaining("check constraint");
            String map = "insert into " + s + ".legacy_id_map (id, source_system, entity_type, legacy_key, new_id, load_id, migrated_at)"
                    + " values (gen_random_uuid(), 'mainframe', 'claim', 'CLM-0042', gen_random_uuid(), '00000000-0000-0000-0000-000000000001', now())";
            run(db, map);
            assertThatThrownBy(() -> run(db, map)).as("the same old key mapped twice")
                    .isInstanceOf(SQLException.class).hasMessageContaining("duplicate key");
        }
        try (Connection db = schemaOf("stock-counts")) {
            String s = "\"" + rows(db, "select table_schema from information_schema.tables where table_name = 'device_sync_policy'").get(0) + "\"";
            String policy = "insert into " + s + ".device_sync_policy (id, record_type, field_name, policy, reason, updated_at)"
                    + " values (gen_random_uuid(), 'count', '%s', '%s', 'counts are deltas', now())";
            run(db, String.format(java.util.Locale.ROOT, policy, "quantity", "APPEND_MERGE"));
            assertThatThrownBy(() -> run(db, String.format(java.util.Locale.ROOT, policy, "location", "SERVER_WINS")))
                    .isInstanceOf(SQLException.class).hasMessageContaining("check constraint");
            assertThatThrownBy(() -> run(db, String.format(java.util.Locale.ROOT, policy, "quantity", "REVIEW"))).as("one policy per field")
                    .isInstanceOf(SQLException.class).hasMessageContaining("duplicate key");
        }
    }

    @Test
    void theLedgerAcceptsOnlyBalancedTransactionsAndNeverAnUpdateOrDelete() throws Exception {
        try (Connection db = schemaOf("card-payments")) {
            String s = "\"" + rows(db, "select table_schema from information_schema.tables where table_name = 'ledger_entry'").get(0) + "\"";
            run(db, "insert into " + s + ".ledger_account values ('00000000-0000-0000-0000-00000000000a', 'clearing', null, 'EUR', 'asset', now()),"
                    + " ('00000000-0000-0000-0000-00000000000b', 'merchant', null, 'EUR', 'liability', now())");
            String tx = "insert into " + s + ".journal_transaction values ('%s', 'payment.authorised', gen_random_uuid(), now());";
            String entry = "insert into " + s + ".ledger_entry values (gen_random_uuid(), '%s', '%s', %s, 'EUR', now());";
            String balanced = "begin;" + String.format(java.util.Locale.ROOT, tx, "00000000-0000-0000-0000-000000000001")
                    + String.format(java.util.Locale.ROOT, entry, "00000000-0000-0000-0000-000000000001", "00000000-0000-0000-0000-00000000000a", "-125.00")
                    + String.format(java.util.Locale.ROOT, entry, "00000000-0000-0000-0000-000000000001", "00000000-0000-0000-0000-00000000000b", "125.00")
                    + "commit;";
            run(db, balanced);
            String unbalanced = "begin;" + String.format(java.util.Locale.ROOT, tx, "00000000-0000-0000-0000-000000000002")
                    + String.format(java.util.Locale.ROOT, entry, "00000000-0000-0000-0000-000000000002", "00000000-0000-0000-0000-00000000000a", "-125.00")
                    + String.format(java.util.Locale.ROOT, entry, "00000000-0000-0000-0000-000000000002", "00000000-0000-0000-0000-00000000000b", "120.00")
                    + "commit;";
            assertThatThrownBy(() -> run(db, unbalanced)).isInstanceOf(SQLException.class).hasMessageContaining("unbalanced");
            run(db, "rollback");
            assertThatThrownBy(() -> run(db, "update " + s + ".ledger_entry set amount = 0"))
                    .isInstanceOf(SQLException.class).hasMessageContaining("append-only");
            assertThatThrownBy(() -> run(db, "delete from " + s + ".ledger_entry"))
                    .isInstanceOf(SQLException.class).hasMessageContaining("append-only");
            assertThat(rows(db, "select count(*) from " + s + ".ledger_entry")).containsExactly("2");
        }
    }

    @Test
    void aSecondPaymentWithTheSameIdempotencyKeyIsRejectedAndStockCannotBeOverReserved() throws Exception {
        try (Connection db = schemaOf("online-store")) {
            String p = "\"" + rows(db, "select table_schema from information_schema.tables where table_name = 'payment'").get(0) + "\"";
            String pay = "insert into " + p + ".payment (id, merchant_id, idempotency_key, amount, currency, status, initiated_by, created_at, updated_at) "
                    + "values (gen_random_uuid(), '00000000-0000-0000-0000-000000000009', 'key-1', 10.00, 'EUR', 'PENDING', 'CUSTOMER', now(), now())";
            run(db, pay);
            assertThatThrownBy(() -> run(db, pay)).isInstanceOf(SQLException.class).hasMessageContaining("duplicate key");
            assertThatThrownBy(() -> run(db, pay.replace("key-1", "key-2").replace("10.00", "-1.00")))
                    .isInstanceOf(SQLException.class).hasMessageContaining("check constraint");

            String s = "\"" + rows(db, "select table_schema from information_schema.tables where table_name = 'stock_level'").get(0) + "\"";
            run(db, "insert into " + s + ".product values ('00000000-0000-0000-0000-000000000001', 'SKU-1', 'Shirt', 20.00, 'EUR', true, now())");
            run(db, "insert into " + s + ".stock_level values (gen_random_uuid(), '00000000-0000-0000-0000-000000000001', gen_random_uuid(), 2, 2, 1)");
            assertThatThrownBy(() -> run(db, "update " + s + ".stock_level set reserved = reserved + 1"))
                    .isInstanceOf(SQLException.class).hasMessageContaining("check constraint");
        }
    }

    /**
     * Money leaving: a released batch posts a balanced journal (payouts payable to bank in transit) and an unbalanced
     * one is refused; a message id is sent once, an approver counts once, and a payout sends a positive amount.
     */
    @Test
    void payoutsPostBalancedJournalsAndABatchIsSubmittedOnceAndApprovedByDistinctPeopleNeverItsCreator() throws Exception {
        try (Connection db = schemaOf("translator-payouts")) {
            String s = "\"" + rows(db, "select table_schema from information_schema.tables where table_name = 'ledger_entry'").get(0) + "\"";
            run(db, "insert into " + s + ".ledger_account (id, code, owner_id, currency, kind, opened_at) values"
                    + " ('00000000-0000-0000-0000-00000000000a', 'payouts-payable', null, 'EUR', 'liability', now()),"
                    + " ('00000000-0000-0000-0000-00000000000b', 'bank-in-transit', null, 'EUR', 'asset', now())");
            String tx = "insert into " + s + ".journal_transaction (id, event_type, event_id, posted_at) values ('%s', 'payment_batch.released', gen_random_uuid(), now());";
            String entry = "insert into " + s + ".ledger_entry (id, transaction_id, account_id, amount, currency, posted_at) values (gen_random_uuid(), '%s', '%s', %s, 'EUR', now());";
            String released = "begin;" + String.format(java.util.Locale.ROOT, tx, "00000000-0000-0000-0000-000000000001")
                    + String.format(java.util.Locale.ROOT, entry, "00000000-0000-0000-0000-000000000001", "00000000-0000-0000-0000-00000000000a", "-4200.50")
                    + String.format(java.util.Locale.ROOT, entry, "00000000-0000-0000-0000-000000000001", "00000000-0000-0000-0000-00000000000b", "4200.50")
                    + "commit;";
            run(db, released);
            String lopsided = "begin;" + String.format(java.util.Locale.ROOT, tx, "00000000-0000-0000-0000-000000000002")
                    + String.format(java.util.Locale.ROOT, entry, "00000000-0000-0000-0000-000000000002", "00000000-0000-0000-0000-00000000000a", "-4200.50")
                    + "commit;";
            assertThatThrownBy(() -> run(db, lopsided)).isInstanceOf(SQLException.class).hasMessageContaining("unbalanced");
            run(db, "rollback");

            String p = "\"" + rows(db, "select table_schema from information_schema.tables where table_name = 'payment_batch'").get(0) + "\"";
            run(db, "insert into " + p + ".payment_batch (id, debtor_iban, currency, requested_execution_date, status, instruction_count, control_sum,"
                    + " approvals_required, created_by, idempotency_key, created_at) values ('00000000-0000-0000-0000-0000000000b1', 'DE89370400440532013000',"
                    + " 'EUR', '2026-12-04', 'ASSEMBLED', 2, 4200.50, 2, '00000000-0000-0000-0000-0000000000e0', 'batch-1', now())");
            assertThatThrownBy(() -> run(db, "insert into " + p + ".batch_approval (id, batch_id, approver_id, decision, decided_at) values"
                    + " (gen_random_uuid(), '00000000-0000-0000-0000-0000000000b1', '00000000-0000-0000-0000-0000000000e0', 'APPROVED', now())"))
                    .as("the batch's creator approving it").isInstanceOf(SQLException.class).hasMessageContaining("approver_id may not be the created_by of its payment_batch");
            String approval = "insert into " + p + ".batch_approval (id, batch_id, approver_id, decision, decided_at) values"
                    + " (gen_random_uuid(), '00000000-0000-0000-0000-0000000000b1', '00000000-0000-0000-0000-0000000000e1', 'APPROVED', now())";
            run(db, approval);
            assertThatThrownBy(() -> run(db, approval)).as("the same person approving twice").isInstanceOf(SQLException.class)
                    .hasMessageContaining("duplicate key");
            String submission = "insert into " + p + ".bank_submission (id, batch_id, message_id, channel, file_sha256, status, submitted_at) values"
                    + " (gen_random_uuid(), '00000000-0000-0000-0000-0000000000b1', 'LNGP-20261204-0001', 'EBICS', null, 'SUBMITTED', now())";
            run(db, submission);
            assertThatThrownBy(() -> run(db, submission)).as("a message id sent twice").isInstanceOf(SQLException.class)
                    .hasMessageContaining("duplicate key");
            run(db, "insert into " + p + ".beneficiary (id, owner_id, holder_name, iban, bic, country, currency, screening_status, created_at) values"
                    + " ('00000000-0000-0000-0000-0000000000c1', gen_random_uuid(), 'A. Translator', 'FR7630006000011234567890189', null, 'FR', 'EUR', 'CLEARED', now())");
            assertThatThrownBy(() -> run(db, "insert into " + p + ".payout_instruction (id, beneficiary_id, batch_id, end_to_end_id, amount, currency,"
                    + " status, requested_by, idempotency_key, created_at) values (gen_random_uuid(), '00000000-0000-0000-0000-0000000000c1',"
                    + " '00000000-0000-0000-0000-0000000000b1', 'E2E-1', -10.00, 'EUR', 'BATCHED', gen_random_uuid(), 'i-1', now())"))
                    .as("a negative payout").isInstanceOf(SQLException.class).hasMessageContaining("check constraint");
        }
    }

    @Test
    void aCaseStaysInItsStatesItsHistoryIsAppendOnlyAndItIsApprovedOnlyWithTwoDistinctApproversNeitherThePreparerNorTheRequester() throws Exception {
        try (Connection db = schemaOf("procurement-approvals")) {
            String s = "\"" + rows(db, "select table_schema from information_schema.tables where table_name = 'case_file'").get(0) + "\"";
            String insertCase = "insert into " + s + ".case_file (id, reference, case_type, requester_id, status, version, priority, idempotency_key,"
                    + " escalation_level, created_at, updated_at) values ('%s', '%s', 'purchase', '00000000-0000-0000-0000-0000000000a9', '%s', 1, 0, '%s', 0, now(), now())";
            String caseId = "00000000-0000-0000-0000-0000000000c1";
            assertThatThrownBy(() -> run(db, String.format(java.util.Locale.ROOT, insertCase, "00000000-0000-0000-0000-0000000000c0", "PR-0", "LOST", "k0")))
                    .isInstanceOf(SQLException.class).hasMessageContaining("check constraint");
            run(db, String.format(java.util.Locale.ROOT, insertCase, caseId, "PR-1", "AWAITING_APPROVAL", "k1"));

            String transition = "insert into " + s + ".case_transition (id, case_id, command, from_status, to_status, actor_id, actor_kind,"
                    + " idempotency_key, case_version, occurred_at) values (gen_random_uuid(), '" + caseId + "', 'SUBMIT', 'DRAFT', 'SUBMITTED',"
                    + " gen_random_uuid(), 'APPLICANT', '%s', %d, now())";
            run(db, String.format(java.util.Locale.ROOT, transition, "t1", 1));
            assertThatThrownBy(() -> run(db, String.format(java.util.Locale.ROOT, transition, "t1", 2)))
                    .as("a retried command is recorded once").isInstanceOf(SQLException.class).hasMessageContaining("duplicate key");
            assertThatThrownBy(() -> run(db, String.format(java.util.Locale.ROOT, transition, "t2", 1)))
                    .as("two commands on one version").isInstanceOf(SQLException.class).hasMessageContaining("duplicate key");
            assertThatThrownBy(() -> run(db, "update " + s + ".case_transition set to_status = 'APPROVED'"))
                    .isInstanceOf(SQLException.class).hasMessageContaining("append-only");

            String maker = "00000000-0000-0000-0000-0000000000a0";
            String sign = "insert into " + s + ".case_approval (id, case_id, approver_id, maker_id, idempotency_key, signed_at)"
                    + " values (gen_random_uuid(), '" + caseId + "', '%s', '" + maker + "', '%s', now())";
            String approve = "update " + s + ".case_file set status = 'APPROVED', version = version + 1 where id = '" + caseId + "'";
            assertThatThrownBy(() -> run(db, String.format(java.util.Locale.ROOT, sign, maker, "s0")))
                    .as("the preparer cannot sign").isInstanceOf(SQLException.class).hasMessageContaining("check constraint");
            assertThatThrownBy(() -> run(db, String.format(java.util.Locale.ROOT, sign, "00000000-0000-0000-0000-0000000000a9", "s9")))
                    .as("the requester cannot sign").isInstanceOf(SQLException.class).hasMessageContaining("may not be the requester_id of its case_file");
            run(db, String.format(java.util.Locale.ROOT, sign, "00000000-0000-0000-0000-0000000000a1", "s1"));
            assertThatThrownBy(() -> run(db, String.format(java.util.Locale.ROOT, sign, "00000000-0000-0000-0000-0000000000a1", "s2")))
                    .as("one person signs once").isInstanceOf(SQLException.class).hasMessageContaining("duplicate key");
            assertThatThrownBy(() -> run(db, approve)).as("one signature is not enough").isInstanceOf(SQLException.class).hasMessageContaining("quorum");
            run(db, String.format(java.util.Locale.ROOT, sign, "00000000-0000-0000-0000-0000000000a2", "s3"));
            run(db, approve);
            assertThat(rows(db, "select status from " + s + ".case_file where id = '" + caseId + "'")).containsExactly("APPROVED");
        }
    }

    private static Connection shapeSchemaOf(String request) throws Exception {
        Consultation c = DdlRequests.consult(SHAPES.resolve(request + ".yaml"));
        Connection db = freshDatabase();
        run(db, new SqlRenderer().render(c.dataModel()).content());
        return db;
    }

    private static String schemaOfTable(Connection db, String table) throws Exception {
        return "\"" + rows(db, "select table_schema from information_schema.tables where table_name = '" + table + "'").get(0) + "\"";
    }

    /**
     * The invariants the capability shapes declare hold in the database itself: a waiting list never puts two people in
     * one position nor one person twice; an item is assessed once per reviewer, never by its submitter, and completes
     * only with two distinct reviewers; a settings change is never approved by its proposer.
     */
    @Test
    void shapeInvariantsHoldInTheDatabaseWaitingPositionsReviewerQuorumAndProposerNotApprover() throws Exception {
        try (Connection db = shapeSchemaOf("ferry-standby")) {
            String s = schemaOfTable(db, "standby_list_entry");
            run(db, "insert into " + s + ".standby_list (id, subject_type, subject_id, offer_hold_minutes, next_position, created_at)"
                    + " values ('00000000-0000-0000-0000-0000000000d1', 'sailing', gen_random_uuid(), 15, 3, now())");
            String join = "insert into " + s + ".standby_list_entry (id, standby_list_id, party_id, position, status, idempotency_key, joined_at, updated_at)"
                    + " values (gen_random_uuid(), '00000000-0000-0000-0000-0000000000d1', '%s', %d, '%s', '%s', now(), now())";
            run(db, String.format(java.util.Locale.ROOT, join, "00000000-0000-0000-0000-0000000000e1", 1, "WAITING", "j1"));
            assertThatThrownBy(() -> run(db, String.format(java.util.Locale.ROOT, join, "00000000-0000-0000-0000-0000000000e2", 1, "WAITING", "j2")))
                    .as("two people in one position").isInstanceOf(SQLException.class).hasMessageContaining("duplicate key");
            assertThatThrownBy(() -> run(db, String.format(java.util.Locale.ROOT, join, "00000000-0000-0000-0000-0000000000e1", 2, "WAITING", "j3")))
                    .as("one person twice").isInstanceOf(SQLException.class).hasMessageContaining("duplicate key");
            assertThatThrownBy(() -> run(db, String.format(java.util.Locale.ROOT, join, "00000000-0000-0000-0000-0000000000e3", 2, "MAYBE", "j4")))
                    .as("a state outside the list's").isInstanceOf(SQLException.class).hasMessageContaining("check constraint");
            run(db, String.format(java.util.Locale.ROOT, join, "00000000-0000-0000-0000-0000000000e2", 2, "WAITING", "j5"));
        }
        try (Connection db = shapeSchemaOf("science-fair")) {
            String s = schemaOfTable(db, "project_judging_score");
            String item = "00000000-0000-0000-0000-0000000000f1";
            String submitter = "00000000-0000-0000-0000-0000000000a0";
            run(db, "insert into " + s + ".project_judging (id, subject_type, subject_id, submitted_by, status, created_at)"
                    + " values ('" + item + "', 'project', gen_random_uuid(), '" + submitter + "', 'IN_REVIEW', now())");
            String score = "insert into " + s + ".project_judging_score (id, project_judging_id, reviewer_id, submitter_id, score, rationale,"
                    + " conflict_declared, idempotency_key, submitted_at) values (gen_random_uuid(), '" + item + "', '%s', '" + submitter + "', 7, 'sound method', false, '%s', now())";
            String complete = "update " + s + ".project_judging set status = 'COMPLETE' where id = '" + item + "'";
            assertThatThrownBy(() -> run(db, String.format(java.util.Locale.ROOT, score, submitter, "k0")))
                    .as("the submitter cannot score").isInstanceOf(SQLException.class).hasMessageContaining("check constraint");
            run(db, String.format(java.util.Locale.ROOT, score, "00000000-0000-0000-0000-0000000000b1", "k1"));
            assertThatThrownBy(() -> run(db, String.format(java.util.Locale.ROOT, score, "00000000-0000-0000-0000-0000000000b1", "k2")))
                    .as("one score per reviewer").isInstanceOf(SQLException.class).hasMessageContaining("duplicate key");
            assertThatThrownBy(() -> run(db, complete)).as("one reviewer is not enough").isInstanceOf(SQLException.class).hasMessageContaining("quorum");
            run(db, String.format(java.util.Locale.ROOT, score, "00000000-0000-0000-0000-0000000000b2", "k3"));
            run(db, complete);
            assertThatThrownBy(() -> run(db, "update " + s + ".project_judging_score set score = 10"))
                    .as("a submitted score is never edited").isInstanceOf(SQLException.class).hasMessageContaining("append-only");
        }
        try (Connection db = shapeSchemaOf("alarm-thresholds")) {
            String s = schemaOfTable(db, "threshold_tuning_version");
            run(db, "insert into " + s + ".threshold_tuning (id, name, scope, active_version, updated_at)"
                    + " values ('00000000-0000-0000-0000-0000000000c1', 'freezer', 'restaurant', null, now())");
            String propose = "insert into " + s + ".threshold_tuning_version (id, threshold_tuning_id, version, body, status, reason, proposed_by, approved_by,"
                    + " proposed_at, approved_at) values (gen_random_uuid(), '00000000-0000-0000-0000-0000000000c1', %d, '{}', 'APPROVED', 'colder',"
                    + " '00000000-0000-0000-0000-0000000000a1', '%s', now(), now() + interval '1 hour')";
            assertThatThrownBy(() -> run(db, String.format(java.util.Locale.ROOT, propose, 1, "00000000-0000-0000-0000-0000000000a1")))
                    .as("the proposer approves their own change").isInstanceOf(SQLException.class).hasMessageContaining("check constraint");
            run(db, String.format(java.util.Locale.ROOT, propose, 1, "00000000-0000-0000-0000-0000000000a2"));
            assertThatThrownBy(() -> run(db, String.format(java.util.Locale.ROOT, propose, 1, "00000000-0000-0000-0000-0000000000a2")))
                    .as("one version number per set").isInstanceOf(SQLException.class).hasMessageContaining("duplicate key");
        }
    }

    @Test
    void anAppealIsReviewedByAModeratorOtherThanTheOneWhoDecidedAndAnAssessorScoresACaseOnceAndNeverTheirOwn() throws Exception {
        try (Connection db = schemaOf("hobby-forum")) {
            String s = "\"" + rows(db, "select table_schema from information_schema.tables where table_name = 'moderation_appeal'").get(0) + "\"";
            run(db, "insert into " + s + ".content_report (id, content_type, content_id, reporter_id, source, reason, status, priority, created_at)"
                    + " values ('00000000-0000-0000-0000-0000000000d0', 'post', gen_random_uuid(), gen_random_uuid(), 'USER', 'spam', 'DECIDED', 1, now())");
            run(db, "insert into " + s + ".moderation_decision (id, report_id, content_type, content_id, moderator_id, action, policy_reason,"
                    + " statement_of_reasons, automated, decided_at) values ('00000000-0000-0000-0000-0000000000d1', '00000000-0000-0000-0000-0000000000d0',"
                    + " 'post', gen_random_uuid(), '00000000-0000-0000-0000-0000000000f1', 'REMOVE', 'spam', 'Spam link', false, now())");
            String appeal = "insert into " + s + ".moderation_appeal (id, decision_id, appellant_id, statement, status, reviewer_id, submitted_at)"
                    + " values (gen_random_uuid(), '00000000-0000-0000-0000-0000000000d1', gen_random_uuid(), 'Not spam', 'OPEN', '%s', now())";
            assertThatThrownBy(() -> run(db, String.format(java.util.Locale.ROOT, appeal, "00000000-0000-0000-0000-0000000000f1")))
                    .as("the deciding moderator reviewing the appeal").isInstanceOf(SQLException.class).hasMessageContaining("reviewer_id may not be the moderator_id of its moderation_decision");
            run(db, String.format(java.util.Locale.ROOT, appeal, "00000000-0000-0000-0000-0000000000f2"));
        }
        try (Connection db = schemaOf("grant-applications")) {
            String s = "\"" + rows(db, "select table_schema from information_schema.tables where table_name = 'case_assessment'").get(0) + "\"";
            String c = "\"" + rows(db, "select table_schema from information_schema.tables where table_name = 'case_file'").get(0) + "\"";
            run(db, "insert into " + c + ".case_file (id, reference, case_type, requester_id, status, version, priority, idempotency_key, escalation_level,"
                    + " created_at, updated_at) values ('00000000-0000-0000-0000-0000000000c1', 'G-1', 'grant', '00000000-0000-0000-0000-0000000000a9',"
                    + " 'IN_REVIEW', 1, 0, 'k1', 0, now(), now())");
            String score = "insert into " + s + ".case_assessment (id, case_id, assessor_id, score, recommendation, conflict_declared, assigned_at, submitted_at)"
                    + " values (gen_random_uuid(), '00000000-0000-0000-0000-0000000000c1', '%s', 7, 'FUND', false, now(), now() + interval '1 hour')";
            run(db, String.format(java.util.Locale.ROOT, score, "00000000-0000-0000-0000-0000000000e1"));
            assertThatThrownBy(() -> run(db, String.format(java.util.Locale.ROOT, score, "00000000-0000-0000-0000-0000000000e1")))
                    .as("a second score by the same assessor").isInstanceOf(SQLException.class).hasMessageContaining("duplicate key");
            assertThatThrownBy(() -> run(db, String.format(java.util.Locale.ROOT, score, "00000000-0000-0000-0000-0000000000a9")))
                    .as("the applicant scoring their own case").isInstanceOf(SQLException.class).hasMessageContaining("may not be the requester_id of its case_file");
        }
    }

    /**
     * A supplier invoice is entered once and released for payment once, and an order line is never matched for more than
     * was received; a meter's count stops at its limit and an article counts once; a saved answer is one row per item and
     * the audit of saves is never edited.
     */
    @Test
    void anInvoiceIsReleasedOnceNeverMatchedBeyondReceiptsAndMetersAndAutosaveAuditsHoldTheirInvariants() throws Exception {
        try (Connection db = schemaOf("brewery-payables")) {
            String s = schemaHolding(db, "supplier_invoice");
            run(db, "insert into " + s + ".procurement_order (id, po_number, supplier_id, currency, status, issued_at)"
                    + " values ('00000000-0000-0000-0000-000000000301', 'PO-1', '00000000-0000-0000-0000-000000000399', 'EUR', 'OPEN', now())");
            // Ordered 10, received 6 so far: matching 6 is allowed, 7 is refused by the database.
            run(db, "insert into " + s + ".procurement_order_line (id, order_id, line_number, item_code, ordered_quantity, unit_price, received_quantity, matched_quantity)"
                    + " values ('00000000-0000-0000-0000-000000000302', '00000000-0000-0000-0000-000000000301', 1, 'MALT', 10, 2.50, 6, 0)");
            run(db, "update " + s + ".procurement_order_line set matched_quantity = 6");
            refused(db, "update " + s + ".procurement_order_line set matched_quantity = 7", "matched beyond received", "check constraint");
            String invoice = "insert into " + s + ".supplier_invoice (id, supplier_id, invoice_number, order_id, currency, total_amount, status, received_at)"
                    + " values ('%s', '00000000-0000-0000-0000-000000000399', 'INV-7', '00000000-0000-0000-0000-000000000301', 'EUR', 15.00, 'MATCHED', now())";
            run(db, String.format(java.util.Locale.ROOT, invoice, "00000000-0000-0000-0000-000000000303"));
            refused(db, String.format(java.util.Locale.ROOT, invoice, "00000000-0000-0000-0000-000000000304"), "the same supplier invoice number entered twice", "duplicate key");
            String release = "insert into " + s + ".invoice_payment_release (id, invoice_id, amount, currency, released_by, released_at)"
                    + " values (gen_random_uuid(), '00000000-0000-0000-0000-000000000303', 15.00, 'EUR', gen_random_uuid(), now())";
            acceptedOnce(db, release, "a second release");
        }
        try (Connection db = schemaOf("shipping-gazette")) {
            String s = schemaHolding(db, "article_meter");
            run(db, "insert into " + s + ".article_meter (id, reader_key, reader_kind, meter_month, articles_read, free_limit, updated_at)"
                    + " values ('00000000-0000-0000-0000-000000000311', 'device-1', 'ANONYMOUS', date '2026-12-01', 3, 3, now())");
            refused(db, "update " + s + ".article_meter set articles_read = 4", "a fourth free article of three", "check constraint");
            String read = "insert into " + s + ".metered_read (id, meter_id, article_id, counted_at)"
                    + " values (gen_random_uuid(), '00000000-0000-0000-0000-000000000311', '00000000-0000-0000-0000-000000000312', now())";
            acceptedOnce(db, read, "the same article counted twice");
        }
        try (Connection db = schemaOf("theory-test")) {
            String s = schemaHolding(db, "draft_answer");
            run(db, "insert into " + s + ".response_attempt (id, respondent_id, assessment_id, status, version, started_at, deadline_at)"
                    + " values ('00000000-0000-0000-0000-000000000321', gen_random_uuid(), gen_random_uuid(), 'IN_PROGRESS', 1, now(), now() + interval '57 minutes')");
            refused(db, "update " + s + ".response_attempt set status = 'PAUSED'", "a state outside the attempt's states", "check constraint");
            String answer = "insert into " + s + ".draft_answer (id, attempt_id, item_key, answer_value, version, client_saved_at, saved_at)"
                    + " values (gen_random_uuid(), '00000000-0000-0000-0000-000000000321', 'q1', 'B', 1, now(), now())";
            acceptedOnce(db, answer, "a second row for one item");
            run(db, "insert into " + s + ".answer_save_event (id, attempt_id, item_key, version, outcome, device_id, client_saved_at, received_at)"
                    + " values (gen_random_uuid(), '00000000-0000-0000-0000-000000000321', 'q1', 1, 'SAVED', 'laptop', now(), now())");
            refused(db, "delete from " + s + ".answer_save_event", "the audit of saves edited", "append-only");
        }
    }

    /** The quoted schema of the table, wherever the design placed it. */
    private static String schemaHolding(Connection db, String table) throws Exception {
        return "\"" + rows(db, "select table_schema from information_schema.tables where table_name = '" + table + "'").get(0) + "\"";
    }

    /** The insert succeeds once; the same row again breaks a unique constraint. */
    private static void acceptedOnce(Connection db, String insert, String what) throws Exception {
        run(db, insert);
        refused(db, insert, what, "duplicate key");
    }

    /** The statement is refused by the database, with the message saying which rule. */
    private static void refused(Connection db, String sql, String what, String message) {
        assertThatThrownBy(() -> run(db, sql)).as(what).isInstanceOf(SQLException.class).hasMessageContaining(message);
    }
}
