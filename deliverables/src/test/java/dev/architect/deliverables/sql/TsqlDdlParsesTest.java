package dev.architect.deliverables.sql;

import static org.assertj.core.api.Assertions.assertThat;

import dev.architect.deliverables.testing.DdlRequests;
import dev.architect.deliverables.testing.Tsql;
import dev.architect.dossier.Consultation;
import dev.architect.offline.OfflineArchitect;
import dev.architect.request.ConsultationRequest;
import dev.architect.request.Cloud;
import dev.architect.request.Deployment;
import dev.architect.request.RequestReader;
import dev.architect.request.Team;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import net.sf.jsqlparser.statement.Statement;
import net.sf.jsqlparser.statement.create.index.CreateIndex;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A team on SQL Server gets T-SQL DDL, and every statement of it parses with a real SQL parser (JSqlParser, square
 * bracket quoting on); the trigger batches, which that parser does not read, are checked for their T-SQL shape.
 */
class TsqlDdlParsesTest {

    private static final Path REQUESTS = DdlRequests.ARCHETYPES;

    private static final DdlRequests.Matched MATCHED = new DdlRequests.Matched();

    @AfterAll
    static void someRequestDeclaredIndexes() {
        MATCHED.assertSomeWereMatched();
    }

    static Stream<Path> requests() {
        return DdlRequests.in(DdlRequests.ARCHETYPES, DdlRequests.SHAPES, DdlRequests.DOMAINS);
    }

    /** A parsed CREATE INDEX as {@link DdlRequests#index} writes it. */
    private static String index(CreateIndex statement) {
        return DdlRequests.index(unquoted(statement.getTable().getName()), statement.getIndex().getColumnsNames().stream().map(TsqlDdlParsesTest::unquoted).toList(),
                "UNIQUE".equalsIgnoreCase(statement.getIndex().getType()));
    }

    private static String unquoted(String identifier) {
        return identifier.startsWith("[") && identifier.endsWith("]") ? identifier.substring(1, identifier.length() - 1) : identifier;
    }

    /** The request as a .NET team on Azure would send it. */
    private static Consultation onSqlServer(Path request) throws Exception {
        ConsultationRequest r = RequestReader.read(request);
        return OfflineArchitect.create().consult(r.toBuilder().team(new Team(8, List.of("C#", ".NET", "SQL Server", "Azure")))
                .deployment(new Deployment(Cloud.AZURE, List.of("westeurope"))).build());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("requests")
    void everyStatementParsesAsTsql(Path request) throws Exception {
        Consultation c = onSqlServer(request);
        String ddl = new SqlRenderer(SqlDialect.SQL_SERVER).render(c.dataModel()).content();

        List<Statement> statements = Tsql.parse(ddl);

        // a CREATE TABLE per entity at least, no double-quoted identifier and no PostgreSQL types
        assertThat(statements.size()).isGreaterThanOrEqualTo(c.dataModel().entities().size());
        assertThat(statements).allSatisfy(s -> assertThat(s.toString()).doesNotContain("\""));
        // each declared index is created on its table with its columns in order, unique where declared
        List<String> declared = DdlRequests.declaredIndexes(c.dataModel());
        assertThat(statements.stream().filter(CreateIndex.class::isInstance).map(s -> index((CreateIndex) s)).toList()).containsAll(declared);
        MATCHED.add(declared);
        assertThat(ddl).doesNotContain(" uuid").doesNotContain("timestamp with time zone").doesNotContain("jsonb").doesNotContain(" boolean");
    }

    @Test
    void aTeamOnSqlServerGetsTsqlInItsDossierWithBoundedKeysAndNamedIndexes() throws Exception {
        Consultation c = onSqlServer(REQUESTS.resolve("card-payments.yaml"));

        assertThat(SqlDialect.of(c)).isEqualTo(SqlDialect.SQL_SERVER);
        String ddl = SqlRenderer.render(c).content();
        assertThat(ddl).startsWith("-- T-SQL DDL").contains("CREATE SCHEMA [").contains(" uniqueidentifier NOT NULL")
                .contains(" datetimeoffset(6)").contains("CREATE TRIGGER [").contains("INSTEAD OF UPDATE, DELETE");
        // text in a key or index is bounded (SQL Server cannot index nvarchar(max)); indexes are named
        assertThat(ddl).containsPattern("\\[idempotency_key] nvarchar\\(450\\)");
        assertThat(ddl).doesNotContainPattern("CREATE (UNIQUE )?INDEX ON");
    }

    @Test
    void productNamesMapToTheirDialect() {
        assertThat(SqlDialect.ofProduct("Azure SQL Database (zone-redundant)")).contains(SqlDialect.SQL_SERVER);
        assertThat(SqlDialect.ofProduct("Amazon RDS for SQL Server (Multi-AZ)")).contains(SqlDialect.SQL_SERVER);
        assertThat(SqlDialect.ofProduct("Amazon Aurora MySQL with reader instances")).contains(SqlDialect.MYSQL);
        assertThat(SqlDialect.ofProduct("MariaDB 10.11")).contains(SqlDialect.MYSQL);
        assertThat(SqlDialect.ofProduct("Cloud SQL for PostgreSQL 16 (regional HA)")).isEmpty();
        assertThat(SqlDialect.ofProduct("Azure Database for PostgreSQL Flexible Server")).isEmpty();
    }
}
