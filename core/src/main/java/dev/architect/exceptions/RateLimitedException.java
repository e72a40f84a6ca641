package dev.architect.exceptions;

import java.time.Duration;

/** The provider refused the call for now because of a rate or quota limit (HTTP 429). Retriable. */
public final class RateLimitedException extends ProviderUnavailableException {

    public RateLimitedException(String message, Duration retryAfter, Throwable cause) {
        super(message, 429, retryAfter, cause);
    }
}
