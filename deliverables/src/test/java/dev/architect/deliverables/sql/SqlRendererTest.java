package dev.architect.deliverables.sql;

import static dev.architect.deliverables.testing.Postgres.freshDatabase;
import static dev.architect.deliverables.testing.Postgres.rows;
import static dev.architect.deliverables.testing.Postgres.run;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.architect.deliverables.document.DeliverableException;
import dev.architect.deliverables.internal.Text;
import dev.architect.deliverables.testing.HostileDossier;
import dev.architect.deliverables.testing.LargeDossier;
import dev.architect.dossier.Cardinality;
import dev.architect.dossier.DataModel;
import dev.architect.dossier.DataType;
import dev.architect.dossier.Entity;
import dev.architect.dossier.EntityField;
import dev.architect.dossier.EntityRelation;
import dev.architect.testing.SampleDossiers;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Runs the emitted DDL on a real PostgreSQL and reads the result back from information_schema. */
class SqlRendererTest {

    @Test
    void sampleSchemaCreatesTablesKeysUniqueAndNotNullConstraints() throws Exception {
        try (Connection db = freshDatabase()) {
            run(db, new SqlRenderer().render(SampleDossiers.shopFast().dataModel()).content());
            assertThat(rows(db, "select table_schema || '.' || table_name from information_schema.tables where table_schema = 'store_app' order by 1"))
                    .containsExactly("store_app.customer_order", "store_app.order_line", "store_app.product");
            assertThat(rows(db, """
                    select kcu.table_name || '.' || kcu.column_name from information_schema.table_constraints tc
                    join information_schema.key_column_usage kcu on tc.constraint_name = kcu.constraint_name and tc.table_schema = kcu.table_schema
                    where tc.constraint_type = 'PRIMARY KEY' and tc.table_schema = 'store_app' order by 1"""))
                    .containsExactly("customer_order.id", "order_line.order_id", "order_line.product_id", "product.id");
            assertThat(foreignKeys(db)).containsExactlyInAnyOrder(
                    "store_app.order_line.order_id -> store_app.customer_order.id",
                    "store_app.order_line.product_id -> store_app.product.id");
            assertThat(rows(db, """
                    select kcu.table_name || '.' || kcu.column_name from information_schema.table_constraints tc
                    join information_schema.key_column_usage kcu on tc.constraint_name = kcu.constraint_name and tc.table_schema = kcu.table_schema
                    where tc.constraint_type = 'UNIQUE' and tc.table_schema = 'store_app'"""))
                    .containsExactly("product.sku");
            assertThat(rows(db, "select is_nullable from information_schema.columns where table_schema = 'store_app'")).containsOnly("NO");
            // an index leads with each foreign-key column (the composite primary key serves order_id)
            assertThat(rows(db, "select indexdef from pg_indexes where schemaname = 'store_app' and tablename = 'order_line'"))
                    .anyMatch(d -> d.contains("(order_id, product_id)")).anyMatch(d -> d.endsWith("(product_id)"));
        }
    }

    /** A filing whose receipt time the database stamps: the insert leaves it out, the server's clock fills it. */
    private static DataModel stampedFilings() {
        return new DataModel(List.of(new Entity("filing", "court-svc", "A filed document", List.of(EntityField.of("id", DataType.UUID),
                new EntityField("stamped_at", DataType.TIMESTAMP, false, false, "Set from the database's clock (now()) in the insert",
                        dev.architect.dossier.ColumnDefault.NOW)), List.of("id"), List.of())));
    }

    @Test
    void aColumnDefaultingToTheDatabaseClockIsFilledByAnInsertThatLeavesItOut() throws Exception {
        try (Connection db = freshDatabase()) {
            run(db, new SqlRenderer().render(stampedFilings()).content());
            run(db, "insert into court_svc.filing (id) values (gen_random_uuid())");
            // the column is NOT NULL, so the insert only succeeds because the default wrote the server's time
            assertThat(rows(db, "select count(*) from court_svc.filing where stamped_at is not null and stamped_at > now() - interval '1 minute'"))
                    .containsExactly("1");
            assertThat(rows(db, "select column_default from information_schema.columns where table_name = 'filing' and column_name = 'stamped_at'"))
                    .containsExactly("now()");
        }
    }

