package dev.architect.offline.internal.catalog;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import dev.architect.internal.resources.ShippedFiles;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Reads the offline architect's YAML data files (the catalogue, the archetypes, the capability shapes, the clients) into
 * their typed records, all alike: enums bound when the file is read, an unknown key an error, and every error naming
 * the file, the path to the entry, the id of the innermost entry on that path and the first line of what is wrong.
 */
public final class DataFiles {

    private static final ObjectMapper YAML = JsonMapper.builder(new YAMLFactory())
            .enable(MapperFeature.ACCEPT_CASE_INSENSITIVE_ENUMS)
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .build();
    /** The same binding over a file's pre-parsed form ({@link ShippedFiles#readData}), JSON of the same tokens. */
    private static final ObjectMapper JSON = JsonMapper.builder()
            .enable(MapperFeature.ACCEPT_CASE_INSENSITIVE_ENUMS)
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .build();

    private DataFiles() {
    }

    /**
     * The shipped files {@link #shipped} has read so far in this JVM (each is read once, by the loader that holds it).
     *
     * @return their resource names
     */
    public static java.util.Set<String> shippedSoFar() {
        return ShippedFiles.readSoFar();
    }

    /**
     * Reads, once per JVM, the data files of this package that a design pass reads (words, regimes, geography, site
     * networks, vendors), so that a first design pass does not read them between a consultation's model calls.
     */
    public static void readCatalogFiles() {
        ActorRoles.standard();
        BulkContent.standard();
        FileProcessing.standard();
        CompoundSenses.standard();
        DailyLoadShape.standard();
        DeviceMessages.standard();
        EdgeForwarding.standard();
        Geography.standard();
        IntegrationDirections.standard();
        IntegrationKinds.standard();
        LoadCalendar.standard();
        NamedVendors.standard();
        PersonalDataRetention.standard();
        PhysicalCounts.standard();
        ProperNames.standard();
        RegimeEvidence.standard();
        SiteNetworks.standard();
        for (dev.architect.request.Cloud cloud : dev.architect.request.Cloud.values()) {
            SiteTerms.of(cloud);
        }
    }

    /**
     * How long each shipped file took to read, parse and check ({@link ShippedFiles#loadNanos}).
     *
     * @return the times in nanoseconds so far in this JVM, by resource name
     */
    public static java.util.Map<String, Long> loadNanos() {
        return ShippedFiles.loadNanos();
    }

    /**
     * A file shipped on the class path.
     *
     * @param what what the file holds, as errors name it ("archetype catalogue")
     */
    public static <T> T shipped(String resource, Class<T> type, String what) {
        return shipped(resource, what, (in, where) -> read(in, where, type, what));
    }

    /**
     * A file shipped on the class path, read by a loader of its own (its own checks, parsing through {@link #read} or
     * {@link #tree}); every shipped file is read through here or {@link ShippedFiles}, so that the stream is closed, the
     * file is recorded as read ({@link #shippedSoFar}) and its load time kept ({@link #loadNanos}). The content comes
     * from the file's pre-parsed form when the build made one for exactly these bytes ({@link ShippedFiles#readData}).
     *
     * @param resource the file's resource name, e.g. {@code /dev/architect/offline/limits.yaml}
     * @param what     what the file holds, as errors name it ("archetype catalogue")
     * @param loader   parses and checks the content
     */
    public static <T> T shipped(String resource, String what, ShippedFiles.Loader<T> loader) {
        return ShippedFiles.readData(resource, what, loader);
    }

    /**
     * A YAML text as a tree, for a loader that walks the file itself rather than binding it to a record.
     *
     * @param in the file's content
     * @return its root node
     * @throws IOException when it is no YAML
     */
    public static JsonNode tree(InputStream in) throws IOException {
        return mapper(in).readTree(in);
    }

    /**
     * A file in the layout of a shipped one, e.g. a team's own copy.
     *
     * @param source where it was read from, as errors name it
     * @param what   what the file holds, as errors name it ("catalogue")
     * @throws IllegalStateException naming the file, the entry and what is wrong with it
     */
    public static <T> T read(InputStream in, String source, Class<T> type, String what) {
        ObjectMapper mapper = mapper(in);
        byte[] text;
        try {
            text = in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(what + " " + source + " cannot be read: " + firstLine(e.getMessage()), e);
        }
        try {
            return mapper.readValue(text, type);
        } catch (JsonMappingException e) {
            // "at resources.[4].flow (id 'orders')": a value rejected before its entry is built still names the entry.
            String at = e.getPath().stream().map(r -> r.getFieldName() != null ? r.getFieldName() : "[" + r.getIndex() + "]")
                    .collect(Collectors.joining("."));
            String message = e.getCause() instanceof IllegalStateException ise ? ise.getMessage() : e.getOriginalMessage();
            throw new IllegalStateException(what + " " + source + " at " + at + entryOnPath(mapper, text, e.getPath()) + ": "
                    + firstLine(message), e);
        } catch (IOException e) {
            throw new UncheckedIOException(what + " " + source + " cannot be read: " + firstLine(e.getMessage()), e);
        }
    }

    /** The id of the innermost entry on the path of a load error, as " (id 'mqtt-broker')"; empty when none has one. */
    private static String entryOnPath(ObjectMapper mapper, byte[] text, List<JsonMappingException.Reference> path) {
        JsonNode node;
        try {
            node = mapper.readTree(text);
        } catch (IOException e) {
            return "";
        }
        String id = null;
        for (JsonMappingException.Reference r : path) {
            node = r.getFieldName() != null ? node.path(r.getFieldName()) : node.path(r.getIndex());
            if (node.path("id").isTextual()) {
                id = node.path("id").asText();
            }
        }
        return id == null ? "" : " (id '" + id + "')";
    }

    /** JSON for a shipped file's pre-parsed form, YAML for the file itself or a team's copy. */
    private static ObjectMapper mapper(InputStream in) {
        return ShippedFiles.claimPreparsed(in) ? JSON : YAML;
    }

    private static String firstLine(String message) {
        if (message == null) {
            return "unreadable";
        }
        int nl = message.indexOf('\n');
        return nl < 0 ? message : message.substring(0, nl);
    }
}
