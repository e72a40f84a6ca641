package dev.architect.internal.resources;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

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
        long start = System.nanoTime();
        try (InputStream in = ShippedFiles.class.getResourceAsStream(resource)) {
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
