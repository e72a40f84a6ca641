package dev.architect.request;

import dev.architect.InvalidRequestException;
import dev.architect.internal.request.RecordBinder;
import dev.architect.internal.request.SourceParser;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Reads a {@link ConsultationRequest} from YAML or JSON (recognised by content, not by file name).
 *
 * <p>Every problem in the document is reported in one {@link InvalidRequestException}: unknown fields (with a
 * "did you mean" hint), wrong types, malformed syntax, missing {@code system} or {@code description}, and values
 * out of range, each with its field path and line.
 */
public final class RequestReader {

    private RequestReader() {
    }

    public static ConsultationRequest read(Path file) {
        try {
            return readString(Files.readString(file, StandardCharsets.UTF_8));
        } catch (java.nio.charset.MalformedInputException e) {
            throw InvalidRequestException.of("", "the file " + file.getFileName() + " is not UTF-8 text");
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read request file " + file, e);
        }
    }

    public static ConsultationRequest read(InputStream in) {
        try {
            return readString(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read request stream", e);
        }
    }

    public static ConsultationRequest readString(String document) {
        return RecordBinder.bind(SourceParser.parse(document), ConsultationRequest.class);
    }
}
