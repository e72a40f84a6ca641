package dev.architect.internal.resources;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.zip.CRC32;

/**
 * Opens the files shipped in the SDK's jar (data files, prompts), all alike: the stream closed after its loader has
 * read it, the file recorded as read and its load time kept. Depends on nothing of the SDK, so every package that
 * reads a shipped file may use it ({@code DataFiles} for the YAML data files, the prompts, the validator's files).
 */
public final class ShippedFiles {

    /** The shipped files read so far in this JVM, by resource name. */
    private static final Set<String> READ = ConcurrentHashMap.newKeySet();
    /** How long each took to read, parse and check, in the order they were first read. */
    private static final Map<String, Long> LOAD_NANOS = new LinkedHashMap<>();

    private ShippedFiles() {
    }

    /**
     * Reads a file's content into what a loader makes of it (its own parser and checks).
     *
     * @param <T> what the loader makes
     */
    @FunctionalInterface
    public interface Loader<T> {
        /**
         * @param in    the file's content, closed after
         * @param where the file's resource name, as errors name it
         * @return what the file holds
         * @throws IOException when the content cannot be read or parsed
         */
        T load(InputStream in, String where) throws IOException;
    }

    /**
     * A file shipped on the class path, read by its loader.
     *
     * @param <T>      what the loader makes
     * @param resource the file's resource name, e.g. {@code /dev/architect/offline/limits.yaml}
     * @param what     what the file holds, as errors name it ("price table")
     * @param loader   parses and checks the content
     * @return what the loader made
     * @throws IllegalStateException when the file is missing
     * @throws UncheckedIOException  when it cannot be read
     */
    public static <T> T read(String resource, String what, Loader<T> loader) {
        return read(resource, what, loader, ShippedFiles.class::getResourceAsStream);
    }

    private static <T> T read(String resource, String what, Loader<T> loader, Function<String, InputStream> resources) {
        long start = System.nanoTime();
        try (InputStream in = resources.apply(resource)) {
            if (in == null) {
                throw new IllegalStateException(what + " " + resource + " is missing from the classpath");
            }
            T read = loader.load(in, resource);
            long took = System.nanoTime() - start;
            READ.add(resource);
            synchronized (LOAD_NANOS) {
                LOAD_NANOS.putIfAbsent(resource, took);
            }
            return read;
        } catch (IOException e) {
            String message = e.getMessage() == null ? "unreadable" : e.getMessage().lines().findFirst().orElse("unreadable");
            throw new UncheckedIOException(what + " " + resource + " cannot be read: " + message, e);
        }
    }

    /**
     * A shipped YAML data file, read from its pre-parsed form when the build made one for exactly these bytes
     * ({@link PreparsedData}: the same content as JSON, which a fresh JVM parses several times faster than YAML), else
     * from the YAML itself. The pre-parsed form is named after the CRC-32 of the YAML it was made from, so a file edited
     * after the build (or a build that made none, e.g. an IDE's) is read as YAML: never a stale copy. The loader gets a
     * {@link Preparsed} stream, which only the data files' own parser ({@code DataFiles.read} and {@code tree}) reads
     * ({@link #claimPreparsed}); a loader that parsed it otherwise fails here, naming the file.
     *
     * @param <T>      what the loader makes
     * @param resource the file's resource name, e.g. {@code /dev/architect/offline/limits.yaml}
     * @param what     what the file holds, as errors name it ("price table")
     * @param loader   parses and checks the content, through {@code DataFiles}
     * @return what the loader made
     * @throws IllegalStateException when the file is missing
     * @throws UncheckedIOException  when it cannot be read
     */
    public static <T> T readData(String resource, String what, Loader<T> loader) {
        return readData(resource, what, loader, ShippedFiles.class::getResourceAsStream);
    }

    /** {@link #readData} over the given resources (a test's own). */
    static <T> T readData(String resource, String what, Loader<T> loader, Function<String, InputStream> resources) {
        return read(resource, what, (in, where) -> {
            byte[] yaml = in.readAllBytes();
            byte[] json;
            try (InputStream preparsed = resources.apply(preparsedName(resource, yaml))) {
                json = preparsed == null ? null : preparsed.readAllBytes();
            }
            if (json == null) {
                return loader.load(new ByteArrayInputStream(yaml), where);
            }
            Preparsed stream = new Preparsed(json);
            T read = loader.load(stream, where);
            if (!stream.claimed) {
                throw new IllegalStateException(what + " " + resource + ": its loader read the pre-parsed form without"
                        + " DataFiles.read or DataFiles.tree, which alone know it is JSON");
            }
            return read;
        }, resources);
    }

    /**
     * The resource name of a YAML file's pre-parsed form: {@code limits.yaml} -> {@code limits.yaml.<crc32>.json}.
     *
     * @param resource the YAML file's resource name
     * @param yaml     its bytes
     * @return where the build puts the pre-parsed form of exactly these bytes
     */
    public static String preparsedName(String resource, byte[] yaml) {
        CRC32 crc = new CRC32();
        crc.update(yaml);
        return resource + "." + String.format(Locale.ROOT, "%08x", crc.getValue()) + ".json";
    }

    /**
     * Whether a loader's stream is a pre-parsed form (JSON) rather than the YAML file; marks it as read by a parser
     * that knows. For {@code DataFiles.read} and {@code DataFiles.tree} only.
     *
     * @param in the stream a loader was given
     * @return true when it holds JSON
     */
    public static boolean claimPreparsed(InputStream in) {
        if (in instanceof Preparsed p) {
            p.claimed = true;
            return true;
        }
        return false;
    }

    /** A pre-parsed form handed to a loader: JSON bytes, marked once a parser that knows reads them. */
    private static final class Preparsed extends ByteArrayInputStream {
        private volatile boolean claimed;

        Preparsed(byte[] json) {
            super(json);
        }
    }

    /**
     * The shipped files read so far in this JVM.
     *
     * @return their resource names
     */
    public static Set<String> readSoFar() {
        return Set.copyOf(READ);
    }

    /**
     * How long each shipped file took to read, parse and check, by resource name, in the order they were first read. A
     * loader whose checks make another file be read (e.g. a file checked against the archetypes) includes that read.
     *
     * @return the times in nanoseconds so far in this JVM
     */
    public static Map<String, Long> loadNanos() {
        synchronized (LOAD_NANOS) {
            return new LinkedHashMap<>(LOAD_NANOS);
        }
    }
}
