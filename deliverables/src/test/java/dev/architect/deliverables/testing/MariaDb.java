package dev.architect.deliverables.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

/**
 * One real MariaDB server per test JVM, from the Debian package {@code mariadb-server} (.ci/run installs it), in a
 * temporary data folder on a Unix socket with no network; a fresh database for each use. MySQL DDL runs through the
 * {@code mariadb} client exactly as a person would run the file.
 */
public final class MariaDb {

    private static final List<Path> BIN = List.of(Path.of("/usr/sbin"), Path.of("/usr/bin"), Path.of("/usr/local/bin"));
    private static final AtomicInteger DATABASES = new AtomicInteger();
    private static Path socket;

    private MariaDb() {
    }

    /** Whether the server and its client are installed. */
    public static boolean installed() {
        return binary("mariadbd").isPresent() && binary("mariadb").isPresent() && binary("mariadb-install-db").isPresent();
    }

    private static Optional<Path> binary(String name) {
        return BIN.stream().map(d -> d.resolve(name)).filter(Files::isExecutable).findFirst();
    }

    private static synchronized Path server() {
        if (socket != null) {
            return socket;
        }
        try {
            Path dir = Files.createTempDirectory("mariadb");
            Path data = dir.resolve("data");
            Path sock = dir.resolve("mysqld.sock");
            boolean root = "root".equals(System.getProperty("user.name"));
            exec(List.of(binary("mariadb-install-db").orElseThrow().toString(), "--no-defaults", "--datadir=" + data,
                    "--auth-root-authentication-method=normal", "--skip-test-db", root ? "--user=root" : "--user=" + System.getProperty("user.name")), "", 120);
            // The server runs under a shell that stops it when its standard input closes, which happens however this JVM
            // ends (a forked test JVM may be halted before its shutdown hooks finish), so no server outlives the tests.
            Process server = new ProcessBuilder("sh", "-c", "\"$0\" \"$@\" & pid=$!; read -r _ || true; kill $pid; wait $pid",
                    binary("mariadbd").orElseThrow().toString(), "--no-defaults", "--datadir=" + data,
                    "--socket=" + sock, "--skip-networking", "--pid-file=" + dir.resolve("mysqld.pid"), "--log-error=" + dir.resolve("error.log"),
                    "--innodb-buffer-pool-size=16M", "--user=" + System.getProperty("user.name"))
                    .redirectErrorStream(true).redirectOutput(dir.resolve("server.out").toFile()).start();
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                try {
                    server.getOutputStream().close(); // the shell stops the server
                } catch (IOException ignored) {
                    // already closed
                }
                try {
                    server.waitFor(10, TimeUnit.SECONDS);
                } catch (InterruptedException ignored) {
                    Thread.currentThread().interrupt();
                }
                delete(dir);
            }));
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
            while (!Files.exists(sock)) {
                if (!server.isAlive() || System.nanoTime() > deadline) {
                    throw new IllegalStateException("MariaDB did not start: " + Files.readString(dir.resolve("error.log")));
                }
                Thread.sleep(100);
            }
            socket = sock;
            return socket;
        } catch (IOException e) {
            throw new UncheckedIOException("MariaDB did not start", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while MariaDB started", e);
        }
    }

    /**
     * Drops every database but the server's own, so a script that creates schemas can run again; callers hold
     * {@link #LOCK} across the reset and what they run after it.
     */
    public static void reset() {
        String names = run("", "SELECT schema_name FROM information_schema.schemata WHERE schema_name NOT IN "
                + "('mysql', 'information_schema', 'performance_schema', 'sys');");
        StringBuilder drop = new StringBuilder();
        names.lines().map(String::strip).filter(n -> !n.isEmpty()).forEach(n -> drop.append("DROP DATABASE `").append(n.replace("`", "``")).append("`;\n"));
        if (!drop.isEmpty()) {
            run("", drop.toString());
        }
    }

    /** Held by a test while it resets the server and uses what it created. */
    public static final Object LOCK = new Object();

    /** A new, empty database's name. */
    public static String freshDatabase() {
        String name = "t" + DATABASES.incrementAndGet();
        run("", "CREATE DATABASE " + name + ";");
        return name;
    }

    /**
     * Runs SQL through the {@code mariadb} client in a database ("" for none).
     *
     * @return what the client printed (tab-separated rows, no headers)
     * @throws IllegalStateException with the client's message when a statement fails
     */
    public static String run(String database, String sql) {
        Path sock = server();
        return exec(Stream.concat(Stream.of(binary("mariadb").orElseThrow().toString(), "--no-defaults", "--socket=" + sock, "-uroot",
                "--batch", "--skip-column-names"), database.isEmpty() ? Stream.empty() : Stream.of(database)).toList(), sql, 60);
    }

    private static String exec(List<String> command, String input, int seconds) {
        try {
            Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
            try (var in = p.getOutputStream()) {
                in.write(input.getBytes(StandardCharsets.UTF_8));
            }
            String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (!p.waitFor(seconds, TimeUnit.SECONDS)) {
                p.destroyForcibly();
                throw new IllegalStateException(command.get(0) + " did not finish in " + seconds + " s");
            }
            if (p.exitValue() != 0) {
                throw new IllegalStateException(out.strip());
            }
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }

    private static void delete(Path dir) {
        try (Stream<Path> files = Files.walk(dir)) {
            files.sorted(java.util.Comparator.reverseOrder()).forEach(f -> f.toFile().delete());
        } catch (IOException ignored) {
            // a temporary folder; the JVM is exiting
        }
    }
}
