package dev.architect.dossier;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.architect.exceptions.InvalidDossierException;
import dev.architect.internal.JsonPaths;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Reads and writes a {@link Consultation} as JSON. Writing then reading gives an equal object. The document carries
 * {@code schemaVersion}; a document of another major version, an unknown field, or a value that breaks an
 * invariant is refused with an {@link InvalidDossierException} naming the JSON path.
 */
public final class DossierJson {

    /** Version of the dossier's JSON layout; the major part changes when old readers cannot read new documents. */
    public static final String SCHEMA_VERSION = "1.0";

    private static final ObjectMapper MAPPER = JsonMapper.builder()
            .enable(SerializationFeature.INDENT_OUTPUT)
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .enable(MapperFeature.ACCEPT_CASE_INSENSITIVE_ENUMS)
            // Only record components (and explicit @JsonProperty) are data; helpers like isDataStore() are not.
            .disable(MapperFeature.AUTO_DETECT_IS_GETTERS)
            .defaultPropertyInclusion(JsonInclude.Value.construct(JsonInclude.Include.NON_NULL, JsonInclude.Include.NON_NULL))
            .build();

    private DossierJson() {
    }

    /**
     * The mapper this class uses: unknown fields fail, enums match case-insensitively, nulls are omitted. Shared so
     * that everything reading model replies or dossier parts binds records the same way. Do not reconfigure it.
     *
     * @return the shared mapper
     */
    public static ObjectMapper mapper() {
        return MAPPER;
    }

    /**
     * The dossier as indented JSON with {@code schemaVersion} first, ending in a line break. The same dossier gives
     * the same text, byte for byte; {@link #read(String)} gives back an equal dossier.
     *
     * @param consultation the dossier
     * @return its JSON
     */
    public static String write(Consultation consultation) {
        ObjectNode root = MAPPER.createObjectNode();
        root.put("schemaVersion", SCHEMA_VERSION);
        root.setAll((ObjectNode) MAPPER.valueToTree(consultation));
        try {
            return MAPPER.writeValueAsString(root) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a dossier could not be serialised", e);
        }
    }

    /**
     * Writes {@link #write(Consultation)} to a file as UTF-8, replacing it if present.
     *
     * @param consultation the dossier
     * @param file         where to write it
     * @throws UncheckedIOException when the file cannot be written
     */
    public static void write(Consultation consultation, Path file) {
        try {
            Files.writeString(file, write(consultation), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file, e);
        }
    }

    /**
     * Reads a dossier written by {@link #write(Consultation, Path)}.
     *
     * @param file a {@code consultation.json}
     * @return the dossier, with every record's invariants checked
     * @throws UncheckedIOException when the file cannot be read; a malformed or invalid dossier raises an
     *                              {@code InvalidDossierException} naming the JSON path, as {@link #read(String)} does
     */
    public static Consultation read(Path file) {
        try {
            return read(Files.readString(file, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
    }

    /**
     * Reads a dossier from JSON. A missing or newer major {@code schemaVersion}, unknown fields, missing required
     * values or a broken invariant raise an {@code InvalidDossierException} naming the JSON path.
     *
     * @param json the text {@link #write(Consultation)} produced, or one like it
     * @return the dossier
     */
    public static Consultation read(String json) {
        JsonNode tree;
        try {
            tree = MAPPER.readTree(json);
        } catch (JsonProcessingException e) {
            throw new InvalidDossierException("dossier JSON is malformed: " + e.getOriginalMessage(), e);
        }
        if (!(tree instanceof ObjectNode root)) {
            throw new InvalidDossierException("dossier JSON must be an object");
        }
        JsonNode version = root.remove("schemaVersion");
        if (version == null || !version.isTextual()) {
            throw new InvalidDossierException("dossier JSON has no schemaVersion; expected " + SCHEMA_VERSION);
        }
        if (!major(version.asText()).equals(major(SCHEMA_VERSION))) {
            throw new InvalidDossierException("dossier JSON has schemaVersion " + version.asText()
                    + "; this SDK reads " + major(SCHEMA_VERSION) + ".x");
        }
        return bind(root, Consultation.class);
    }

    /**
     * Binds a JSON tree to a dossier record (or part), turning Jackson's errors into a path-naming exception.
     *
     * @param node the JSON tree
     * @param type the record to bind it to, e.g. {@code Decision.class}
     * @param <T>  the record type
     * @return the bound record
     */
    public static <T> T bind(JsonNode node, Class<T> type) {
        try {
            return MAPPER.treeToValue(node, type);
        } catch (JsonMappingException e) {
            String path = path(e);
            Throwable cause = e.getCause();
            String detail = cause instanceof InvalidDossierException ide ? ide.getMessage() : e.getOriginalMessage();
            throw new InvalidDossierException((path.isEmpty() ? "" : "at " + path + ": ") + detail, e);
        } catch (JsonProcessingException e) {
            throw new InvalidDossierException(e.getOriginalMessage(), e);
        }
    }

    /** A JSON path such as {@code risks[2].likelihood} from Jackson's reference chain. */
    static String path(JsonMappingException e) {
        return JsonPaths.of(e);
    }

    private static String major(String version) {
        int dot = version.indexOf('.');
        return dot < 0 ? version : version.substring(0, dot);
    }
}