    @Test
    void eachDialectWritesTheDatabaseClockDefaultInItsTimestampsPrecision() {
        assertThat(new SqlRenderer(SqlDialect.POSTGRESQL).render(stampedFilings()).content())
                .contains("\"stamped_at\" timestamp with time zone DEFAULT now() NOT NULL");
        assertThat(new SqlRenderer(SqlDialect.SQL_SERVER).render(stampedFilings()).content())
                .contains("[stamped_at] datetimeoffset(6) DEFAULT SYSDATETIMEOFFSET() NOT NULL");
        assertThat(new SqlRenderer(SqlDialect.MYSQL).render(stampedFilings()).content())
                .contains("`stamped_at` datetime(6) DEFAULT CURRENT_TIMESTAMP(6) NOT NULL");
    }

    @Test
    void entitiesOfTwoContainersGetTwoSchemasWithAForeignKeyAcrossThem() throws Exception {
        List<Entity> entities = new ArrayList<>(SampleDossiers.shopFast().dataModel().entities());
        // declared before the table it refers to, to prove order does not matter
        entities.add(0, new Entity("shipment", "shipping-svc", "A parcel", List.of(EntityField.of("id", DataType.UUID),
                EntityField.of("order_id", DataType.UUID)), List.of("id"),
                List.of(new EntityRelation("order_id", "customer_order", Cardinality.ONE_TO_ONE))));
        try (Connection db = freshDatabase()) {
            run(db, new SqlRenderer().render(new DataModel(entities)).content());
            assertThat(foreignKeys(db)).contains("shipping_svc.shipment.order_id -> store_app.customer_order.id");
            assertThat(rows(db, "select indexdef from pg_indexes where schemaname = 'shipping_svc' and tablename = 'shipment'"))
                    .anyMatch(d -> d.endsWith("(order_id)"));
        }
    }

    @Test
    void largeModelCreatesASchemaPerContainerWithEveryForeignKeyIndexed() throws Exception {
        DataModel model = LargeDossier.generate(12).dataModel();
        try (Connection db = freshDatabase()) {
            run(db, new SqlRenderer().render(model).content());
            assertThat(rows(db, "select count(*) from information_schema.schemata where schema_name like 'svc_%'")).containsExactly("12");
            assertThat(foreignKeys(db)).hasSize(12 + 11).contains("svc_11.item_11.parent_id -> svc_10.item_10.id");
            assertThat(rows(db, "select count(*) from pg_indexes where schemaname like 'svc_%' and indexname not like '%pkey'"))
                    .containsExactly(String.valueOf(12 + 11));
        }
    }

    @Test
    void aProductWithoutForeignKeysGetsItsRelationsAsCheckedCommentsAndKeepsTheirIndexes() throws Exception {
        // Aurora DSQL speaks PostgreSQL but enforces no foreign keys: the DDL must still run, with no FOREIGN KEY statement
        String sql = new SqlRenderer(SqlDialect.POSTGRESQL, false).render(SampleDossiers.shopFast().dataModel()).content();
        assertThat(sql.lines().filter(l -> l.contains("FOREIGN KEY"))).isNotEmpty()
                .allMatch(l -> l.startsWith("-- not enforced by the database, checked by the application: ALTER TABLE"));
        try (Connection db = freshDatabase()) {
            run(db, sql);
            assertThat(foreignKeys(db)).isEmpty();
            // each relation column keeps its index, so the application's existence checks stay cheap
            assertThat(rows(db, "select count(*) from pg_indexes where schemaname not in ('pg_catalog', 'information_schema') "
                    + "and indexname not like '%pkey'")).isNotEqualTo(List.of("0"));
        }
        String enforced = new SqlRenderer(SqlDialect.POSTGRESQL).render(SampleDossiers.shopFast().dataModel()).content();
        assertThat(enforced.lines().filter(l -> l.startsWith("ALTER TABLE") && l.contains("FOREIGN KEY"))).isNotEmpty();
    }

    @Test
    void hostileCommentsAndReservedWordNamesRunAndReadBackVerbatim() throws Exception {
        DataModel model = HostileDossier.create().dataModel();
        String sql = new SqlRenderer().render(model).content();
        try (Connection db = freshDatabase()) {
            run(db, "create table x (id int)");
            run(db, sql);
            assertThat(rows(db, "select table_name from information_schema.tables where table_schema = 'app' order by 1"))
                    .containsExactly("order", "user");
            assertThat(rows(db, "select count(*) from x")).containsExactly("0"); // the DROP TABLE in the text did not run
            assertThat(rows(db, "select obj_description('app.\"user\"'::regclass, 'pg_class')"))
                    .containsExactly(Text.oneLine(HostileDossier.evil("entity")));
            assertThat(foreignKeys(db)).containsExactly("app.order.user -> app.user.id");
        }
        assertThat(sql.lines().filter(l -> l.startsWith("--"))).allMatch(l -> !l.contains("DROP"));
    }

