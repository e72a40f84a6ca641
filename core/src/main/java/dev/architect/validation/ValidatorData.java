package dev.architect.validation;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/** Reads the validator's data files (its vocabulary, the product families) strictly, naming the file when it fails. */
final class ValidatorData {

    private ValidatorData() {
    }

    /**
     * One shipped YAML file as a record; an unknown key is an error.
     *
     * @param resource the file's classpath location
     * @param type the record it holds
     * @param what what the file is, for the error message ("product families")
     */
    static <T> T read(String resource, Class<T> type, String what) {
        return dev.architect.internal.resources.ShippedFiles.read(resource, what, (in, where) -> read(in, where, type, what));
    }

    /**
     * One YAML text as a record; an unknown key, or what the record's own checks reject, is an error naming the source.
     *
     * @param in the text
     * @param source where it comes from, for the error message
     * @param type the record it holds
     * @param what what the file is, for the error message
     */
    static <T> T read(InputStream in, String source, Class<T> type, String what) {
        ObjectMapper yaml = JsonMapper.builder(new YAMLFactory()).enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build();
        try {
            return yaml.readValue(in, type);
        } catch (IOException e) {
            throw new UncheckedIOException(what + " " + source + " cannot be read: " + e.getMessage(), e);
        }
    }
}
