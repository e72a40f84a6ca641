package dev.architect.exceptions;

import java.time.Duration;

/** The provider refused the call for now because of a rate or quota limit (HTTP 429). Retriable. */
public final class RateLimitedException extends ProviderUnavailableException {

    /**
     * A call refused with HTTP 429.
     *
     * @param message what went wrong, without credentials
     * @param retryAfter the wait the provider asked for, or null when it did not say
     * @param cause the underlying failure; may be null
     */
    public RateLimitedException(String message, Duration retryAfter, Throwable cause) {
        super(message, 429, retryAfter, cause);
    }
}