    @Test
    void aStatusValueWithAQuoteIsEscapedAndAQuorumValueThatCouldCloseTheFunctionBodyIsRefused() throws Exception {
        List<EntityField> parentFields = List.of(EntityField.of("id", DataType.UUID), EntityField.of("status", DataType.TEXT));
        Entity parent = new Entity("request", "app", null, parentFields, List.of("id"), List.of(), List.of(),
                List.of(new dev.architect.dossier.EntityConstraint(dev.architect.dossier.ConstraintKind.ONE_OF, List.of("status"),
                        List.of("OPEN", "it's done"), "states")));
        List<EntityField> childFields = List.of(EntityField.of("id", DataType.UUID), EntityField.of("request_id", DataType.UUID),
                EntityField.of("signer", DataType.UUID));
        List<EntityRelation> toParent = List.of(new EntityRelation("request_id", "request", Cardinality.MANY_TO_ONE));
        Entity signatures = new Entity("signature", "app", null, childFields, List.of("id"), toParent, List.of(), List.of(
                new dev.architect.dossier.EntityConstraint(dev.architect.dossier.ConstraintKind.QUORUM, List.of("request_id", "signer"),
                        List.of("status", "it's done", "2"), "two signers")));
        String sql = new SqlRenderer().render(new DataModel(List.of(parent, signatures))).content();
        try (Connection db = freshDatabase()) {
            run(db, sql);
            run(db, "insert into app.request values ('00000000-0000-0000-0000-000000000001', 'OPEN')");
            assertThatThrownBy(() -> run(db, "update app.request set status = 'it''s done'")).isInstanceOf(SQLException.class).hasMessageContaining("quorum");
            assertThatThrownBy(() -> run(db, "update app.request set status = 'closed'")).isInstanceOf(SQLException.class).hasMessageContaining("check constraint");
        }

        Entity hostile = new Entity("signature", "app", null, childFields, List.of("id"), toParent, List.of(), List.of(
                new dev.architect.dossier.EntityConstraint(dev.architect.dossier.ConstraintKind.QUORUM, List.of("request_id", "signer"),
                        List.of("status", "x$fn$; DROP TABLE app.request; --", "2"), "hostile")));
        assertThatThrownBy(() -> new SqlRenderer().render(new DataModel(List.of(parent, hostile)))).isInstanceOf(DeliverableException.class)
                .hasMessageContaining("entity 'signature'").hasMessageContaining("'$'");
    }

    @Test
    void aPeriodThatMayNotOverlapIsARangeOfItsBoundsOwnTypeAndRejectsAnOverlapInPostgres() throws Exception {
        // Times as tstzrange, two dates as daterange, whole numbers as int8range, decimals as numrange: each kind of bound
        // gets a table whose second, overlapping row is refused and whose adjacent row ([) periods) is accepted.
        record Case(String table, DataType type, String first, String overlapping, String adjacent, String range) { }
        List<Case> cases = List.of(
                new Case("booking", DataType.TIMESTAMP, "'2026-01-01 10:00Z', '2026-01-01 11:00Z'", "'2026-01-01 10:30Z', '2026-01-01 12:00Z'",
                        "'2026-01-01 11:00Z', '2026-01-01 12:00Z'", "tstzrange("),
                new Case("stay", DataType.DATE, "'2026-01-01', '2026-01-05'", "'2026-01-04', '2026-01-08'", "'2026-01-05', '2026-01-08'", "daterange("),
                new Case("serial_block", DataType.BIGINT, "1, 100", "50, 150", "100, 150", "int8range("),
                new Case("tariff_band", DataType.DECIMAL, "0.5, 10.25", "10, 20", "10.25, 20", "numrange("));
        for (Case c : cases) {
            Entity entity = new Entity(c.table(), "app", null, List.of(EntityField.of("id", DataType.UUID), EntityField.of("owner_id", DataType.UUID),
                    EntityField.of("low", c.type()), EntityField.of("high", c.type())), List.of("id"), List.of(), List.of(), List.of(
                    new dev.architect.dossier.EntityConstraint(dev.architect.dossier.ConstraintKind.NO_OVERLAP, List.of("owner_id", "low", "high"), "no overlap")));
            String sql = new SqlRenderer().render(new DataModel(List.of(entity))).content();
            assertThat(sql).as(c.table()).contains(c.range());
            try (Connection db = freshDatabase()) {
                run(db, sql);
                String insert = "insert into app." + c.table() + " values (gen_random_uuid(), '00000000-0000-0000-0000-000000000001', ";
                run(db, insert + c.first() + ")");
                run(db, insert + c.adjacent() + ")");
                assertThatThrownBy(() -> run(db, insert + c.overlapping() + ")")).as(c.table())
                        .isInstanceOf(SQLException.class).hasMessageContaining("exclusion constraint");
            }
        }
    }

