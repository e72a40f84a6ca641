package dev.architect.exceptions;

import java.time.Duration;

/** A consultation ran past its overall timeout; every stage still running was stopped. */
public final class ConsultationTimeoutException extends ArchitectException {

    private final Duration timeout;

    public ConsultationTimeoutException(Duration timeout) {
        super("consultation did not finish within " + timeout.toMillis() + " ms; every running stage was stopped");
        this.timeout = timeout;
    }

    public Duration timeout() {
        return timeout;
    }

    /** The same consultation may finish in time when the provider is less busy. */
    @Override
    public boolean isRetriable() {
        return true;
    }
}
