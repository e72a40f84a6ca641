package dev.architect.internal.resources;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLParser;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Writes, at build time, the pre-parsed form of each shipped YAML data file: the same tokens as JSON, which a fresh
 * JVM parses several times faster than YAML (a consultation's first figures read about seventy data files). Run by
 * core's build over its classes folder (process-classes, {@code core/pom.xml}); {@link ShippedFiles#readData} reads the
 * form only when it was made from exactly the YAML it finds. A file is left without one, and read as YAML, when its
 * tokens would not bind alike from JSON: an anchor, alias or tag, a number not written as JSON writes it ({@code 0x1F},
 * {@code 1_000}, {@code .5}), a boolean not spelled {@code true} or {@code false} (YAML's {@code on} and {@code NO},
 * Norway's country code, bind to a text field as written, where JSON would say {@code true} and {@code false}), or more
 * than one document.
 */
public final class PreparsedData {

    private static final YAMLFactory YAML = new YAMLFactory();
    private static final JsonFactory JSON = new JsonFactory();
    private static final ObjectMapper YAML_TREES = JsonMapper.builder(YAML).build();
    private static final ObjectMapper JSON_TREES = JsonMapper.builder(JSON).build();
    private static final Pattern JSON_INTEGER = Pattern.compile("-?(0|[1-9][0-9]*)");
    private static final Pattern JSON_FLOAT = Pattern.compile("-?(0|[1-9][0-9]*)(\\.[0-9]+([eE][+-]?[0-9]+)?|[eE][+-]?[0-9]+)");

    private PreparsedData() {
    }

    /**
     * Writes the pre-parsed form of every {@code *.yaml} under {@code dev/architect} in a classes folder, replacing
     * older ones.
     *
     * @param args the classes folder, e.g. {@code core/target/classes}
     * @throws IOException when the folder cannot be read or written
     */
    public static void main(String[] args) throws IOException {
        Path root = Path.of(args[0]);
        Path data = root.resolve("dev/architect");
        List<Path> yamls;
        try (Stream<Path> files = Files.walk(data)) {
            yamls = files.filter(p -> p.getFileName().toString().endsWith(".yaml")).sorted().toList();
        }
        for (Path yaml : yamls) {
            String resource = "/" + root.relativize(yaml).toString().replace('\\', '/');
            try (Stream<Path> siblings = Files.list(yaml.getParent())) {
                for (Path old : siblings.filter(p -> isPreparsedOf(p, yaml)).toList()) {
                    Files.delete(old);
                }
            }
            byte[] bytes = Files.readAllBytes(yaml);
            Optional<byte[]> json = json(bytes);
            if (json.isPresent()) { // else it is read as YAML (PreparsedDataTest checks the build left out only such files)
                Files.write(root.resolve(ShippedFiles.preparsedName(resource, bytes).substring(1)), json.get());
            }
        }
    }

    private static boolean isPreparsedOf(Path candidate, Path yaml) {
        String name = candidate.getFileName().toString();
        String prefix = yaml.getFileName().toString() + ".";
        return name.startsWith(prefix) && name.endsWith(".json") && name.length() == prefix.length() + 8 + ".json".length();
    }

    /**
     * A YAML text's tokens as JSON, each token of the same type and text, so that binding from either gives the same
     * result; empty when a token has no such JSON twin, or the two do not read as the same tree.
     *
     * @param yaml the YAML file's bytes
     * @return the JSON, or empty
     */
    public static Optional<byte[]> json(byte[] yaml) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(yaml.length);
        try (JsonParser p = YAML.createParser(yaml); JsonGenerator g = JSON.createGenerator(out)) {
            int depth = 0;
            for (JsonToken t = p.nextToken(); t != null; t = p.nextToken()) {
                if (p instanceof YAMLParser y && (y.getObjectId() != null || y.getTypeId() != null || y.isCurrentAlias())) {
                    return Optional.empty();
                }
                if (!copy(t, p, g)) {
                    return Optional.empty();
                }
                depth += t.isStructStart() ? 1 : t.isStructEnd() ? -1 : 0;
                if (depth == 0) {
                    if (p.nextToken() != null) {
                        return Optional.empty(); // a second document
                    }
                    break;
                }
            }
        } catch (IOException e) {
            return Optional.empty(); // not YAML: the loader reads the file and names what is wrong
        }
        byte[] json = out.toByteArray();
        try {
            return json.length > 0 && YAML_TREES.readTree(yaml).equals(JSON_TREES.readTree(json)) ? Optional.of(json) : Optional.empty();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static boolean copy(JsonToken t, JsonParser p, JsonGenerator g) throws IOException {
        switch (t) {
            case START_OBJECT -> g.writeStartObject();
            case END_OBJECT -> g.writeEndObject();
            case START_ARRAY -> g.writeStartArray();
            case END_ARRAY -> g.writeEndArray();
            case FIELD_NAME -> g.writeFieldName(p.currentName());
            case VALUE_STRING -> g.writeString(p.getText());
            case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> {
                String text = p.getText();
                if (!(t == JsonToken.VALUE_NUMBER_INT ? JSON_INTEGER : JSON_FLOAT).matcher(text).matches()) {
                    return false;
                }
                g.writeNumber(text);
            }
            case VALUE_TRUE, VALUE_FALSE -> {
                if (!p.getText().equals(t == JsonToken.VALUE_TRUE ? "true" : "false")) {
                    return false;
                }
                g.writeBoolean(t == JsonToken.VALUE_TRUE);
            }
            case VALUE_NULL -> g.writeNull();
            default -> {
                return false;
            }
        }
        return true;
    }
}
