package dev.architect.deliverables.testing;

import dev.architect.dossier.Consultation;
import dev.architect.dossier.DataModel;
import dev.architect.offline.OfflineArchitect;
import dev.architect.request.RequestReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * What the DDL tests of every dialect share: the request folders whose dossiers they render, the offline dossier of a
 * request, and each index the data model declares written as every dialect's catalogue is read back
 * ({@code unique table(a, b)}), so a test matches each declared index, not a count.
 */
public final class DdlRequests {

    private static final Path RESOURCES = Path.of("..", "core", "src", "test", "resources");
    /** Requests written for the archetypes. */
    public static final Path ARCHETYPES = RESOURCES.resolve("archetype-requests");
    /** Fresh requests, among them a multi-tenant product whose tables carry tenant keys. */
    public static final Path FRESH = RESOURCES.resolve("requests-fresh");
    /** Requests whose capabilities general capability shapes design (a waiting list, an assessment, settings). */
    public static final Path SHAPES = RESOURCES.resolve("capability-shape-requests");
    /** Requests whose capabilities are designed by what they do (sync, extract, send in bulk, compute a price, onboard). */
    public static final Path ACTIONS = RESOURCES.resolve("action-shape-requests");
    /** Requests that state a rule in plain words (each unit counted once, exactly-once effects, custody, geofences). */
    public static final Path INVARIANTS = RESOURCES.resolve("invariant-requests");
    /** Requests whose domain mechanisms replaced placeholders (a pharmacy's fills, answers queued on a device, a PDF render). */
    public static final Path DOMAINS = RESOURCES.resolve("domain-mechanism-requests");
    /** Requests whose records are designed from the verbs their sentences use on them (a loan borrowed and returned). */
    public static final Path LIFECYCLES = RESOURCES.resolve("lifecycle-requests");
    /** Requests whose mechanisms recur across domains (a bill run, a rate comparison, a CDR exchange, reading QC, a tariff). */
    public static final Path RECURRING = RESOURCES.resolve("recurring-mechanism-requests");

    private DdlRequests() {
    }

    /**
     * The requests of the folders, sorted so the parameterised tests are listed in a stable order.
     *
     * @param folders folders of request files
     * @return the request files
     */
    public static Stream<Path> in(Path... folders) {
        return Stream.of(folders).flatMap(folder -> {
            try (Stream<Path> files = Files.list(folder)) {
                return files.filter(f -> f.toString().endsWith(".yaml")).toList().stream();
            } catch (IOException e) {
                throw new UncheckedIOException("cannot list " + folder, e);
            }
        }).sorted();
    }

    /**
     * The offline architect's dossier for a request file.
     *
     * @param request the request file
     * @return the dossier
     */
    public static Consultation consult(Path request) throws IOException {
        return OfflineArchitect.create().consult(RequestReader.read(request));
    }

    /**
     * Each index the data model declares, as {@code table(a, b)} with {@code unique } in front of a unique one.
     *
     * @param model the data model
     * @return the declared indexes, in model order
     */
    public static List<String> declaredIndexes(DataModel model) {
        return model.entities().stream().flatMap(e -> e.indexes().stream().map(i -> index(e.name(), i.fields(), i.unique()))).toList();
    }

    /**
     * The declared indexes a parameterised test matched across its requests: a small system may declare none, but a
     * run in which no request declared any would prove nothing, so the class checks the total after its cases.
     */
    public static final class Matched {
        private final java.util.concurrent.atomic.AtomicInteger requests = new java.util.concurrent.atomic.AtomicInteger();
        private final java.util.concurrent.atomic.AtomicInteger indexes = new java.util.concurrent.atomic.AtomicInteger();

        /**
         * Counts one request's declared indexes, once they were all found.
         *
         * @param declared the request's declared indexes
         */
        public void add(List<String> declared) {
            requests.incrementAndGet();
            indexes.addAndGet(declared.size());
        }

        /** Fails when requests ran and none of them declared an index. */
        public void assertSomeWereMatched() {
            if (requests.get() > 0 && indexes.get() == 0) {
                throw new AssertionError(requests.get() + " requests ran and not one declared an index: the index check proved nothing");
            }
        }
    }

    /**
     * An index as the tests compare it.
     *
     * @param table the table's name, unquoted
     * @param columns its columns in order, unquoted
     * @param unique whether it is unique
     * @return e.g. {@code unique booking(idempotency_key)}
     */
    public static String index(String table, List<String> columns, boolean unique) {
        return (unique ? "unique " : "") + table.toLowerCase(Locale.ROOT) + "(" + String.join(", ", columns).toLowerCase(Locale.ROOT) + ")";
    }
}
