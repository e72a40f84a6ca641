package dev.architect.internal.request;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import dev.architect.exceptions.InvalidRequestException;
import dev.architect.exceptions.RequestProblem;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Parses a YAML or JSON document into a {@link SourceNode} tree; JSON is recognised by its leading brace. */
public final class SourceParser {

    /** Larger documents are refused: a request is a page of text, not a data set. */
    public static final int MAX_DOCUMENT_CHARS = 1_000_000;
    private static final int MAX_DEPTH = 64;

    private static final StreamReadConstraints LIMITS = StreamReadConstraints.builder()
            .maxNestingDepth(MAX_DEPTH).maxStringLength(MAX_DOCUMENT_CHARS).maxNumberLength(100).build();
    private static final JsonFactory JSON = JsonFactory.builder().streamReadConstraints(LIMITS).build();
    private static final JsonFactory YAML = YAMLFactory.builder().streamReadConstraints(LIMITS).build();

    private SourceParser() {
    }

    public static SourceNode parse(String text) {
        if (text.length() > MAX_DOCUMENT_CHARS) {
            throw InvalidRequestException.of("", "the document has " + text.length()
                    + " characters; at most " + MAX_DOCUMENT_CHARS + " are accepted");
        }
        String trimmed = text.strip();
        if (trimmed.isEmpty()) {
            throw InvalidRequestException.of("", "the document is empty");
        }
        boolean json = trimmed.startsWith("{") || trimmed.startsWith("[");
        try (JsonParser parser = (json ? JSON : YAML).createParser(text)) {
            parser.enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);
            JsonToken first = parser.nextToken();
            if (first == null || first == JsonToken.VALUE_NULL) {
                throw InvalidRequestException.of("", "the document is empty");
            }
            SourceNode root = read(parser, first, 0);
            if (parser.nextToken() != null) {
                throw problem(parser.currentTokenLocation(), json
                        ? "unexpected content after the end of the JSON document"
                        : "only one YAML document is allowed, found a second one");
            }
            return root;
        } catch (JsonProcessingException e) {
            throw problem(e.getLocation(), (json ? "malformed JSON: " : "malformed YAML: ") + firstLine(e.getOriginalMessage()));
        } catch (IOException | RuntimeException e) {
            if (e instanceof InvalidRequestException ire) {
                throw ire;
            }
            // SnakeYAML reports some faults (bad indentation, alias limits) as unchecked exceptions.
            throw InvalidRequestException.of("", (json ? "malformed JSON: " : "malformed YAML: ") + firstLine(String.valueOf(e.getMessage())));
        }
    }

    private static SourceNode read(JsonParser p, JsonToken token, int depth) throws IOException {
        JsonLocation at = p.currentTokenLocation();
        int line = at.getLineNr();
        int column = at.getColumnNr();
        if (depth > MAX_DEPTH) {
            throw problem(at, "the document is nested deeper than " + MAX_DEPTH + " levels");
        }
        switch (token) {
            case START_OBJECT -> {
                Map<String, SourceNode> fields = new LinkedHashMap<>();
                for (JsonToken t = p.nextToken(); t != JsonToken.END_OBJECT; t = p.nextToken()) {
                    String key = p.currentName();
                    fields.put(key, read(p, p.nextToken(), depth + 1));
                }
                return new SourceNode.Mapping(fields, line, column);
            }
            case START_ARRAY -> {
                List<SourceNode> items = new ArrayList<>();
                for (JsonToken t = p.nextToken(); t != JsonToken.END_ARRAY; t = p.nextToken()) {
                    items.add(read(p, t, depth + 1));
                }
                return new SourceNode.Sequence(items, line, column);
            }
            case VALUE_STRING -> {
                return new SourceNode.Scalar(SourceNode.ScalarKind.TEXT, p.getText(), p.getText(), line, column);
            }
            case VALUE_NUMBER_INT -> {
                return new SourceNode.Scalar(SourceNode.ScalarKind.NUMBER, p.getNumberValue(), p.getText(), line, column);
            }
            case VALUE_NUMBER_FLOAT -> {
                return new SourceNode.Scalar(SourceNode.ScalarKind.NUMBER, p.getDoubleValue(), p.getText(), line, column);
            }
            case VALUE_TRUE, VALUE_FALSE -> {
                return new SourceNode.Scalar(SourceNode.ScalarKind.BOOLEAN, token == JsonToken.VALUE_TRUE, p.getText(), line, column);
            }
            case VALUE_NULL -> {
                return new SourceNode.Scalar(SourceNode.ScalarKind.NULL, null, "null", line, column);
            }
            default -> throw problem(at, "unsupported content (" + token + ")");
        }
    }

    private static InvalidRequestException problem(JsonLocation at, String message) {
        int line = at == null ? 0 : Math.max(at.getLineNr(), 0);
        int column = at == null ? 0 : Math.max(at.getColumnNr(), 0);
        return new InvalidRequestException(List.of(new RequestProblem("", message, line, column)));
    }

    private static String firstLine(String message) {
        if (message == null) {
            return "unreadable document";
        }
        int nl = message.indexOf('\n');
        return nl < 0 ? message : message.substring(0, nl);
    }
}
