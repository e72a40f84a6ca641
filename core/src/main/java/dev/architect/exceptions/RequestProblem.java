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

    /**
     * Checks that the path and the message are present.
     *
     * @param path    the field path, e.g. {@code load.peakRequestsPerSecond}; empty for the whole document
     * @param message what is wrong, in plain words
     * @param line    1-based line, or 0 when unknown
     * @param column  1-based column, or 0 when unknown
     */
    public RequestProblem {
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(message, "message");
    }

    /**
     * A problem without a position, as a record's constructor reports it.
     *
     * @param path    the field path relative to the record
     * @param message what is wrong
     * @return the problem at line 0
     */
    public static RequestProblem of(String path, String message) {
        return new RequestProblem(path, message, 0, 0);
    }

    /**
     * The same problem under a parent path, e.g. {@code peakRequestsPerSecond} becomes {@code load.peakRequestsPerSecond}.
     *
     * @param parent the parent's path; empty for the document
     * @return the problem with the longer path
     */
    public RequestProblem under(String parent) {
        String p = parent.isEmpty() ? path : path.isEmpty() ? parent : path.startsWith("[") ? parent + path : parent + "." + path;
        return new RequestProblem(p, message, line, column);
    }

    /**
     * The same problem at a position, unless it already has one.
     *
     * @param line   1-based line
     * @param column 1-based column
     * @return the problem with a position
     */
    public RequestProblem at(int line, int column) {
        return this.line > 0 ? this : new RequestProblem(path, message, line, column);
    }

    @Override
    public String toString() {
        String where = path.isEmpty() ? "(document)" : path;
        return line > 0 ? where + " (line " + line + "): " + message : where + ": " + message;
    }
}
