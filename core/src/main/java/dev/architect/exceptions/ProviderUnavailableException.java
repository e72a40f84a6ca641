package dev.architect.exceptions;

import java.time.Duration;
import java.util.Optional;

/**
 * The provider could not answer now: a timeout, a dropped connection, 408 or a 5xx. Retriable; the SDK retries it
 * with exponential backoff and jitter, or after {@link #retryAfter()} when the provider said how long to wait.
 */
public sealed class ProviderUnavailableException extends ProviderException permits RateLimitedException {

    /** The wait the provider asked for, or null when it did not say. */
    private final Duration retryAfter;

    /**
     * A call the provider could not answer now.
     *
     * @param message what went wrong, without credentials
     * @param statusCode the HTTP status, or null when the call got no answer
     * @param retryAfter the wait the provider asked for, or null when it did not say
     * @param cause the underlying failure; may be null
     */
    public ProviderUnavailableException(String message, Integer statusCode, Duration retryAfter, Throwable cause) {
        super(message, statusCode, cause);
        this.retryAfter = retryAfter;
    }

    /**
     * How long the provider asked callers to wait (its {@code Retry-After}), if it said.
     *
     * @return the wait, or empty when the provider did not say
     */
    public Optional<Duration> retryAfter() {
        return Optional.ofNullable(retryAfter);
    }

    @Override
    public boolean isRetriable() {
        return true;
    }
}
