package dev.architect.deliverables.sql;

import dev.architect.dossier.Consultation;
import dev.architect.dossier.Container;
import dev.architect.dossier.ContainerKind;
import dev.architect.dossier.DataType;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The SQL dialect {@code data/schema.sql} is written in: the one of the relational product the dossier chose, so a
 * design on SQL Server gets T-SQL and one on MySQL gets MySQL DDL, not PostgreSQL's.
 */
public enum SqlDialect {
    /** PostgreSQL (and the products that speak it: Aurora PostgreSQL, Cloud SQL for PostgreSQL, Citus). */
    POSTGRESQL("PostgreSQL", List.of()),
    /** Microsoft SQL Server and Azure SQL Database: T-SQL, batches separated by {@code GO} as sqlcmd and SSMS run them. */
    SQL_SERVER("T-SQL (SQL Server, Azure SQL)", List.of("sql server", "azure sql", "sqlserver", "t-sql")),
    /** MySQL 8 and MariaDB (Aurora MySQL, Cloud SQL for MySQL). */
    MYSQL("MySQL 8", List.of("mysql", "mariadb"));

    private final String label;
    private final List<String> productWords;

    SqlDialect(String label, List<String> productWords) {
        this.label = label;
        this.productWords = productWords;
    }

    /**
     * The dialect's name as the script's header shows it.
     *
     * @return e.g. {@code MySQL 8}
     */
    public String label() {
        return label;
    }

    /**
     * The dialect of a dossier's relational database: the first database container whose technology names SQL Server
     * (or Azure SQL) or MySQL (or MariaDB); PostgreSQL otherwise.
     *
     * @param c the dossier
     * @return its dialect
     */
    public static SqlDialect of(Consultation c) {
        return c.c4().containers().stream().filter(k -> k.kind() == ContainerKind.DATABASE).map(Container::technology)
                .map(SqlDialect::ofProduct).flatMap(Optional::stream).findFirst().orElse(POSTGRESQL);
    }

    /**
     * The dialect a product name speaks, when it names a relational product other than PostgreSQL.
     *
     * @param product a technology, e.g. {@code Azure SQL Database (zone-redundant)}
     * @return the dialect, or empty
     */
    public static Optional<SqlDialect> ofProduct(String product) {
        String text = " " + product.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9-]+", " ") + " ";
        for (SqlDialect d : values()) {
            if (d.productWords.stream().anyMatch(w -> text.contains(" " + w + " ") || text.contains(" " + w + "-"))) {
                return Optional.of(d);
            }
        }
        return Optional.empty();
    }

    /**
     * Relational products that speak a dialect but enforce no foreign keys: Aurora DSQL (its documentation lists foreign
     * keys, exclusion constraints and triggers as unsupported PostgreSQL features, checked 2026-12-02).
     */
    private static final List<String> WITHOUT_FOREIGN_KEYS = List.of("aurora dsql", "dsql");

    /**
     * Whether the dossier's relational product enforces foreign keys.
     *
     * @param c the dossier
     * @return false when a database container runs a product without them (Aurora DSQL)
     */
    public static boolean enforcesForeignKeys(Consultation c) {
        return c.c4().containers().stream().filter(k -> k.kind() == ContainerKind.DATABASE).map(Container::technology)
                .map(t -> " " + t.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9-]+", " ") + " ")
                .noneMatch(t -> WITHOUT_FOREIGN_KEYS.stream().anyMatch(w -> t.contains(" " + w + " ")));
    }

    /** An identifier quoted for the dialect: "name" in PostgreSQL, [name] in T-SQL, `name` in MySQL. */
    String quote(String name) {
        return switch (this) {
            case POSTGRESQL -> "\"" + name.replace("\"", "\"\"") + "\"";
            case SQL_SERVER -> "[" + name.replace("]", "]]") + "]";
            case MYSQL -> "`" + name.replace("`", "``") + "`";
        };
    }

    /**
     * A column type. {@code keyed} columns (in a key, a unique constraint or an index) get a bounded text type, since
     * neither T-SQL nor MySQL can index unbounded text.
     */
    String type(DataType type, boolean keyed) {
        return switch (this) {
            case POSTGRESQL -> switch (type) {
                case UUID -> "uuid";
                case TEXT -> "text";
                case INTEGER -> "integer";
                case BIGINT -> "bigint";
                case DECIMAL -> "numeric(19, 4)";
                case BOOLEAN -> "boolean";
                case DATE -> "date";
                case TIMESTAMP -> "timestamp with time zone";
                case JSON -> "jsonb";
                case BYTES -> "bytea";
            };
            case SQL_SERVER -> switch (type) {
                case UUID -> "uniqueidentifier";
                case TEXT -> keyed ? "nvarchar(450)" : "nvarchar(max)";
                case INTEGER -> "int";
                case BIGINT -> "bigint";
                case DECIMAL -> "decimal(19, 4)";
                case BOOLEAN -> "bit";
                case DATE -> "date";
                case TIMESTAMP -> "datetimeoffset(6)";
                case JSON -> "nvarchar(max)";
                case BYTES -> keyed ? "varbinary(900)" : "varbinary(max)";
            };
            case MYSQL -> switch (type) {
                case UUID -> "char(36)";
                case TEXT -> keyed ? "varchar(255)" : "text";
                case INTEGER -> "int";
                case BIGINT -> "bigint";
                case DECIMAL -> "decimal(19, 4)";
                case BOOLEAN -> "boolean";
                case DATE -> "date";
                case TIMESTAMP -> "datetime(6)";
                case JSON -> "json";
                case BYTES -> keyed ? "varbinary(255)" : "longblob";
            };
        };
    }

    /**
     * A column default as this dialect writes it: the database's clock at the insert, in the precision and zone of the
     * dialect's timestamp type ({@code datetimeoffset(6)} keeps the offset only from {@code SYSDATETIMEOFFSET()}, and
     * {@code datetime(6)} takes a default only of its own fractional precision).
     */
    String defaultValue(dev.architect.dossier.ColumnDefault value) {
        return switch (value) {
            case NOW -> switch (this) {
                case POSTGRESQL -> "now()";
                case SQL_SERVER -> "SYSDATETIMEOFFSET()";
                case MYSQL -> "CURRENT_TIMESTAMP(6)";
            };
        };
    }
}
