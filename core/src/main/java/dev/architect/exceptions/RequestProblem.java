package dev.architect.exceptions;

import java.util.Objects;

/**
 * One thing wrong with a consultation request.
 *
 * @param path    dotted path of the field, with list indexes: {@code actors[2].name}; empty for the whole document
 * @param message what is wrong, in words a request author understands
 * @param line    1-based line in the source document, or 0 when unknown (a request built in code)
 * @param column  1-based column in the source document, or 0 when unknown
 */
public record RequestProblem(String path, String message, int line, int column) {

    public RequestProblem {
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(message, "message");
    }

    public static RequestProblem of(String path, String message) {
        return new RequestProblem(path, message, 0, 0);
    }

    /** The same problem under a parent path, e.g. {@code peakRequestsPerSecond} becomes {@code load.peakRequestsPerSecond}. */
    public RequestProblem under(String parent) {
        String p = parent.isEmpty() ? path : path.isEmpty() ? parent : path.startsWith("[") ? parent + path : parent + "." + path;
        return new RequestProblem(p, message, line, column);
    }

    public RequestProblem at(int line, int column) {
        return this.line > 0 ? this : new RequestProblem(path, message, line, column);
    }

    @Override
    public String toString() {
        String where = path.isEmpty() ? "(document)" : path;
        return line > 0 ? where + " (line " + line + "): " + message : where + ": " + message;
    }
}
