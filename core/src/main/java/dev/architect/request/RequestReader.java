package dev.architect.request;

import dev.architect.exceptions.InvalidRequestException;
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

    /**
     * Reads a request file. A relative {@code existingSystem.openApi} path is taken relative to the file's folder
     * (and checked to be an OpenAPI document), so a request and its legacy API can travel together.
     *
     * @param file a YAML or JSON request
     * @return the request
     * @throws UncheckedIOException when the file cannot be read; a bad document raises an
     *                              {@code InvalidRequestException} listing every problem
     */
    public static ConsultationRequest read(Path file) {
        try {
            ConsultationRequest request = readString(Files.readString(file, StandardCharsets.UTF_8));
            return resolveExistingApi(request, file.toAbsolutePath().getParent());
        } catch (java.nio.charset.MalformedInputException e) {
            throw InvalidRequestException.of("", "the file " + file.getFileName() + " is not UTF-8 text");
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read request file " + file, e);
        }
    }

    /**
     * Reads a request from a UTF-8 stream, leaving the stream open.
     *
     * @param in a YAML or JSON request
     * @return the request
     */
    public static ConsultationRequest read(InputStream in) {
        try {
            return readString(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read request stream", e);
        }
    }

    private static ConsultationRequest resolveExistingApi(ConsultationRequest request, Path folder) {
        ExistingSystem existing = request.existingSystem();
        if (existing == null || existing.openApi() == null || ExistingApi.isInline(existing.openApi())) {
            return request;
        }
        Path api = Path.of(existing.openApi().strip());
        ConsultationRequest resolved = api.isAbsolute() || folder == null ? request : request.toBuilder()
                .existingSystem(new ExistingSystem(existing.description(), existing.technologies(), folder.resolve(api).normalize().toString()))
                .build();
        ExistingApi.of(resolved); // fails now, naming the field, rather than halfway through a consultation
        return resolved;
    }

    /**
     * Reads a request from text.
     *
     * @param document a YAML or JSON request
     * @return the request
     */
    public static ConsultationRequest readString(String document) {
        return RecordBinder.bind(SourceParser.parse(document), ConsultationRequest.class);
    }
}