    // Two no-overlap rules on one table (held-out review R17: a SQL Server script created ix_overlap_<table> twice and failed)
    @Test
    void twoNoOverlapRulesOnOneTableGetIndexesOfTheirOwnNameWhereTheEngineHasNoExclusionConstraint() {
        Entity possession = new Entity("possession", "app", null, List.of(EntityField.of("id", DataType.UUID), EntityField.of("section_id", DataType.UUID),
                EntityField.of("worksite_id", DataType.UUID), EntityField.of("starts_at", DataType.TIMESTAMP), EntityField.of("ends_at", DataType.TIMESTAMP)),
                List.of("id"), List.of(), List.of(), List.of(
                new dev.architect.dossier.EntityConstraint(dev.architect.dossier.ConstraintKind.NO_OVERLAP, List.of("section_id", "starts_at", "ends_at"), "one per section"),
                new dev.architect.dossier.EntityConstraint(dev.architect.dossier.ConstraintKind.NO_OVERLAP, List.of("worksite_id", "starts_at", "ends_at"), "one per site")));
        for (SqlDialect dialect : List.of(SqlDialect.SQL_SERVER, SqlDialect.MYSQL)) {
            String sql = new SqlRenderer(dialect).render(new DataModel(List.of(possession))).content();
            List<String> names = java.util.regex.Pattern.compile("CREATE INDEX (\\S+)").matcher(sql).results().map(m -> m.group(1)).toList();
            assertThat(names).as(dialect.name()).hasSize(2).doesNotHaveDuplicates();
        }
    }

    @Test
    void aColumnThatMayNotHoldItsParentsValueIsATriggerInPostgresAndSqlServerAndNamedForTheWritingCodeInMysql() throws Exception {
        Entity batch = new Entity("batch", "app", null, List.of(EntityField.of("id", DataType.UUID), EntityField.of("created_by", DataType.UUID)),
                List.of("id"), List.of());
        List<EntityRelation> toBatch = List.of(new EntityRelation("batch_id", "batch", Cardinality.MANY_TO_ONE));
        Entity approval = new Entity("approval", "app", null, List.of(EntityField.of("id", DataType.UUID), EntityField.of("batch_id", DataType.UUID),
                EntityField.of("approver_id", DataType.UUID)), List.of("id"), toBatch, List.of(), List.of(
                new dev.architect.dossier.EntityConstraint(dev.architect.dossier.ConstraintKind.NOT_PARENTS, List.of("batch_id", "approver_id"),
                        List.of("created_by"), "maker is not checker")));
        DataModel model = new DataModel(List.of(batch, approval));
        try (Connection db = freshDatabase()) {
            run(db, new SqlRenderer().render(model).content());
            run(db, "insert into app.batch values ('00000000-0000-0000-0000-000000000001', '00000000-0000-0000-0000-0000000000a1')");
            assertThatThrownBy(() -> run(db, "insert into app.approval values (gen_random_uuid(), '00000000-0000-0000-0000-000000000001',"
                    + " '00000000-0000-0000-0000-0000000000a1')")).isInstanceOf(SQLException.class)
                    .hasMessageContaining("approver_id may not be the created_by of its batch");
            run(db, "insert into app.approval values (gen_random_uuid(), '00000000-0000-0000-0000-000000000001', '00000000-0000-0000-0000-0000000000a2')");
            assertThatThrownBy(() -> run(db, "update app.approval set approver_id = '00000000-0000-0000-0000-0000000000a1'"))
                    .as("an update cannot get round it").isInstanceOf(SQLException.class).hasMessageContaining("may not be");
        }
        String tsql = new SqlRenderer(SqlDialect.SQL_SERVER).render(model).content();
        assertThat(tsql).contains("CREATE TRIGGER [app].[not_parents_approval] ON [app].[approval] AFTER INSERT, UPDATE")
                .contains("JOIN [app].[batch] AS p ON p.[id] = i.[batch_id] WHERE p.[created_by] = i.[approver_id]");
        assertThat(new SqlRenderer(SqlDialect.MYSQL).render(model).content())
                .contains("-- approver_id may not be the created_by of its batch: MySQL cannot express it in a plain script");

        Entity wrongColumn = new Entity("approval", "app", null, approval.fields(), List.of("id"), toBatch, List.of(), List.of(
                new dev.architect.dossier.EntityConstraint(dev.architect.dossier.ConstraintKind.NOT_PARENTS, List.of("batch_id", "approver_id"),
                        List.of("owner"), "no such column")));
        assertThatThrownBy(() -> new SqlRenderer().render(new DataModel(List.of(batch, wrongColumn)))).isInstanceOf(DeliverableException.class)
                .hasMessageContaining("entity 'approval'").hasMessageContaining("a column of 'batch'");
    }

