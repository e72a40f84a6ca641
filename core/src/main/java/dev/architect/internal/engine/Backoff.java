package dev.architect.internal.engine;

import dev.architect.exceptions.ProviderUnavailableException;
import java.time.Duration;
import java.util.concurrent.ThreadLocalRandom;

/**
 * How long to wait before retrying a provider fault: what the provider asked for ({@code Retry-After}) when it
 * said, otherwise exponential backoff with jitter (a random wait between half and all of
 * {@code initial x 2^(retry-1)}, capped), so that many clients failing together do not retry in lockstep.
 */
record Backoff(Duration initial, Duration max) {

    Duration before(int retry, ProviderUnavailableException fault) {
        if (fault.retryAfter().isPresent()) {
            return fault.retryAfter().get();
        }
        long ceiling = Math.min(max.toMillis(), initial.toMillis() << Math.min(retry - 1, 20));
        return Duration.ofMillis(ThreadLocalRandom.current().nextLong(ceiling / 2, ceiling + 1));
    }
}
