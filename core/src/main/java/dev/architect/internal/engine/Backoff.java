package dev.architect.internal.engine;

import dev.architect.exceptions.ProviderUnavailableException;
import java.time.Duration;
import java.util.concurrent.ThreadLocalRandom;

/**
 * How long to wait before retrying a provider fault: what the provider asked for ({@code Retry-After}) when it
 * said, otherwise exponential backoff with jitter (a random wait between half and all of
 * {@code initial x 2^(retry-1)}, capped), so that many clients failing together do not retry in lockstep. A
 * provider's {@code Retry-After} is honoured up to {@link #MAX_RETRY_AFTER}: a server asking for an hour gets a retry
 * after a minute (and the consultation's own timeout still bounds the whole run).
 */
record Backoff(Duration initial, Duration max) {

    /** The longest wait a provider's {@code Retry-After} can impose before one retry. */
    static final Duration MAX_RETRY_AFTER = Duration.ofSeconds(60);

    Duration before(int retry, ProviderUnavailableException fault) {
        if (fault.retryAfter().isPresent()) {
            Duration asked = fault.retryAfter().get();
            return asked.compareTo(MAX_RETRY_AFTER) > 0 ? MAX_RETRY_AFTER : asked;
        }
        long ceiling = Math.min(max.toMillis(), initial.toMillis() << Math.min(retry - 1, 20));
        return Duration.ofMillis(ThreadLocalRandom.current().nextLong(ceiling / 2, ceiling + 1));
    }
}