    /** A table of id, the key it is isolated by and one more column, with a TENANT_ISOLATED constraint on the key. */
    private static Entity isolated(String name, String owner, String key, EntityField other) {
        return new Entity(name, owner, null, List.of(EntityField.of("id", DataType.UUID), EntityField.of(key, DataType.UUID), other), List.of("id"),
                List.of(), List.of(), List.of(new dev.architect.dossier.EntityConstraint(dev.architect.dossier.ConstraintKind.TENANT_ISOLATED, List.of(key),
                        "rows kept apart by " + key)));
    }

    @Test
    void aTableScopedByAnotherKeyIsIsolatedByItsOwnSettingOnPostgres() throws Exception {
        // an access rule's scope ("a council must never see another council's sessions") keys the table by council_id: the policy
        // reads app.council_id, so one council's transaction sees and writes its own sessions only
        DataModel model = new DataModel(List.of(isolated("parking_session", "parking", "council_id", EntityField.of("plate", DataType.TEXT))));
        String ddl = new SqlRenderer().render(model).content();
        assertThat(ddl).contains("CREATE POLICY \"council_isolation\" ON \"parking\".\"parking_session\" USING (\"council_id\" = current_setting('app.council_id')::uuid);");
        String a = "'00000000-0000-0000-0000-00000000000a'";
        String b = "'00000000-0000-0000-0000-00000000000b'";
        String role = "parking_service_" + Long.toHexString(System.nanoTime());
        try (Connection db = freshDatabase()) {
            run(db, ddl);
            run(db, "insert into parking.parking_session values (gen_random_uuid(), " + a + ", 'AB12'), (gen_random_uuid(), " + b + ", 'CD34')");
            run(db, "create role " + role);
            run(db, "grant usage on schema parking to " + role);
            run(db, "grant select, insert on parking.parking_session to " + role);
            run(db, "set role " + role);
            db.setAutoCommit(false);
            run(db, "set local app.council_id = " + a);
            assertThat(rows(db, "select plate from parking.parking_session")).as("a query without a council filter").containsExactly("AB12");
            assertThatThrownBy(() -> run(db, "insert into parking.parking_session values (gen_random_uuid(), " + b + ", 'EF56')"))
                    .as("a row for another council is refused").isInstanceOf(SQLException.class).hasMessageContaining("row-level security");
            db.rollback();
            db.setAutoCommit(true);
            run(db, "reset role");
            run(db, "drop owned by " + role);
            run(db, "drop role " + role);
        }
        assertThat(new SqlRenderer(SqlDialect.SQL_SERVER).render(model).content()).contains("SESSION_CONTEXT(N'app.council_id')");
    }

