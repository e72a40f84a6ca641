package dev.architect.deliverables.testing;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

/** One real PostgreSQL per test JVM (it takes seconds to start), with a fresh database for each use. */
public final class Postgres {

    private static EmbeddedPostgres server;
    private static final AtomicInteger DATABASES = new AtomicInteger();

    private Postgres() {
    }

    private static synchronized EmbeddedPostgres server() {
        if (server == null) {
            try {
                server = EmbeddedPostgres.builder().start();
            } catch (IOException e) {
                throw new UncheckedIOException("embedded PostgreSQL did not start", e);
            }
            EmbeddedPostgres started = server;
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                try {
                    started.close();
                } catch (IOException ignored) {
                    // the JVM is exiting; the data folder is temporary
                }
            }));
        }
        return server;
    }

    /** A connection to a new, empty database. */
    public static Connection freshDatabase() throws SQLException {
        String name = "t" + DATABASES.incrementAndGet();
        try (Connection admin = server().getPostgresDatabase().getConnection()) {
            run(admin, "create database " + name);
        }
        return server().getDatabase("postgres", name).getConnection();
    }

    public static void run(Connection db, String sql) throws SQLException {
        try (Statement s = db.createStatement()) {
            s.execute(sql);
        }
    }

    /**
     * A new database holding the schema the SQL renderer writes for the offline dossier of a request.
     *
     * @param request the request file
     * @return a connection to that database
     */
    public static Connection databaseFor(java.nio.file.Path request) throws Exception {
        Connection db = freshDatabase();
        run(db, new dev.architect.deliverables.sql.SqlRenderer().render(DdlRequests.consult(request).dataModel()).content());
        return db;
    }

    /**
     * The quoted name of the schema that holds a table (each unit's tables live in a schema of their own).
     *
     * @param db the database
     * @param table the table's name
     * @return the schema's name, quoted for SQL
     */
    public static String schemaOfTable(Connection db, String table) throws SQLException {
        return "\"" + rows(db, "select table_schema from information_schema.tables where table_name = '" + table + "'").get(0) + "\"";
    }

    /** The first column of every row. */
    public static List<String> rows(Connection db, String query) throws SQLException {
        List<String> rows = new ArrayList<>();
        try (Statement s = db.createStatement(); ResultSet rs = s.executeQuery(query)) {
            while (rs.next()) {
                rows.add(rs.getString(1));
            }
        }
        return rows;
    }
}
