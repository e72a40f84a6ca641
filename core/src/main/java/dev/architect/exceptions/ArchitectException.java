package dev.architect.exceptions;

/**
 * Root of every exception the SDK throws. Unchecked, like the rest of the Java ecosystem it plugs into.
 *
 * <p>{@link #isRetriable()} splits the hierarchy: a retriable failure (a timeout, a rate limit, a 5xx) may succeed
 * when tried again; every other failure (bad input, an invalid model reply after repair, a missing key) will not.
 */
public abstract class ArchitectException extends RuntimeException {

    protected ArchitectException(String message) {
        super(message);
    }

    protected ArchitectException(String message, Throwable cause) {
        super(message, cause);
    }

    /**
     * Whether the same call may succeed if tried again unchanged.
     *
     * @return true when retrying unchanged may succeed
     */
    public abstract boolean isRetriable();
}