    @Test
    void aTenantIsolatedTableShowsAndAcceptsOnlyTheRowsOfTheTenantTheTransactionActsFor() throws Exception {
        DataModel model = new DataModel(List.of(isolated("invoice", "billing", "tenant_id", EntityField.of("total", DataType.DECIMAL))));
        String a = "'00000000-0000-0000-0000-00000000000a'";
        String b = "'00000000-0000-0000-0000-00000000000b'";
        String role = "billing_service_" + Long.toHexString(System.nanoTime());
        try (Connection db = freshDatabase()) {
            run(db, new SqlRenderer().render(model).content());
            // The owner (here the superuser that ran the DDL, as a migration would) writes both tenants' rows.
            run(db, "insert into billing.invoice values (gen_random_uuid(), " + a + ", 10), (gen_random_uuid(), " + b + ", 20)");
            // The service connects as a role that does not own the table.
            run(db, "create role " + role);
            run(db, "grant usage on schema billing to " + role);
            run(db, "grant select, insert, update, delete on billing.invoice to " + role);
            run(db, "set role " + role);
            assertThatThrownBy(() -> rows(db, "select total from billing.invoice")).as("a transaction that names no tenant fails loudly")
                    .isInstanceOf(SQLException.class).hasMessageContaining("app.tenant_id");
            // The service sets the tenant with SET LOCAL, so it ends with the transaction and a pooled connection never carries it on.
            db.setAutoCommit(false);
            run(db, "set local app.tenant_id = " + a);
            assertThat(rows(db, "select total::text from billing.invoice")).as("a query without a tenant filter").containsExactly("10.0000");
            assertThat(rows(db, "select count(*)::text from billing.invoice where tenant_id = " + b)).containsExactly("0");
            run(db, "update billing.invoice set total = 0");
            db.commit();
            assertThatThrownBy(() -> rows(db, "select total from billing.invoice")).as("the next transaction on the connection names no tenant")
                    .isInstanceOf(SQLException.class);
            db.rollback();
            run(db, "set local app.tenant_id = " + a);
            assertThatThrownBy(() -> run(db, "insert into billing.invoice values (gen_random_uuid(), " + b + ", 30)"))
                    .as("a row for another tenant is refused").isInstanceOf(SQLException.class).hasMessageContaining("row-level security");
            db.rollback();
            db.setAutoCommit(true);
            run(db, "reset role");
            assertThat(rows(db, "select tenant_id::text || '=' || total::text from billing.invoice order by 1")).as("the other tenant's row is untouched")
                    .containsExactly("00000000-0000-0000-0000-00000000000a=0.0000", "00000000-0000-0000-0000-00000000000b=20.0000");
            // Roles belong to the whole server, which other tests share.
            run(db, "drop owned by " + role);
            run(db, "drop role " + role);
        }
        String tsql = new SqlRenderer(SqlDialect.SQL_SERVER).render(model).content();
        assertThat(tsql).contains("CREATE FUNCTION [billing].[tenant_rows_invoice](@tenant uniqueidentifier)")
                .contains("CAST(SESSION_CONTEXT(N'app.tenant_id') AS uniqueidentifier)")
                .contains("ADD FILTER PREDICATE [billing].[tenant_rows_invoice]([tenant_id]) ON [billing].[invoice]")
                .contains("ADD BLOCK PREDICATE [billing].[tenant_rows_invoice]([tenant_id]) ON [billing].[invoice]");
        dev.architect.deliverables.testing.Tsql.parse(tsql);
        assertThat(new SqlRenderer(SqlDialect.MYSQL).render(model).content())
                .contains("-- Tenant isolation: MySQL has no row-level security, so the data-access layer adds tenant_id = the caller's tenant");

        assertThatThrownBy(() -> new Entity("invoice", "billing", null, model.entities().get(0).fields(), List.of("id"), List.of(), List.of(), List.of(
                new dev.architect.dossier.EntityConstraint(dev.architect.dossier.ConstraintKind.TENANT_ISOLATED, List.of("org_id"), "no such field"))))
                .isInstanceOf(dev.architect.exceptions.InvalidDossierException.class)
                .hasMessageContaining("entity 'invoice'").hasMessageContaining("'org_id'");
    }

    @Test
    void containersWhoseSchemaNamesCollideAreRefused() {
        DataModel model = new DataModel(List.of(
                new Entity("a", "store-app", null, List.of(EntityField.of("id", DataType.UUID)), List.of("id"), List.of()),
                new Entity("b", "store_app", null, List.of(EntityField.of("id", DataType.UUID)), List.of("id"), List.of())));
        assertThatThrownBy(() -> new SqlRenderer().render(model)).isInstanceOf(DeliverableException.class)
                .hasMessageContaining("'store-app' and 'store_app'").hasMessageContaining("store_app");
    }

    private static List<String> foreignKeys(Connection db) throws SQLException {
        return rows(db, """
                select kcu.table_schema || '.' || kcu.table_name || '.' || kcu.column_name || ' -> '
                    || ccu.table_schema || '.' || ccu.table_name || '.' || ccu.column_name
                from information_schema.table_constraints tc
                join information_schema.key_column_usage kcu on tc.constraint_name = kcu.constraint_name and tc.table_schema = kcu.table_schema
                join information_schema.constraint_column_usage ccu on tc.constraint_name = ccu.constraint_name and tc.table_schema = ccu.constraint_schema
                where tc.constraint_type = 'FOREIGN KEY'""");
    }
}
