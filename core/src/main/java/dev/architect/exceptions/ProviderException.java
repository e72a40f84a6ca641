package dev.architect.exceptions;

import java.util.OptionalInt;

/**
 * The model provider failed a call. {@link #isRetriable()} says whether the same call may succeed later:
 * {@link ProviderUnavailableException} (timeouts, 408, 5xx) and {@link RateLimitedException} (429) are retried with
 * backoff by the SDK; {@link ProviderRejectedException} (400, 401, 403, 404, ...) fails at once. Messages never
 * carry credentials.
 */
public abstract sealed class ProviderException extends ArchitectException
        permits ProviderUnavailableException, ProviderRejectedException {

    /** The HTTP status of the answer, or null when there was none. */
    private final Integer statusCode;

    protected ProviderException(String message, Integer statusCode, Throwable cause) {
        super(message, cause);
        this.statusCode = statusCode;
    }

    /**
     * The HTTP status the provider answered with, when there was one.
     *
     * @return the HTTP status, or empty when the call got no answer
     */
    public OptionalInt statusCode() {
        return statusCode == null ? OptionalInt.empty() : OptionalInt.of(statusCode);
    }
}
