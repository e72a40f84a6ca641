package dev.architect.exceptions;

import java.util.List;
import java.util.stream.Collectors;

/**
 * A consultation request is malformed or inconsistent. Holds every problem found, each with the path of the
 * offending field ({@code load.peakRequestsPerSecond}) and, when the request came from a document, its line.
 */
public final class InvalidRequestException extends ArchitectException {

    /** Every problem found, in document order. */
    private final List<RequestProblem> problems;

    /**
     * A request with these problems; the message lists them all.
     *
     * @param problems every problem found; must not be empty
     * @throws IllegalArgumentException when {@code problems} is empty
     */
    public InvalidRequestException(List<RequestProblem> problems) {
        super(describe(problems));
        this.problems = List.copyOf(problems);
    }

    /**
     * A request with one problem, without a position.
     *
     * @param path the dotted path of the offending field
     * @param message what is wrong with it
     * @return the exception
     */
    public static InvalidRequestException of(String path, String message) {
        return new InvalidRequestException(List.of(RequestProblem.of(path, message)));
    }

    /**
     * Every problem found, in document order; never empty.
     *
     * @return the problems, each with its field path
     */
    public List<RequestProblem> problems() {
        return problems;
    }

    @Override
    public boolean isRetriable() {
        return false;
    }

    private static String describe(List<RequestProblem> problems) {
        if (problems.isEmpty()) {
            throw new IllegalArgumentException("an InvalidRequestException needs at least one problem");
        }
        if (problems.size() == 1) {
            return "Invalid request: " + problems.get(0);
        }
        return problems.stream().map(p -> "  - " + p)
                .collect(Collectors.joining("\n", "Invalid request (" + problems.size() + " problems):\n", ""));
    }
}
