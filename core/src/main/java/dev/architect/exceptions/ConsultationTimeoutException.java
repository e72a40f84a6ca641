package dev.architect.exceptions;

import java.time.Duration;

/** A consultation ran past its overall timeout; every stage still running was stopped. */
public final class ConsultationTimeoutException extends ArchitectException {

    /** The overall timeout that elapsed. */
    private final Duration timeout;

    /**
     * A timeout after the given duration.
     *
     * @param timeout the overall timeout of the consultation
     */
    public ConsultationTimeoutException(Duration timeout) {
        super("consultation did not finish within " + timeout.toMillis() + " ms; every running stage was stopped");
        this.timeout = timeout;
    }

    /**
     * The overall timeout that elapsed.
     *
     * @return the timeout the consultation was given
     */
    public Duration timeout() {
        return timeout;
    }

    /** The same consultation may finish in time when the provider is less busy. */
    @Override
    public boolean isRetriable() {
        return true;
    }
}
