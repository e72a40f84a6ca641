package dev.architect.request;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import dev.architect.exceptions.InvalidRequestException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The operations of the API a redesign replaces, read from {@code existingSystem.openApi}: an OpenAPI (or Swagger 2)
 * document given inline or as a file path. A migration plan uses them to say which routes move in which step.
 *
 * @param title      the document's {@code info.title}, or null
 * @param operations every method-and-path pair, in document order
 */
public record ExistingApi(String title, List<Operation> operations) {

    private static final String FIELD = "existingSystem.openApi";
    private static final Set<String> METHODS = Set.of("get", "put", "post", "delete", "patch", "head", "options");

    /**
     * Checks the components against their declared constraints; a violation raises {@link dev.architect.exceptions.InvalidRequestException} naming the field.
     *
     * @param title      the document's {@code info.title}, or null
     * @param operations every method-and-path pair, in document order
     */
    public ExistingApi {
        operations = List.copyOf(operations);
    }

    /** One operation of the existing API. */
    public record Operation(String method, String path, String summary) {
        @Override
        public String toString() {
            return method + " " + path;
        }
    }

    /**
     * The existing API of a request, if it names one.
     *
     * @param request the request
     * @return the API, or empty when the request names no OpenAPI document
     * @throws InvalidRequestException naming {@code existingSystem.openApi} when the file is missing or the document
     *                                 has no {@code paths}
     */
    public static Optional<ExistingApi> of(ConsultationRequest request) {
        if (request.existingSystem() == null || request.existingSystem().openApi() == null) {
            return Optional.empty();
        }
        return Optional.of(parse(text(request.existingSystem().openApi())));
    }

    /** Inline documents contain a line break or start like one; anything else is a file path. */
    static boolean isInline(String value) {
        String v = value.strip();
        return v.contains("\n") || v.startsWith("{") || v.startsWith("openapi:") || v.startsWith("swagger:");
    }

    private static String text(String value) {
        if (isInline(value)) {
            return value;
        }
        try {
            Path file = Path.of(value.strip());
            if (!Files.isRegularFile(file)) {
                throw InvalidRequestException.of(FIELD, "no such file: " + value.strip());
            }
            return Files.readString(file);
        } catch (InvalidPathException | IOException e) {
            throw InvalidRequestException.of(FIELD, "cannot read " + value.strip() + ": " + e.getMessage());
        }
    }

    private static ExistingApi parse(String document) {
        JsonNode root;
        try {
            root = new YAMLMapper().readTree(document);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw InvalidRequestException.of(FIELD, "not a readable OpenAPI document: " + e.getOriginalMessage());
        }
        if (root == null || !root.path("paths").isObject()) {
            throw InvalidRequestException.of(FIELD, "not an OpenAPI document: it has no paths");
        }
        List<Operation> operations = new ArrayList<>();
        for (Map.Entry<String, JsonNode> path : root.get("paths").properties()) {
            for (Map.Entry<String, JsonNode> op : path.getValue().properties()) {
                if (METHODS.contains(op.getKey().toLowerCase(Locale.ROOT))) {
                    JsonNode summary = op.getValue().path("summary");
                    operations.add(new Operation(op.getKey().toUpperCase(Locale.ROOT), path.getKey(),
                            summary.isTextual() ? summary.asText() : null));
                }
            }
        }
        JsonNode title = root.at("/info/title");
        return new ExistingApi(title.isTextual() ? title.asText() : null, operations);
    }
}
